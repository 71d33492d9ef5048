package dev.sequor.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Sets the parameters of one statement; also lists them, for the log when bind values are logged. */
interface StatementBinder {

  /** Binds every parameter of {@code statement}. */
  void bind(PreparedStatement statement) throws SQLException;

  /** The values bound, in order; only called when they are logged. */
  List<?> values();
}
