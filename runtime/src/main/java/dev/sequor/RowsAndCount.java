package dev.sequor;

import java.util.List;

/**
 * The outcome of {@link Repository#findAndCountAll}: one page of rows and the number of rows matching the
 * query's where, ignoring its limit, offset and order (Sequelize's {@code {count, rows}}).
 *
 * @param rows the rows of the page
 * @param count every row matching the where
 * @param <M> the model type
 */
public record RowsAndCount<M>(List<M> rows, long count) {

  public RowsAndCount {
    rows = List.copyOf(rows);
  }
}
