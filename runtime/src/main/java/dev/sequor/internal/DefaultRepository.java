package dev.sequor.internal;

import dev.sequor.Assignment;
import dev.sequor.Attribute;
import dev.sequor.Built;
import dev.sequor.BulkCreateOptions;
import dev.sequor.ColumnType;
import dev.sequor.ComparableExpression;
import dev.sequor.Created;
import dev.sequor.Criterion;
import dev.sequor.EmptyResultException;
import dev.sequor.Expression;
import dev.sequor.Fn;
import dev.sequor.ModelType;
import dev.sequor.NumberExpression;
import dev.sequor.Order;
import dev.sequor.Query;
import dev.sequor.Repository;
import dev.sequor.RowMapper;
import dev.sequor.RowsAndCount;
import dev.sequor.Select;
import dev.sequor.UniqueConstraintException;
import dev.sequor.ValidationException;
import dev.sequor.internal.sql.Renderables;
import dev.sequor.internal.sql.SqlBuilder;
import dev.sequor.internal.sql.SqlRenderable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertReturningStep;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.SelectForUpdateStep;
import org.jooq.SelectForUpdateWaitStep;
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
  private final FixedStatements<M> fixed;
  private final QuerySql<M> sql;

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
    this.fixed = new FixedStatements<>(model, database.statements(), insertColumns);
    this.sql = new QuerySql<>(model);
  }

  @Override
  public ModelType<M, K> model() {
    return model;
  }

  // ---- create ------------------------------------------------------------------------------------

  @Override
  public M create(M instance) {
    validateForInsert(instance, -1, 1);
    if (fixed.canInsert()) {
      return call("create", () -> database.withConnection(c -> fixed.insert(c, List.of(instance), now(), false).get(0)));
    }
    return call("create", () -> database.run(dsl -> insert(dsl, List.of(instance), now(), false).get(0)));
  }

  @Override
  public List<M> bulkCreate(Collection<? extends M> instances, BulkCreateOptions<M> options) {
    int batchSize = options.batchSize();
    List<M> rows = List.copyOf(instances);
    for (int i = 0; i < rows.size(); i++) {
      validateForInsert(rows.get(i), i, rows.size());
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    OnConflict onConflict = OnConflict.forBulkCreate(model, rows, options);
    int perStatement = Math.max(1, Math.min(batchSize, MAX_BIND_VALUES / insertColumns.size()));
    Instant now = now(); // one timestamp for the whole call, as Sequelize
    if (onConflict == null && fixed.canInsert()) {
      return call("bulkCreate", () -> database.transaction(dsl -> {
        Connection connection = database.transactionConnection();
        List<M> stored = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += perStatement) {
          List<M> batch = rows.subList(from, Math.min(rows.size(), from + perStatement));
          if (options.isReturning() || !fixed.copy(connection, batch, now)) {
            stored.addAll(fixed.insert(connection, batch, now, true, options.isReturning()));
          } else {
            stored.addAll(batch);
          }
        }
        return stored;
      }));
    }
    return call("bulkCreate", () -> database.transaction(dsl -> {
      List<M> stored = new ArrayList<>(rows.size());
      for (int from = 0; from < rows.size(); from += perStatement) {
        stored.addAll(insert(dsl, rows.subList(from, Math.min(rows.size(), from + perStatement)), now, true,
            onConflict));
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
    return insert(dsl, rows, now, keepUpdatedAt, null);
  }

  /** As {@link #insert(DSLContext, List, Instant, boolean)}, with an {@code ON CONFLICT} clause unless null. */
  private List<M> insert(DSLContext dsl, List<? extends M> rows, Instant now, boolean keepUpdatedAt,
      OnConflict onConflict) throws SQLException {
    return fetch(returning(dsl, insertStatement(dsl, rows, now, keepUpdatedAt, onConflict).returning(selectList)),
        rows.size());
  }

  private InsertReturningStep<Record> insertStatement(DSLContext dsl, List<? extends M> rows, Instant now,
      boolean keepUpdatedAt, OnConflict onConflict) {
    InsertValuesStepN<Record> insert = dsl.insertInto(model.table(), insertColumns);
    for (M row : rows) {
      insert = insert.values(insertValues(row, now, keepUpdatedAt));
    }
    return onConflict == null ? insert : onConflict.applyTo(insert);
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
    List<Attribute<M, ?>> selected = selected(query);
    SqlBuilder fast = sql.select(query, selected);
    if (fast != null) {
      RowMapper<M> rows = mapper(selected);
      return call("findAll", () -> database.withConnection(c -> fetchAll(c, fast, rows)));
    }
    return call("findAll", () -> database.run(dsl -> fetch(select(dsl, query), mapper(query), 16)));
  }

  @Override
  public Optional<M> findByPk(K key) {
    if (key == null) {
      return Optional.empty();
    }
    Object[] values = model.keyValues(key);
    return call("findByPk", () -> Optional.ofNullable(database.withConnection(c -> fixed.findByKey(c, values))));
  }

  @Override
  public Optional<M> findOne(Criterion<M> where) {
    return findOne(Query.where(where));
  }

  @Override
  public Optional<M> findOne(Query<M> query) {
    Query<M> first = query.limit(1);
    List<Attribute<M, ?>> selected = selected(query);
    SqlBuilder fast = sql.select(first, selected);
    if (fast != null) {
      RowMapper<M> rows = mapper(selected);
      return call("findOne", () -> database.withConnection(c -> fetchFirst(c, fast, rows)));
    }
    return call("findOne", () -> database.run(dsl -> first(select(dsl, first), mapper(query))));
  }

  private ResultQuery<Record> select(DSLContext dsl, Query<M> query) {
    SortField<?>[] order = query.order().stream().map(Order::sortField).toArray(SortField<?>[]::new);
    SelectLimitStep<Record> select =
        dsl.select(selectList(query)).from(model.table()).where(query.condition()).orderBy(order);
    Integer limit = query.limit().orElse(null);
    Integer offset = query.offset().orElse(null);
    if (limit != null) {
      return withLock(offset == null ? select.limit(limit) : select.limit(limit).offset(offset), query);
    }
    return withLock(offset == null ? select : select.offset(offset), query);
  }

  /** The query's row lock, Sequelize's {@code lock} and {@code skipLocked}: {@code FOR UPDATE SKIP LOCKED} and so on. */
  private static ResultQuery<Record> withLock(SelectForUpdateStep<Record> select, Query<?> query) {
    if (query.lock().isEmpty()) {
      return select;
    }
    SelectForUpdateWaitStep<Record> locked = switch (query.lock().get()) {
      case UPDATE -> select.forUpdate();
      case NO_KEY_UPDATE -> select.forNoKeyUpdate();
      case SHARE -> select.forShare();
      case KEY_SHARE -> select.forKeyShare();
    };
    return switch (query.lockWait()) {
      case WAIT -> locked;
      case SKIP_LOCKED -> locked.skipLocked();
      case NOWAIT -> locked.noWait();
    };
  }

  /** The columns of the attributes {@code query} selects ({@link Query#attributes}, {@link Query#exclude}). */
  private SelectField<?>[] selectList(Query<M> query) {
    List<Attribute<M, ?>> selected = selected(query);
    if (selected == attributes) {
      return selectList;
    }
    return selected.stream().map(Attribute::field).toArray(SelectField<?>[]::new);
  }

  /** The attributes {@code query} selects: {@link #attributes} itself when all of them. */
  private List<Attribute<M, ?>> selected(Query<M> query) {
    List<Attribute<M, ?>> selected = query.selected(attributes);
    if (selected.isEmpty()) {
      throw new IllegalArgumentException("The query selects no attribute of " + model.name()
          + ": its attributes(...) or exclude(...) leave none");
    }
    return selected;
  }

  /** Maps the rows of {@link #select(DSLContext, Query)}: the generated mapper, unless only some attributes. */
  private RowMapper<M> mapper(Query<M> query) {
    return mapper(query.selected(attributes));
  }

  private RowMapper<M> mapper(List<Attribute<M, ?>> selected) {
    return selected == attributes ? mapper : PartialRowMapper.forAttributes(model, selected);
  }

  @Override
  public long count() {
    return countWhere(null);
  }

  @Override
  public long count(Criterion<M> where) {
    return countWhere(Objects.requireNonNull(where, "where"));
  }

  /** The rows matching {@code where}, every row when null. */
  private long countWhere(Criterion<M> where) {
    SqlBuilder fast = sql.count(where);
    if (fast != null) {
      return call("count", () -> database.withConnection(c -> readCount(c, fast)));
    }
    return call("count", () -> database.run(dsl -> count(dsl, where.condition())));
  }

  private long count(DSLContext dsl, Condition where) {
    Long n = dsl.selectCount().from(model.table()).where(where).fetchOne(0, Long.class);
    return n == null ? 0L : n;
  }

  // ---- update ------------------------------------------------------------------------------------

  @Override
  public M update(M instance, List<Assignment<M>> assignments) {
    Objects.requireNonNull(instance, () -> "cannot update a null " + model.name());
    if (fixed.canInsert() && assignments.stream().noneMatch(Assignment::isComputed)) {
      return updateByKey(instance, assignments);
    }
    Map<Field<?>, Field<?>> changes = new LinkedHashMap<>();
    for (Assignment<M> assignment : assignments) {
      Attribute<M, ?> a = assignment.attribute();
      if (assignment.isComputed()) {
        changes.put(a.field(), assignment.expression());
      } else if (!sameValue(a.get(instance), assignment.value())) {
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

  /**
   * {@link #update(Object, List)} on the fixed-shape path: the changed columns in column order (the last
   * assignment of a column wins), {@code updatedAt} added unless assigned, one cached statement per set of columns.
   */
  private M updateByKey(M instance, List<Assignment<M>> assignments) {
    Object[] values = new Object[insertColumns.size()];
    long shape = 0;
    for (Assignment<M> assignment : assignments) {
      Attribute<M, ?> a = assignment.attribute();
      int column = insertColumns.indexOf(a.field());
      if ((shape & (1L << column)) != 0 || !sameValue(a.get(instance), assignment.value())) {
        checkNotNull(a, assignment.value());
        shape |= 1L << column;
        values[column] = assignment.value();
      }
    }
    if (shape == 0) {
      return instance; // nothing changed: no query, as Sequelize
    }
    if (updatedAt != null) {
      int column = insertColumns.indexOf(updatedAt);
      if ((shape & (1L << column)) == 0) {
        shape |= 1L << column;
        values[column] = FixedStatements.timestampValue(fixed.columnType(column), now());
      }
    }
    List<FixedStatements.Change> changes = new ArrayList<>(Long.bitCount(shape));
    for (int column = 0; column < values.length; column++) {
      if ((shape & (1L << column)) != 0) {
        changes.add(new FixedStatements.Change(insertColumns.get(column).getName(), fixed.columnType(column),
            values[column]));
      }
    }
    Object[] key = keyValues(instance);
    long statementShape = shape;
    M stored = call("update", () -> database.withConnection(c -> fixed.updateByKey(c, changes, statementShape, key)));
    if (stored == null) {
      throw new EmptyResultException("Unable to update " + model.name() + " " + describeKey(instance)
          + ": the row no longer exists");
    }
    return stored;
  }

  @Override
  public int update(Criterion<M> where, List<Assignment<M>> assignments) {
    Objects.requireNonNull(where, "where");
    if (assignments.isEmpty()) {
      return 0; // only updatedAt would change: no query, as Sequelize
    }
    for (Assignment<M> assignment : assignments) {
      if (!assignment.isComputed()) {
        checkNotNull(assignment.attribute(), assignment.value());
      }
    }
    SqlBuilder fast = sql.update(assignments, now(), where);
    if (fast != null) {
      return call("update", () -> database.withConnection(c -> database.statements().update(c, fast.sql(), fast)));
    }
    Map<Field<?>, Field<?>> changes = new LinkedHashMap<>();
    for (Assignment<M> assignment : assignments) {
      changes.put(assignment.attribute().field(), assignment.isComputed() ? assignment.expression()
          : bindChecked(assignment.attribute(), assignment.value()));
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
    Object[] key = keyValues(instance);
    return call("destroy", () -> database.withConnection(c -> fixed.deleteByKey(c, key))) > 0;
  }

  @Override
  public int destroy(Criterion<M> where) {
    Objects.requireNonNull(where, "where");
    SqlBuilder fast = sql.delete(where);
    if (fast != null) {
      return call("destroy", () -> database.withConnection(c -> database.statements().update(c, fast.sql(), fast)));
    }
    return call("destroy", () -> database.run(dsl -> dsl.deleteFrom(model.table()).where(where.condition()).execute()));
  }

  // ---- issue 5 (stubs being implemented) ----------------------------------------------------------

  @Override
  public RowsAndCount<M> findAndCountAll(Query<M> query) {
    List<Attribute<M, ?>> selected = selected(query);
    SqlBuilder fastCount = sql.count(query.where().orElse(null));
    SqlBuilder fastPage = fastCount == null ? null : sql.select(query, selected);
    if (fastPage != null) {
      RowMapper<M> rows = mapper(selected);
      return call("findAndCountAll", () -> database.withConnection(c -> {
        long count = readCount(c, fastCount);
        return new RowsAndCount<>(count == 0 ? List.of() : fetchAll(c, fastPage, rows), count);
      }));
    }
    Condition where = query.forCount().condition();
    return call("findAndCountAll", () -> database.run(dsl -> {
      long count = count(dsl, where);
      // no matching row: no page to read, as Sequelize answers {count: 0, rows: []}
      List<M> rows = count == 0 ? List.of() : fetch(select(dsl, query), mapper(query), 16);
      return new RowsAndCount<>(rows, count);
    }));
  }

  /**
   * Find, else {@code INSERT ... ON CONFLICT DO NOTHING}, else find again: the insert waits for a competitor's
   * uncommitted conflicting row, and the second select (a new statement, so a new snapshot under READ
   * COMMITTED) sees it once committed. No savepoint is needed, since {@code ON CONFLICT} never raises the unique
   * violation that would abort the caller's transaction.
   */
  @Override
  public Created<M> findOrCreate(Criterion<M> where, M defaults) {
    M instance = WhereDefaults.merge(model, where, defaults);
    validateForInsert(instance, -1, 1);
    Query<M> query = Query.where(where).limit(1);
    return call("findOrCreate", () -> database.run(dsl -> {
      Optional<M> found = first(select(dsl, query));
      if (found.isPresent()) {
        return new Created<>(found.get(), false);
      }
      List<M> inserted = insert(dsl, List.of(instance), now(), false, OnConflict.doNothing(List.of()));
      if (!inserted.isEmpty()) {
        return new Created<>(inserted.get(0), true);
      }
      found = first(select(dsl, query));
      if (found.isPresent()) {
        return new Created<>(found.get(), false);
      }
      throw new UniqueConstraintException(model.name(), "Unable to findOrCreate " + model.name() + ": no row"
          + " matches the where (" + where + "), yet the insert conflicted with an existing row on a unique key"
          + " the where does not pin", "23505", null);
    }));
  }

  @Override
  public Built<M> findOrBuild(Criterion<M> where, M defaults) {
    M instance = WhereDefaults.merge(model, where, defaults);
    return findOne(where).map(row -> new Built<>(row, false)).orElseGet(() -> new Built<>(instance, true));
  }

  @Override
  public <T> Optional<M> findBy(Attribute<M, T> attribute, T value) {
    Objects.requireNonNull(attribute, "attribute");
    if (value == null) {
      return Optional.empty(); // "column = NULL" matches no row: no need to ask
    }
    SqlBuilder fast = sql.select(Query.where(attribute.eq(value)).limit(1), attributes);
    if (fast != null) {
      return call("findBy", () -> database.withConnection(c -> fetchFirst(c, fast, mapper)));
    }
    Condition where = equal(attribute.field(), value);
    return call("findBy", () -> database.run(dsl ->
        first(dsl.select(selectList).from(model.table()).where(where).limit(1))));
  }

  @Override
  public long count(Query<M> query) {
    return countWhere(query.where().orElse(null));
  }

  @Override
  public <T extends Comparable<? super T>> Optional<T> max(ComparableExpression<M, T> expression,
      Criterion<M> where) {
    return Optional.ofNullable(aggregate("max", () -> Fn.max(expression).field(),
        Renderables.function("max(", expression.renderable()), expression.type(), where));
  }

  @Override
  public <T extends Comparable<? super T>> Optional<T> min(ComparableExpression<M, T> expression,
      Criterion<M> where) {
    return Optional.ofNullable(aggregate("min", () -> Fn.min(expression).field(),
        Renderables.function("min(", expression.renderable()), expression.type(), where));
  }

  @Override
  public <T extends Number & Comparable<? super T>> T sum(NumberExpression<M, T> expression, Criterion<M> where) {
    // coalesce(sum, 0): the zero is inlined untyped, so PostgreSQL gives it the sum's type
    Supplier<Field<T>> total = () -> {
      Field<T> sum = Fn.sum(expression).field();
      return DSL.coalesce(sum, DSL.inline(0, sum.getDataType()));
    };
    SqlRenderable fast = Renderables.suffix(Renderables.function("coalesce(sum(", expression.renderable()), ", 0)");
    return aggregate("sum", total, fast, expression.type(), where);
  }

  @Override
  protected <R> Select<M, R> newSelect(List<Expression<M, ?>> columns, Function<Object[], R> row) {
    return new DefaultSelect<>(database, model, columns, row);
  }

  @Override
  public Stream<M> stream(Query<M> query, int fetchSize) {
    Objects.requireNonNull(query, "query");
    if (fetchSize < 1) {
      throw new IllegalArgumentException("fetchSize must be >= 1, found: " + fetchSize);
    }
    return RowStream.open(database, dsl -> select(dsl, query), fetchSize, mapper(query),
        e -> Failures.translate(model.name(), "stream", e,
            e instanceof SQLException s ? s.getSQLState() : e instanceof DataAccessException d ? d.sqlState() : null));
  }

  /**
   * Plain SQL through jOOQ, so that the statement is logged and timed like the others. A Java enum is bound as its
   * name in an untyped literal, which PostgreSQL reads as whatever the context needs: the column's enum type,
   * or text (bound as a {@code varchar}, it would not compare with an enum column).
   */
  @Override
  public List<M> query(String sql, Object... bindValues) {
    Objects.requireNonNull(sql, "sql");
    Object[] binds = new Object[bindValues.length];
    for (int i = 0; i < binds.length; i++) {
      binds[i] = bindValues[i] instanceof Enum<?> e ? DSL.inline(e.name()) : bindValues[i];
    }
    return call("query", () -> database.run(dsl -> {
      try (ResultSet rs = dsl.resultQuery(sql, binds).fetchResultSet()) {
        RowMapper<M> byLabel = PartialRowMapper.forColumnLabels(model, rs.getMetaData());
        List<M> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(byLabel.map(rs));
        }
        return rows;
      }
    }));
  }

  @Override
  public Created<M> upsert(M instance, List<Attribute<M, ?>> conflictAttributes) {
    validateForInsert(instance, -1, 1);
    List<Attribute<M, ?>> target = OnConflict.upsertTarget(model, instance, conflictAttributes);
    OnConflict onConflict = OnConflict.forUpsert(model, instance, target, insertColumns);
    SelectField<?>[] returned = Arrays.copyOf(selectList, selectList.length + 1);
    // A row a DO UPDATE wrote carries the updating transaction in xmax (its lock); a row inserted has none.
    returned[selectList.length] = DSL.field("({0}.xmax = 0)", Boolean.class, DSL.name(model.table().getName()))
        .as("inserted");
    return call("upsert", () -> database.run(dsl -> {
      ResultQuery<Record> upsert =
          returning(dsl, insertStatement(dsl, List.of(instance), now(), false, onConflict).returning(returned));
      try (ResultSet rs = upsert.fetchResultSet()) {
        if (!rs.next()) {
          throw new IllegalStateException("INSERT ... ON CONFLICT DO UPDATE returned no row");
        }
        return new Created<>(mapper.map(rs), rs.getBoolean(returned.length));
      }
    }));
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private List<M> fetch(ResultQuery<Record> query, int expectedRows) throws SQLException {
    return fetch(query, mapper, expectedRows);
  }

  private static <M> List<M> fetch(ResultQuery<Record> query, RowMapper<M> mapper, int expectedRows)
      throws SQLException {
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
    return first(query, mapper);
  }

  private static <M> Optional<M> first(ResultQuery<Record> query, RowMapper<M> mapper) throws SQLException {
    try (ResultSet rs = query.fetchResultSet()) {
      return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
    }
  }

  /**
   * One aggregate over the rows matching {@code where}, read by the expression's column type: rendered by
   * {@code fast}, else by jOOQ from {@code aggregate}.
   */
  private <T> T aggregate(String operation, Supplier<Field<T>> aggregate, SqlRenderable fast, ColumnType<T> type,
      Criterion<M> where) {
    SqlBuilder statement = sql.aggregate(fast, where);
    if (statement != null) {
      return call(operation, () -> database.withConnection(c -> database.statements().query(c, statement.sql(),
          statement, rs -> {
            rs.next(); // an aggregate without GROUP BY yields one row, even over no rows
            return type.read(rs, 1);
          })));
    }
    return call(operation, () -> database.run(dsl -> {
      try (ResultSet rs = dsl.select(aggregate.get()).from(model.table()).where(where.condition())
          .fetchResultSet()) {
        rs.next(); // an aggregate without GROUP BY yields one row, even over no rows
        return type.read(rs, 1);
      }
    }));
  }

  /** The instance's primary key values, in key order; refused when a part is null (never stored). */
  private Object[] keyValues(M instance) {
    List<Attribute<M, ?>> keys = model.primaryKey();
    Object[] values = new Object[keys.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = keys.get(i).get(instance);
      if (values[i] == null) {
        throw new ValidationException(model.name(), keys.get(i).name(), null,
            "is part of the primary key and cannot be null here: the instance was never stored");
      }
    }
    return values;
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
    checkNotNull(a, value);
    return bind(a.field(), value);
  }

  private void checkNotNull(Attribute<M, ?> a, Object value) {
    if (value == null && a.is(Attribute.Flag.NOT_NULL)) {
      throw new ValidationException(model.name(), a.name(), null, "cannot be null");
    }
  }

  // ---- the fast path: Sequor's SQL on plain JDBC ---------------------------------------------------

  private List<M> fetchAll(Connection connection, SqlBuilder select, RowMapper<M> rows) throws SQLException {
    return database.statements().query(connection, select.sql(), select, rs -> {
      List<M> result = new ArrayList<>();
      while (rs.next()) {
        result.add(rows.map(rs));
      }
      return result;
    });
  }

  private Optional<M> fetchFirst(Connection connection, SqlBuilder select, RowMapper<M> rows) throws SQLException {
    return database.statements().query(connection, select.sql(), select,
        rs -> rs.next() ? Optional.of(rows.map(rs)) : Optional.empty());
  }

  private long readCount(Connection connection, SqlBuilder count) throws SQLException {
    return database.statements().query(connection, count.sql(), count, rs -> rs.next() ? rs.getLong(1) : 0L);
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

  /** Runs one operation, turning driver and jOOQ failures into exceptions that name the model. */
  private <T> T call(String operation, Failures.Call<T> call) {
    return Failures.call(model.name(), operation, call);
  }
}
