package dev.sequor.internal;

import dev.sequor.Attribute;
import dev.sequor.ColumnType;
import dev.sequor.ColumnTypes;
import dev.sequor.ModelType;
import dev.sequor.RowMapper;
import dev.sequor.internal.sql.Identifiers;
import dev.sequor.internal.sql.SqlBuilder;
import dev.sequor.internal.sql.StatementBinder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Field;

/**
 * The statements of one model whose shape is fixed by the model alone: find by primary key, insert, update and
 * delete by key. Their SQL is rendered once per shape (an insert's shape is which columns take their
 * {@code DEFAULT}; an update's, which columns it sets) and cached, executed as prepared statements on plain
 * JDBC, and read back with the generated mapper. jOOQ is not involved at all on these paths.
 */
final class FixedStatements<M> {

  /** One insert column: declared attributes first, then timestamp columns the model does not declare. */
  private record InsertColumn(String quoted, ColumnType<?> type, Attribute<?, ?> attribute, boolean timestamp,
      boolean updatedAt) {}

  private final ModelType<M, ?> model;
  private final JdbcStatements statements;
  private final RowMapper<M> mapper;
  private final String table;
  private final String columns;
  private final List<Attribute<M, ?>> attributes;
  private final List<InsertColumn> insertColumns;
  private final String insertPrefix;
  private final String returning;
  private final String selectByKey;
  private final String deleteByKey;
  private final String keyCondition;
  private final Map<Long, String> insertByDefaults = new ConcurrentHashMap<>();
  private final Map<List<Object>, String> batchInserts = new ConcurrentHashMap<>();
  private final Map<Long, String> updatesByColumns = new ConcurrentHashMap<>();
  private final Map<Long, String> copyStatements = new ConcurrentHashMap<>();

  FixedStatements(ModelType<M, ?> model, JdbcStatements statements, List<Field<?>> insertFields) {
    this.model = model;
    this.statements = statements;
    this.mapper = model.mapper();
    this.attributes = model.attributes();
    this.table = Identifiers.quote(model.table().getName());
    this.columns = String.join(", ", attributes.stream().map(a -> Identifiers.quote(a.column())).toList());
    List<InsertColumn> insert = new ArrayList<>();
    Field<?> createdAt = model.createdAt().orElse(null);
    Field<?> updatedAt = model.updatedAt().orElse(null);
    for (Field<?> field : insertFields) {
      Attribute<M, ?> attribute = attributes.stream().filter(a -> a.field().equals(field)).findFirst().orElse(null);
      boolean timestamp = field.equals(createdAt) || field.equals(updatedAt);
      ColumnType<?> type = attribute != null ? attribute.type() : timestampType(field);
      insert.add(new InsertColumn(Identifiers.quote(field.getName()), type, attribute, timestamp,
          field.equals(updatedAt)));
    }
    this.insertColumns = List.copyOf(insert);
    this.insertPrefix = "insert into " + table + " ("
        + String.join(", ", insertColumns.stream().map(InsertColumn::quoted).toList()) + ") values ";
    this.returning = " returning " + columns;
    StringBuilder key = new StringBuilder();
    for (Attribute<M, ?> k : model.primaryKey()) {
      key.append(key.length() == 0 ? "" : " and ").append(Identifiers.quote(k.column())).append(" = ")
          .append(k.type().placeholder());
    }
    this.keyCondition = key.toString();
    this.selectByKey = "select " + columns + " from " + table + " where " + keyCondition;
    this.deleteByKey = "delete from " + table + " where " + keyCondition;
  }

  /** How a timestamp column's values are bound: as its declared type, else as an {@code Instant}. */
  static ColumnType<?> timestampType(Field<?> field) {
    return field.getType() == OffsetDateTime.class ? ColumnTypes.OFFSET_DATE_TIME : ColumnTypes.INSTANT;
  }

  /** The value of timestamp {@code now} for a column of {@code type}. */
  static Object timestampValue(ColumnType<?> type, Instant now) {
    return type.javaType() == OffsetDateTime.class ? now.atOffset(ZoneOffset.UTC) : now;
  }

  // ---- find by key --------------------------------------------------------------------------------

  M findByKey(Connection connection, Object[] keyValues) throws SQLException {
    return statements.query(connection, selectByKey, keyBinder(keyValues, 0), rs -> rs.next() ? mapper.map(rs) : null);
  }

  int deleteByKey(Connection connection, Object[] keyValues) throws SQLException {
    return statements.update(connection, deleteByKey, keyBinder(keyValues, 0));
  }

  private StatementBinder keyBinder(Object[] keyValues, int offset) {
    List<Attribute<M, ?>> keys = model.primaryKey();
    return new StatementBinder() {
      @Override
      @SuppressWarnings("unchecked")
      public void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < keyValues.length; i++) {
          ((ColumnType<Object>) keys.get(i).type()).bind(statement, offset + i + 1, keyValues[i]);
        }
      }

      @Override
      public List<?> values() {
        return Arrays.asList(keyValues);
      }
    };
  }

  // ---- insert ------------------------------------------------------------------------------------

  /**
   * Inserts {@code rows} in one statement and returns them as stored. Values: a {@code null} for a timestamp, or
   * {@code updatedAt} when {@code keepUpdatedAt} is false, becomes {@code now}; a {@code null} for an
   * auto-increment or defaulted attribute becomes {@code DEFAULT}; undeclared timestamp columns get {@code now}.
   */
  List<M> insert(Connection connection, List<? extends M> rows, Instant now, boolean keepUpdatedAt)
      throws SQLException {
    return insert(connection, rows, now, keepUpdatedAt, true);
  }

  /** As {@link #insert(Connection, List, Instant, boolean)}; without {@code returning}, returns {@code rows}. */
  @SuppressWarnings("unchecked")
  List<M> insert(Connection connection, List<? extends M> rows, Instant now, boolean keepUpdatedAt,
      boolean returning) throws SQLException {
    int width = insertColumns.size();
    Object[] values = new Object[rows.size() * width];
    long[] defaults = new long[rows.size()];
    boolean sameShape = true;
    for (int r = 0; r < rows.size(); r++) {
      defaults[r] = rowValues(rows.get(r), now, keepUpdatedAt, values, r * width);
      sameShape &= defaults[r] == defaults[0];
    }
    String sql = sameShape ? insertSql(rows.size(), defaults[0], returning) : renderInsert(defaults, returning);
    StatementBinder binder = new StatementBinder() {
      @Override
      @SuppressWarnings("unchecked")
      public void bind(PreparedStatement statement) throws SQLException {
        int parameter = 1;
        for (int r = 0; r < defaults.length; r++) {
          for (int c = 0; c < width; c++) {
            if ((defaults[r] & (1L << c)) == 0) {
              ((ColumnType<Object>) insertColumns.get(c).type()).bind(statement, parameter++, values[r * width + c]);
            }
          }
        }
      }

      @Override
      public List<?> values() {
        List<Object> bound = new ArrayList<>();
        for (int r = 0; r < defaults.length; r++) {
          for (int c = 0; c < width; c++) {
            if ((defaults[r] & (1L << c)) == 0) {
              bound.add(values[r * width + c]);
            }
          }
        }
        return bound;
      }
    };
    if (!returning) {
      statements.update(connection, sql, binder);
      return (List<M>) rows;
    }
    return statements.query(connection, sql, binder, rs -> {
      List<M> stored = new ArrayList<>(rows.size());
      while (rs.next()) {
        stored.add(mapper.map(rs));
      }
      return stored;
    });
  }

  /** The column type of insert column {@code index} (declared attributes first, then undeclared timestamps). */
  ColumnType<?> columnType(int index) {
    return insertColumns.get(index).type();
  }

  /**
   * Inserts {@code rows} with {@code COPY ... FROM STDIN}, the fastest way in, when no rows need reading back:
   * only when every row leaves the same columns to their DEFAULT (COPY has no per-row DEFAULT) and every value has
   * an exact text form. Returns false, having sent nothing, when it cannot; the caller then uses {@code VALUES}.
   */
  boolean copy(Connection connection, List<? extends M> rows, Instant now) throws SQLException {
    int width = insertColumns.size();
    Object[] values = new Object[width];
    StringBuilder data = new StringBuilder(rows.size() * width * 12);
    long defaults = -1;
    for (M row : rows) {
      long rowDefaults = rowValues(row, now, true, values, 0);
      if (defaults != -1 && rowDefaults != defaults) {
        return false;
      }
      defaults = rowDefaults;
      boolean first = true;
      for (int c = 0; c < width; c++) {
        if ((defaults & (1L << c)) == 0) {
          if (!first) {
            data.append('\t');
          }
          first = false;
          if (!CopyText.append(data, values[c])) {
            return false;
          }
        }
      }
      data.append('\n');
    }
    long copied = defaults;
    String sql = copyStatements.computeIfAbsent(copied, d -> {
      StringBuilder b = new StringBuilder("copy ").append(table).append(" (");
      boolean first = true;
      for (int c = 0; c < width; c++) {
        if ((d & (1L << c)) == 0) {
          b.append(first ? "" : ", ").append(insertColumns.get(c).quoted());
          first = false;
        }
      }
      return b.append(") from stdin").toString();
    });
    statements.copy(connection, sql, data.toString(), rows.size());
    return true;
  }

  /** Whether this model's inserts fit the bit mask of defaulted columns. */
  boolean canInsert() {
    return insertColumns.size() <= Long.SIZE;
  }

  /** Writes one row's insert values at {@code offset}; returns the mask of columns that take their DEFAULT. */
  private long rowValues(M row, Instant now, boolean keepUpdatedAt, Object[] values, int offset) {
    long defaults = 0;
    for (int c = 0; c < insertColumns.size(); c++) {
      InsertColumn column = insertColumns.get(c);
      Object value = column.attribute() == null ? null : attributeValue(column.attribute(), row);
      if (column.timestamp() && (value == null || (!keepUpdatedAt && column.updatedAt()))) {
        value = timestampValue(column.type(), now);
      } else if (value == null && column.attribute() != null
          && (column.attribute().is(Attribute.Flag.AUTO_INCREMENT) || column.attribute().is(Attribute.Flag.HAS_DEFAULT))) {
        defaults |= 1L << c;
      }
      values[offset + c] = value;
    }
    return defaults;
  }

  @SuppressWarnings("unchecked")
  private Object attributeValue(Attribute<?, ?> attribute, M row) {
    return ((Attribute<M, ?>) attribute).get(row);
  }

  private String insertSql(int rows, long defaults, boolean returning) {
    if (rows == 1 && returning) {
      return insertByDefaults.computeIfAbsent(defaults, d -> renderInsert(new long[] {d}, true));
    }
    return batchInserts.computeIfAbsent(List.of(rows, defaults, returning), k -> {
      long[] masks = new long[rows];
      Arrays.fill(masks, defaults);
      return renderInsert(masks, returning);
    });
  }

  private String renderInsert(long[] defaults, boolean returning) {
    StringBuilder sql = new StringBuilder(insertPrefix.length() + defaults.length * insertColumns.size() * 4 + 64);
    sql.append(insertPrefix);
    for (int r = 0; r < defaults.length; r++) {
      sql.append(r == 0 ? "(" : ", (");
      for (int c = 0; c < insertColumns.size(); c++) {
        sql.append(c == 0 ? "" : ", ");
        sql.append((defaults[r] & (1L << c)) != 0 ? "default" : insertColumns.get(c).type().placeholder());
      }
      sql.append(')');
    }
    return returning ? sql.append(this.returning).toString() : sql.toString();
  }

  // ---- update by key ------------------------------------------------------------------------------

  /** One {@code SET column = value} of an update by key. */
  record Change(String column, ColumnType<?> type, Object value) {}

  /**
   * {@code update ... set <changes> where <key> returning <columns>}; the row as stored, or {@code null} when the
   * key matches no row. {@code shape} identifies the set of columns changed, for the SQL cache.
   */
  M updateByKey(Connection connection, List<Change> changes, long shape, Object[] keyValues) throws SQLException {
    String sql = updatesByColumns.computeIfAbsent(shape, s -> {
      SqlBuilder b = new SqlBuilder().append("update ").append(table).append(" set ");
      for (int i = 0; i < changes.size(); i++) {
        b.append(i == 0 ? "" : ", ").identifier(changes.get(i).column()).append(" = ")
            .append(changes.get(i).type().placeholder());
      }
      return b.append(" where ").append(keyCondition).append(returning).sql();
    });
    StatementBinder keys = keyBinder(keyValues, changes.size());
    StatementBinder binder = new StatementBinder() {
      @Override
      @SuppressWarnings("unchecked")
      public void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < changes.size(); i++) {
          ((ColumnType<Object>) changes.get(i).type()).bind(statement, i + 1, changes.get(i).value());
        }
        keys.bind(statement);
      }

      @Override
      public List<?> values() {
        List<Object> all = new ArrayList<>();
        changes.forEach(c -> all.add(c.value()));
        all.addAll(keys.values());
        return all;
      }
    };
    return statements.query(connection, sql, binder, rs -> rs.next() ? mapper.map(rs) : null);
  }
}
