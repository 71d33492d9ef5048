package dev.sequor.internal;

import dev.sequor.Assignment;
import dev.sequor.Attribute;
import dev.sequor.Criterion;
import dev.sequor.DatabaseException;
import dev.sequor.EmptyResultException;
import dev.sequor.ForeignKeyConstraintException;
import dev.sequor.ModelType;
import dev.sequor.Order;
import dev.sequor.Query;
import dev.sequor.Repository;
import dev.sequor.RowMapper;
import dev.sequor.SequorException;
import dev.sequor.UniqueConstraintException;
import dev.sequor.ValidationException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.SelectLimitStep;
import org.jooq.SortField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Sequelize's model operations for one model, built with jOOQ from the generated table metadata, executed
 * on one connection per call, and mapped by the generated row mapper reading columns by index.
 */
public final class DefaultRepository<M, K> extends Repository<M, K> {

  /** PostgreSQL accepts at most this many bind values in one statement. */
  private static final int MAX_BIND_VALUES = 32767;

  private final Database database;
  private final ModelType<M, K> model;
  private final List<Attribute<M, ?>> attributes;
  private final SelectField<?>[] selectList;
  private final List<Field<?>> insertColumns;
  private final Field<?> createdAt;
  private final Field<?> updatedAt;
  private final RowMapper<M> mapper;

  public DefaultRepository(Database database, ModelType<M, K> model) {
    this.database = database;
    this.model = model;
    this.attributes = model.attributes();
    this.selectList = attributes.stream().map(Attribute::field).toArray(SelectField<?>[]::new);
    this.createdAt = model.createdAt().orElse(null);
    this.updatedAt = model.updatedAt().orElse(null);
    List<Field<?>> columns = new ArrayList<>();
    attributes.forEach(a -> columns.add(a.field()));
    for (Field<?> timestamp : new Field<?>[] {createdAt, updatedAt}) {
      if (timestamp != null && !columns.contains(timestamp)) {
        columns.add(timestamp);
      }
    }
    this.insertColumns = List.copyOf(columns);
    this.mapper = model.mapper();
  }

  @Override
  public ModelType<M, K> model() {
    return model;
  }

  // ---- create ------------------------------------------------------------------------------------

  @Override
  public M create(M instance) {
    validateForInsert(instance, -1, 1);
    return call("create", () -> database.run(dsl -> insert(dsl, List.of(instance), now(), false).get(0)));
  }

  @Override
  public List<M> bulkCreate(Collection<? extends M> instances) {
    return bulkCreate(instances, DEFAULT_BATCH_SIZE);
  }

  @Override
  public List<M> bulkCreate(Collection<? extends M> instances, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1, found: " + batchSize);
    }
    List<M> rows = List.copyOf(instances);
    for (int i = 0; i < rows.size(); i++) {
      validateForInsert(rows.get(i), i, rows.size());
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    int perStatement = Math.max(1, Math.min(batchSize, MAX_BIND_VALUES / insertColumns.size()));
    Instant now = now(); // one timestamp for the whole call, as Sequelize
    return call("bulkCreate", () -> database.transaction(dsl -> {
      List<M> stored = new ArrayList<>(rows.size());
      for (int from = 0; from < rows.size(); from += perStatement) {
        stored.addAll(insert(dsl, rows.subList(from, Math.min(rows.size(), from + perStatement)), now, true));
      }
      return stored;
    }));
  }

  /**
   * Inserts rows with timestamps as Sequelize sets them: {@code createdAt} keeps a value the instance carries,
   * {@code updatedAt} does too in {@code bulkCreate} but is always now in {@code create}.
   */
  private List<M> insert(DSLContext dsl, List<? extends M> rows, Instant now, boolean keepUpdatedAt)
      throws SQLException {
    InsertValuesStepN<Record> insert = dsl.insertInto(model.table(), insertColumns);
    for (M row : rows) {
      insert = insert.values(insertValues(row, now, keepUpdatedAt));
    }
    return fetch(returning(dsl, insert.returning(selectList)), rows.size());
  }

  private List<Field<?>> insertValues(M row, Instant now, boolean keepUpdatedAt) {
    List<Field<?>> values = new ArrayList<>(insertColumns.size());
    for (Attribute<M, ?> a : attributes) {
      Object value = a.get(row);
      if ((value == null && isTimestamp(a.field())) || (!keepUpdatedAt && a.field().equals(updatedAt))) {
        values.add(timestamp(a.field(), now));
      } else if (value == null && (a.is(Attribute.Flag.AUTO_INCREMENT) || a.is(Attribute.Flag.HAS_DEFAULT))) {
        values.add(DSL.defaultValue(a.field()));
      } else {
        values.add(bind(a.field(), value));
      }
    }
    for (int i = attributes.size(); i < insertColumns.size(); i++) {
      values.add(timestamp(insertColumns.get(i), now)); // timestamp columns the model does not declare
    }
    return values;
  }

  private void validateForInsert(M instance, int row, int rows) {
    Objects.requireNonNull(instance, () -> "cannot create a null " + model.name());
    for (Attribute<M, ?> a : attributes) {
      if (a.is(Attribute.Flag.NOT_NULL) && !a.is(Attribute.Flag.AUTO_INCREMENT) && !a.is(Attribute.Flag.HAS_DEFAULT)
          && !isTimestamp(a.field()) && a.get(instance) == null) {
        throw new ValidationException(model.name(), a.name(), null,
            row < 0 ? "cannot be null" : "cannot be null (row " + (row + 1) + " of " + rows + ")");
      }
    }
  }

  // ---- find --------------------------------------------------------------------------------------

  @Override
  public List<M> findAll() {
    return findAll(Query.all());
  }

  @Override
  public List<M> findAll(Criterion<M> where) {
    return findAll(Query.where(where));
  }

  @Override
  public List<M> findAll(Query<M> query) {
    return call("findAll", () -> database.run(dsl -> fetch(select(dsl, query), 16)));
  }

  @Override
  public Optional<M> findByPk(K key) {
    if (key == null) {
      return Optional.empty();
    }
    Object[] values = model.keyValues(key);
    List<Attribute<M, ?>> keys = model.primaryKey();
    Condition condition = DSL.noCondition();
    for (int i = 0; i < keys.size(); i++) {
      condition = condition.and(equal(keys.get(i).field(), values[i]));
    }
    Condition where = condition;
    return call("findByPk", () -> database.run(dsl -> first(dsl.select(selectList).from(model.table()).where(where))));
  }

  @Override
  public Optional<M> findOne(Criterion<M> where) {
    return findOne(Query.where(where));
  }

  @Override
  public Optional<M> findOne(Query<M> query) {
    return call("findOne", () -> database.run(dsl -> first(select(dsl, query.limit(1)))));
  }

  private ResultQuery<Record> select(DSLContext dsl, Query<M> query) {
    SortField<?>[] order = query.order().stream().map(Order::sortField).toArray(SortField<?>[]::new);
    SelectLimitStep<Record> select = dsl.select(selectList).from(model.table()).where(query.condition()).orderBy(order);
    Integer limit = query.limit().orElse(null);
    Integer offset = query.offset().orElse(null);
    if (limit != null) {
      return offset == null ? select.limit(limit) : select.limit(limit).offset(offset);
    }
    return offset == null ? select : select.offset(offset);
  }

  @Override
  public long count() {
    return count(DSL.noCondition());
  }

  @Override
  public long count(Criterion<M> where) {
    return count(where.condition());
  }

  private long count(Condition where) {
    return call("count", () -> database.run(dsl -> {
      Long n = dsl.selectCount().from(model.table()).where(where).fetchOne(0, Long.class);
      return n == null ? 0L : n;
    }));
  }

  // ---- update ------------------------------------------------------------------------------------

  @Override
  public M update(M instance, List<Assignment<M>> assignments) {
    Objects.requireNonNull(instance, () -> "cannot update a null " + model.name());
    Map<Field<?>, Field<?>> changes = new LinkedHashMap<>();
    for (Assignment<M> assignment : assignments) {
      Attribute<M, ?> a = assignment.attribute();
      if (!sameValue(a.get(instance), assignment.value())) {
        changes.put(a.field(), bindChecked(a, assignment.value()));
      }
    }
    if (changes.isEmpty()) {
      return instance; // nothing changed: no query, as Sequelize
    }
    Instant now = now();
    if (updatedAt != null && !changes.containsKey(updatedAt)) {
      changes.put(updatedAt, timestamp(updatedAt, now));
    }
    Condition where = keyCondition(instance);
    List<M> stored = call("update", () -> database.run(dsl ->
        fetch(returning(dsl, dsl.update(model.table()).set(changes).where(where).returning(selectList)), 1)));
    if (stored.isEmpty()) {
      throw new EmptyResultException("Unable to update " + model.name() + " " + describeKey(instance)
          + ": the row no longer exists");
    }
    return stored.get(0);
  }

  @Override
  public int update(Criterion<M> where, List<Assignment<M>> assignments) {
    Objects.requireNonNull(where, "where");
    if (assignments.isEmpty()) {
      return 0; // only updatedAt would change: no query, as Sequelize
    }
    Map<Field<?>, Field<?>> changes = new LinkedHashMap<>();
    for (Assignment<M> assignment : assignments) {
      changes.put(assignment.attribute().field(), bindChecked(assignment.attribute(), assignment.value()));
    }
    if (updatedAt != null && !changes.containsKey(updatedAt)) {
      changes.put(updatedAt, timestamp(updatedAt, now()));
    }
    return call("update", () -> database.run(dsl ->
        dsl.update(model.table()).set(changes).where(where.condition()).execute()));
  }

  // ---- destroy -----------------------------------------------------------------------------------

  @Override
  public boolean destroy(M instance) {
    Objects.requireNonNull(instance, () -> "cannot destroy a null " + model.name());
    Condition where = keyCondition(instance);
    return call("destroy", () -> database.run(dsl -> dsl.deleteFrom(model.table()).where(where).execute())) > 0;
  }

  @Override
  public int destroy(Criterion<M> where) {
    Objects.requireNonNull(where, "where");
    return call("destroy", () -> database.run(dsl -> dsl.deleteFrom(model.table()).where(where.condition()).execute()));
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private List<M> fetch(ResultQuery<Record> query, int expectedRows) throws SQLException {
    List<M> result = new ArrayList<>(expectedRows);
    try (ResultSet rs = query.fetchResultSet()) {
      while (rs.next()) {
        result.add(mapper.map(rs));
      }
    }
    return result;
  }

  /**
   * A statement with {@code RETURNING}, run as a plain result query so that the mapper reads the driver's
   * result set. Run as DML, jOOQ hands back its own copy of the returned rows (a {@code MockResultSet}),
   * converted by jOOQ rather than the driver: an {@code OffsetDateTime} came back in the JVM's offset and
   * a pre-1970 {@code Instant} with a fraction a second late, unlike the same row read by a finder.
   */
  private static ResultQuery<Record> returning(DSLContext dsl, org.jooq.Query dml) {
    return dsl.resultQuery("{0}", dml);
  }

  private Optional<M> first(ResultQuery<Record> query) throws SQLException {
    try (ResultSet rs = query.fetchResultSet()) {
      return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
    }
  }

  private Condition keyCondition(M instance) {
    Condition condition = DSL.noCondition();
    for (Attribute<M, ?> key : model.primaryKey()) {
      Object value = key.get(instance);
      if (value == null) {
        throw new ValidationException(model.name(), key.name(), null,
            "is part of the primary key and cannot be null here: the instance was never stored");
      }
      condition = condition.and(equal(key.field(), value));
    }
    return condition;
  }

  private String describeKey(M instance) {
    StringBuilder sb = new StringBuilder();
    for (Attribute<M, ?> key : model.primaryKey()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(key.name()).append('=').append(key.get(instance));
    }
    return sb.toString();
  }

  private Field<?> bindChecked(Attribute<M, ?> a, Object value) {
    if (value == null && a.is(Attribute.Flag.NOT_NULL)) {
      throw new ValidationException(model.name(), a.name(), null, "cannot be null");
    }
    return bind(a.field(), value);
  }

  /** Equal as the database sees it: {@code 10.0} and {@code 10.00} are one {@code DECIMAL}; arrays by content. */
  private static boolean sameValue(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.deepEquals(a, b);
  }

  private boolean isTimestamp(Field<?> field) {
    return field.equals(createdAt) || field.equals(updatedAt);
  }

  @SuppressWarnings("unchecked")
  private static <T> Field<T> bind(Field<T> field, Object value) {
    return DSL.val((T) value, field);
  }

  @SuppressWarnings("unchecked")
  private static <T> Condition equal(Field<T> field, Object value) {
    return field.eq((T) value);
  }

  private static Field<?> timestamp(Field<?> field, Instant now) {
    if (field.getType() == OffsetDateTime.class) {
      return bind(field, now.atOffset(ZoneOffset.UTC));
    }
    return bind(field, now);
  }

  /** Microseconds: what PostgreSQL stores, so the instance returned equals the row read back later. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  @FunctionalInterface
  private interface Call<T> {
    T run() throws SQLException;
  }

  /** Runs one operation, turning driver and jOOQ failures into exceptions that name the model. */
  private <T> T call(String operation, Call<T> call) {
    try {
      return call.run();
    } catch (SQLException e) {
      throw translate(operation, e, e.getSQLState());
    } catch (DataAccessException e) {
      throw translate(operation, e, e.sqlState());
    }
  }

  private SequorException translate(String operation, Exception e, String sqlState) {
    SQLException sql = e instanceof SQLException s ? s : findSqlException(e);
    String detail = sql != null ? sql.getMessage() : e.getMessage();
    String message = "Unable to " + operation + " " + model.name() + ": " + detail
        + (sqlState == null ? "" : " [SQLState " + sqlState + "]");
    Throwable cause = sql != null ? sql : e; // the driver's exception, not jOOQ's wrapper of it
    if ("23505".equals(sqlState)) {
      return new UniqueConstraintException(model.name(), message, sqlState, cause);
    }
    if ("23503".equals(sqlState)) {
      return new ForeignKeyConstraintException(model.name(), message, sqlState, cause);
    }
    return new DatabaseException(model.name(), message, sqlState, cause);
  }

  private static SQLException findSqlException(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException s) {
        return s;
      }
    }
    return null;
  }
}
