package dev.sequor;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Builds a model instance from the current row of a result whose columns are the model's attributes in
 * declaration order. Generated for every model as plain code: no reflection.
 *
 * @param <M> the model type
 */
@FunctionalInterface
public interface RowMapper<M> {
  M map(ResultSet rs) throws SQLException;
}
