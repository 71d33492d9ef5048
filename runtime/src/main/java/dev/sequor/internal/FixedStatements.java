package dev.sequor.internal;

import dev.sequor.Attribute;
import dev.sequor.ColumnType;
import dev.sequor.ColumnTypes;
import dev.sequor.ModelType;
import dev.sequor.RowMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;

/**
 * The statements of one model whose shape is fixed by the model and a few flags rather than by a tree: find and
 * delete by primary key, insert (its shape is which columns take their {@code DEFAULT} in each row, whether it
 * returns the rows, and its {@code ON CONFLICT}), update by key (which columns it sets) and {@code COPY}. jOOQ
 * renders each shape once, with a placeholder per value; the values are bound by their column types and the rows
 * read back by the generated mapper.
 */
final class FixedStatements<M> {

  /** The shape of an insert. */
  private record InsertShape(long[] defaults, boolean returning, OnConflict onConflict, boolean insertedFlag) {
    @Override
    public boolean equals(Object other) {
      return other instanceof InsertShape s && returning == s.returning && insertedFlag == s.insertedFlag
          && Arrays.equals(defaults, s.defaults) && Objects.equals(onConflict, s.onConflict);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(defaults) + 31 * Objects.hash(returning, onConflict, insertedFlag);
    }
  }

  private final ModelType<M, ?> model;
  private final JdbcStatements statements;
  private final RowMapper<M> mapper;
  private final Table<Record> table;
  /** Declared attributes first, then the timestamp columns the model does not declare. */
  private final List<Attribute<M, ?>> insertColumns;
  private final ColumnType<?>[] columnTypes;
  private final Attribute<M, ?> createdAt;
  private final Attribute<M, ?> updatedAt;
  /** The index of each column among those that can take DEFAULT, -1 for the others. */
  private final int[] defaultable;
  /** Whether each column is a timestamp the model class does not declare (its instances do not hold it). */
  private final boolean[] undeclared;
  private final SelectField<?>[] selectList;
  private final Rendering.Shape selectByKey;
  private final Rendering.Shape deleteByKey;
  private final Map<InsertShape, Rendering.Shape> inserts = new ConcurrentHashMap<>();
  private final Map<BitSet, Rendering.Shape> updates = new ConcurrentHashMap<>();
  private final Map<Long, String> copies = new ConcurrentHashMap<>();

  FixedStatements(ModelType<M, ?> model, JdbcStatements statements) {
    this.model = model;
    this.statements = statements;
    this.mapper = model.mapper();
    this.table = model.table();
    this.createdAt = model.createdAt().orElse(null);
    this.updatedAt = model.updatedAt().orElse(null);
    List<Attribute<M, ?>> columns = new ArrayList<>(model.attributes());
    for (Attribute<M, ?> timestamp : Arrays.asList(createdAt, updatedAt)) {
      if (timestamp != null && !columns.contains(timestamp)) {
        columns.add(timestamp);
      }
    }
    this.insertColumns = List.copyOf(columns);
    this.columnTypes = new ColumnType<?>[columns.size()];
    this.defaultable = new int[columns.size()];
    this.undeclared = new boolean[columns.size()];
    int defaults = 0;
    for (int c = 0; c < columns.size(); c++) {
      Attribute<M, ?> a = columns.get(c);
      undeclared[c] = c >= model.attributes().size();
      columnTypes[c] = isTimestamp(a) ? timestampType(a) : a.type();
      defaultable[c] = a.is(Attribute.Flag.AUTO_INCREMENT) || a.is(Attribute.Flag.HAS_DEFAULT) ? defaults++ : -1;
    }
    if (defaults > Long.SIZE) {
      throw new IllegalArgumentException("model " + model.name() + " has more than " + Long.SIZE
          + " attributes with a database default or auto-increment");
    }
    this.selectList = model.attributes().stream().map(Attribute::field).toArray(SelectField<?>[]::new);
    Binds.Placeholders keys = new Binds.Placeholders();
    Condition byKey = keyCondition(keys);
    this.selectByKey = Rendering.shape(DSL.select(selectList).from(table).where(byKey), keys.count());
    keys = new Binds.Placeholders();
    byKey = keyCondition(keys);
    this.deleteByKey = Rendering.shape(DSL.deleteFrom(table).where(byKey), keys.count());
  }

  /** The insert columns: declared attributes first, then the timestamps the model does not declare. */
  List<Attribute<M, ?>> insertColumns() {
    return insertColumns;
  }

  /** How a timestamp column's values are bound: as its declared type, else as an {@code Instant}. */
  static ColumnType<?> timestampType(Attribute<?, ?> timestamp) {
    return timestamp.type().javaType() == OffsetDateTime.class ? ColumnTypes.OFFSET_DATE_TIME : ColumnTypes.INSTANT;
  }

  /** The value of timestamp {@code now} for a column of {@code type}. */
  static Object timestampValue(ColumnType<?> type, Instant now) {
    return type.javaType() == OffsetDateTime.class ? now.atOffset(ZoneOffset.UTC) : now;
  }

  private boolean isTimestamp(Attribute<?, ?> a) {
    return a == createdAt || a == updatedAt;
  }

  @SuppressWarnings("unchecked")
  private Condition keyCondition(Binds.Placeholders binds) {
    Condition condition = DSL.noCondition();
    for (Attribute<M, ?> key : model.primaryKey()) {
      Field<Object> field = (Field<Object>) key.field();
      condition = condition.and(field.eq(placeholder(binds, key.type())));
    }
    return condition;
  }

  @SuppressWarnings("unchecked")
  private static Field<Object> placeholder(Binds.Placeholders binds, ColumnType<?> type) {
    return binds.bind(new Value<>((ColumnType<Object>) type, null));
  }

  // ---- find and delete by key ---------------------------------------------------------------------

  M findByKey(Connection connection, Object[] keyValues) throws SQLException {
    return statements.query(connection, selectByKey.sql(), keyBinder(selectByKey, keyValues),
        rs -> rs.next() ? mapper.map(rs) : null);
  }

  int deleteByKey(Connection connection, Object[] keyValues) throws SQLException {
    return statements.update(connection, deleteByKey.sql(), keyBinder(deleteByKey, keyValues));
  }

  private StatementBinder keyBinder(Rendering.Shape shape, Object[] keyValues) {
    ColumnType<?>[] types = new ColumnType<?>[keyValues.length];
    for (int i = 0; i < types.length; i++) {
      types[i] = model.primaryKey().get(i).type();
    }
    return new ArrayBinder(shape.order(), types, keyValues);
  }

  /** Binds {@code values[order[i]]} at parameter {@code i + 1}, each by {@code types} at the same index. */
  private record ArrayBinder(int[] order, ColumnType<?>[] types, Object[] bound) implements StatementBinder {
    @Override
    @SuppressWarnings("unchecked")
    public void bind(PreparedStatement statement) throws SQLException {
      for (int i = 0; i < order.length; i++) {
        ((ColumnType<Object>) types[order[i]]).bind(statement, i + 1, bound[order[i]]);
      }
    }

    @Override
    public List<?> values() {
      List<Object> inOrder = new ArrayList<>(order.length);
      for (int index : order) {
        inOrder.add(bound[index]);
      }
      return inOrder;
    }
  }

  // ---- insert ------------------------------------------------------------------------------------

  /**
   * Inserts {@code rows} in one statement and returns them as stored (or {@code rows} itself without
   * {@code returning}). Values: a {@code null} for a timestamp, or {@code updatedAt} when {@code keepUpdatedAt} is
   * false, becomes {@code now}; a {@code null} for an auto-increment or defaulted attribute becomes {@code DEFAULT};
   * undeclared timestamp columns get {@code now}. With an {@code ON CONFLICT ... DO NOTHING}, the rows returned are
   * those inserted.
   */
  @SuppressWarnings("unchecked")
  List<M> insert(Connection connection, List<? extends M> rows, Instant now, boolean keepUpdatedAt,
      boolean returning, OnConflict onConflict) throws SQLException {
    StatementBinder binder = insertBinder(rows, now, keepUpdatedAt, returning, onConflict, false);
    String sql = ((InsertBinder) binder).sql;
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

  /**
   * {@code upsert}: inserts the row or updates the one it conflicts with, returning the row as stored and whether it
   * was inserted (a row a {@code DO UPDATE} wrote carries the updating transaction in {@code xmax}).
   */
  <R> R upsert(Connection connection, M row, Instant now, OnConflict onConflict,
      java.util.function.BiFunction<M, Boolean, R> result) throws SQLException {
    InsertBinder binder = insertBinder(List.of(row), now, false, true, onConflict, true);
    return statements.query(connection, binder.sql, binder, rs -> {
      if (!rs.next()) {
        throw new IllegalStateException("INSERT ... ON CONFLICT DO UPDATE returned no row");
      }
      return result.apply(mapper.map(rs), rs.getBoolean(selectList.length + 1));
    });
  }

  private InsertBinder insertBinder(List<? extends M> rows, Instant now, boolean keepUpdatedAt, boolean returning,
      OnConflict onConflict, boolean insertedFlag) {
    int width = insertColumns.size();
    Object[] values = new Object[rows.size() * width];
    long[] defaults = new long[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      defaults[r] = rowValues(rows.get(r), now, keepUpdatedAt, values, r * width);
    }
    InsertShape key = new InsertShape(defaults, returning, onConflict, insertedFlag);
    Rendering.Shape shape = inserts.get(key);
    if (shape == null) {
      shape = renderInsert(defaults, returning, onConflict, insertedFlag);
      inserts.putIfAbsent(key, shape);
    }
    return new InsertBinder(shape.sql(), shape.positions(), defaults, values);
  }

  /** The non-default values of an insert, bound in the shape's order. */
  private final class InsertBinder implements StatementBinder {
    private final String sql;
    /** The parameter of each placeholder, less one. */
    private final int[] position;
    private final long[] defaults;
    private final Object[] values;

    InsertBinder(String sql, int[] position, long[] defaults, Object[] values) {
      this.sql = sql;
      this.position = position;
      this.defaults = defaults;
      this.values = values;
    }

    /** The bound cells, row by row: the order their placeholders were made in. */
    private void cells(CellConsumer consumer) throws SQLException {
      int width = insertColumns.size();
      int placeholder = 0;
      for (int r = 0; r < defaults.length; r++) {
        for (int c = 0; c < width; c++) {
          if (defaultable[c] < 0 || (defaults[r] & (1L << defaultable[c])) == 0) {
            consumer.accept(placeholder++, c, values[r * width + c]);
          }
        }
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void bind(PreparedStatement statement) throws SQLException {
      cells((p, c, v) -> ((ColumnType<Object>) columnTypes[c]).bind(statement, position[p] + 1, v));
    }

    @Override
    public List<?> values() {
      Object[] bound = new Object[position.length];
      try {
        cells((p, c, v) -> bound[position[p]] = v);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return Arrays.asList(bound);
    }
  }

  @FunctionalInterface
  private interface CellConsumer {
    void accept(int placeholder, int column, Object value) throws SQLException;
  }

  @SuppressWarnings("unchecked")
  private Rendering.Shape renderInsert(long[] defaults, boolean returning, OnConflict onConflict,
      boolean insertedFlag) {
    Binds.Placeholders binds = new Binds.Placeholders();
    List<Field<?>> columns = insertColumns.stream().<Field<?>>map(Attribute::field).toList();
    InsertValuesStepN<Record> insert = DSL.insertInto(table, columns);
    for (long rowDefaults : defaults) {
      List<Field<?>> row = new ArrayList<>(columns.size());
      for (int c = 0; c < columns.size(); c++) {
        row.add(defaultable[c] >= 0 && (rowDefaults & (1L << defaultable[c])) != 0
            ? DSL.defaultValue((Field<Object>) columns.get(c))
            : placeholder(binds, columnTypes[c]));
      }
      insert = insert.values(row);
    }
    org.jooq.InsertReturningStep<Record> conflict = onConflict == null ? insert : onConflict.applyTo(insert);
    Query query = conflict;
    if (returning) {
      SelectField<?>[] returned = selectList;
      if (insertedFlag) {
        returned = Arrays.copyOf(selectList, selectList.length + 1);
        returned[selectList.length] = DSL.field("({0}.xmax = 0)", Boolean.class, table.getQualifiedName())
            .as("inserted");
      }
      query = conflict.returning(returned);
    }
    return Rendering.shape(query, binds.count());
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
        if (!takesDefault(c, defaults)) {
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
    String sql = copies.computeIfAbsent(copied, d -> {
      // COPY is PostgreSQL's alone, and jOOQ does not model it: jOOQ quotes the names
      List<String> names = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        if (!takesDefault(c, d)) {
          names.add(Rendering.JOOQ.render(DSL.name(insertColumns.get(c).column())));
        }
      }
      return "copy " + Rendering.JOOQ.render(table) + " (" + String.join(", ", names) + ") from stdin";
    });
    statements.copy(connection, sql, data.toString(), rows.size());
    return true;
  }

  private boolean takesDefault(int column, long defaults) {
    return defaultable[column] >= 0 && (defaults & (1L << defaultable[column])) != 0;
  }

  /** Writes one row's insert values at {@code offset}; returns the mask of columns that take their DEFAULT. */
  private long rowValues(M row, Instant now, boolean keepUpdatedAt, Object[] values, int offset) {
    long defaults = 0;
    for (int c = 0; c < insertColumns.size(); c++) {
      Attribute<M, ?> column = insertColumns.get(c);
      boolean timestamp = isTimestamp(column);
      Object value = undeclared[c] ? null : column.get(row);
      if (timestamp && (value == null || (!keepUpdatedAt && column == updatedAt))) {
        value = timestampValue(columnTypes[c], now);
      } else if (value == null && defaultable[c] >= 0) {
        defaults |= 1L << defaultable[c];
      }
      values[offset + c] = value;
    }
    return defaults;
  }

  // ---- update by key ------------------------------------------------------------------------------

  /**
   * {@code update ... set <changes> where <key> returning <columns>}: {@code changed} holds the indexes of the
   * columns set (in {@link #insertColumns()}), {@code values} their values at those indexes; the row as stored, or
   * {@code null} when the key matches no row.
   */
  @SuppressWarnings("unchecked")
  M updateByKey(Connection connection, BitSet changed, Object[] values, Object[] keyValues) throws SQLException {
    Rendering.Shape shape = updates.get(changed);
    if (shape == null) {
      Binds.Placeholders binds = new Binds.Placeholders();
      Map<Field<?>, Field<?>> set = new java.util.LinkedHashMap<>();
      for (int c = changed.nextSetBit(0); c >= 0; c = changed.nextSetBit(c + 1)) {
        set.put(insertColumns.get(c).field(), placeholder(binds, columnTypes[c]));
      }
      UpdateSetMoreStep<Record> update = DSL.update(table).set(set);
      shape = Rendering.shape(update.where(keyCondition(binds)).returning(selectList), binds.count());
      updates.putIfAbsent((BitSet) changed.clone(), shape);
    }
    int setCount = changed.cardinality();
    ColumnType<?>[] types = new ColumnType<?>[setCount + keyValues.length];
    Object[] bound = new Object[types.length];
    int i = 0;
    for (int c = changed.nextSetBit(0); c >= 0; c = changed.nextSetBit(c + 1), i++) {
      types[i] = columnTypes[c];
      bound[i] = values[c];
    }
    for (int k = 0; k < keyValues.length; k++, i++) {
      types[i] = model.primaryKey().get(k).type();
      bound[i] = keyValues[k];
    }
    return statements.query(connection, shape.sql(), new ArrayBinder(shape.order(), types, bound),
        rs -> rs.next() ? mapper.map(rs) : null);
  }

  /** The column type of insert column {@code index}. */
  ColumnType<?> columnType(int index) {
    return columnTypes[index];
  }
}
