package dev.sequor.internal;

import dev.sequor.Assignment;
import dev.sequor.Association;
import dev.sequor.Attribute;
import dev.sequor.Built;
import dev.sequor.BulkCreateOptions;
import dev.sequor.ColumnType;
import dev.sequor.ColumnTypes;
import dev.sequor.ComparableExpression;
import dev.sequor.Created;
import dev.sequor.Criterion;
import dev.sequor.EmptyResultException;
import dev.sequor.Selectable;
import dev.sequor.Fn;
import dev.sequor.ModelType;
import dev.sequor.NumberExpression;

import dev.sequor.Query;
import dev.sequor.Repository;
import dev.sequor.RowMapper;
import dev.sequor.RowsAndCount;
import dev.sequor.Select;
import dev.sequor.UniqueConstraintException;
import dev.sequor.ValidationException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;

/**
 * Sequelize's model operations for one model: each builds its statement as Sequor's tree (or picks a fixed shape),
 * whose SQL jOOQ rendered once; runs it on one connection (the thread's transaction's, when there is one), binds
 * the values through their column types, and maps rows with the generated mapper reading columns by index.
 */
final class DefaultRepository<M, K> extends Repository<M, K> {

  /** PostgreSQL accepts at most this many bind values in one statement. */
  private static final int MAX_BIND_VALUES = 32767;

  private final Database database;
  private final ModelType<M, K> model;
  private final Table<Record> table;
  private final List<Attribute<M, ?>> attributes;
  /** The attributes whose values can be text, checked in each row written ({@link Text}). */
  private final List<Attribute<M, ?>> textAttributes;
  private final SelectField<?>[] returning;
  private final Attribute<M, ?> createdAt;
  private final Attribute<M, ?> updatedAt;
  private final RowMapper<M> mapper;
  private final FixedStatements<M> fixed;
  private volatile RowReader valuesReader;

  DefaultRepository(Database database, ModelType<M, K> model) {
    this.database = database;
    this.model = model;
    this.table = model.table();
    this.attributes = model.attributes();
    this.textAttributes = attributes.stream().filter(a -> Text.canHold(a.type())).toList();
    this.returning = attributes.stream().map(Attribute::field).toArray(SelectField<?>[]::new);
    this.createdAt = model.createdAt().orElse(null);
    this.updatedAt = model.updatedAt().orElse(null);
    this.mapper = model.mapper();
    this.fixed = new FixedStatements<>(model, database.statements());
  }

  /** Reads this model's rows as values for includes, made on first use: a model without associations never needs it. */
  private RowReader valuesReader() {
    RowReader reader = valuesReader;
    if (reader == null) {
      reader = Includes.valuesReader(model);
      valuesReader = reader; // racing threads make equal readers: no lock needed
    }
    return reader;
  }

  @Override
  public ModelType<M, K> model() {
    return model;
  }

  // ---- create ------------------------------------------------------------------------------------

  @Override
  public M create(M instance) {
    validateForInsert(instance, -1, 1);
    return call("create", () -> database.withConnection(c ->
        fixed.insert(c, List.of(instance), now(), false, true, null).get(0)));
  }

  @Override
  public M create(M instance, List<Association<M, ?>> include) {
    return include.isEmpty() ? create(instance) : new AssociationWrites(database).create(model, instance, include);
  }

  @Override
  public <T> void add(M source, Association<M, T> association, Collection<? extends T> targets) {
    new AssociationWrites(database).add(model, source, association, targets);
  }

  @Override
  public <T> void remove(M source, Association<M, T> association, Collection<? extends T> targets) {
    new AssociationWrites(database).remove(model, source, association, targets);
  }

  @Override
  public <T> void set(M source, Association<M, T> association, Collection<? extends T> targets) {
    new AssociationWrites(database).set(model, source, association, targets);
  }

  @Override
  public List<M> bulkCreate(Collection<? extends M> instances, BulkCreateOptions<M> options) {
    List<M> rows = List.copyOf(instances);
    for (int i = 0; i < rows.size(); i++) {
      validateForInsert(rows.get(i), i, rows.size());
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    OnConflict onConflict = OnConflict.forBulkCreate(model, rows, options);
    int perStatement = Math.max(1, Math.min(options.batchSize(), MAX_BIND_VALUES / fixed.insertColumns().size()));
    Instant now = now(); // one timestamp for the whole call, as Sequelize
    boolean returningRows = options.isReturning();
    return call("bulkCreate", () -> database.inTransaction(connection -> {
      List<M> stored = new ArrayList<>(rows.size());
      for (int from = 0; from < rows.size(); from += perStatement) {
        List<M> batch = rows.subList(from, Math.min(rows.size(), from + perStatement));
        if (!returningRows && onConflict == null && fixed.copy(connection, batch, now)) {
          stored.addAll(batch);
        } else {
          stored.addAll(fixed.insert(connection, batch, now, true, returningRows, onConflict));
        }
      }
      return stored;
    }));
  }

  private void validateForInsert(M instance, int row, int rows) {
    Objects.requireNonNull(instance, () -> "cannot create a null " + model.name());
    for (Attribute<M, ?> a : attributes) {
      if (a.is(Attribute.Flag.NOT_NULL) && !a.is(Attribute.Flag.AUTO_INCREMENT) && !a.is(Attribute.Flag.HAS_DEFAULT)
          && a != createdAt && a != updatedAt && a.get(instance) == null) {
        throw new ValidationException(model.name(), a.name(), null,
            row < 0 ? "cannot be null" : "cannot be null (row " + (row + 1) + " of " + rows + ")");
      }
    }
    for (int i = 0; i < textAttributes.size(); i++) {
      Attribute<M, ?> a = textAttributes.get(i);
      Object value = a.get(instance);
      String problem = Text.problemOf(value);
      if (problem != null) {
        throw new ValidationException(model.name(), a.name(), value,
            row < 0 ? problem : problem + " (row " + (row + 1) + " of " + rows + ")");
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
    SelectNode select = select(query, selected, query.limit().orElse(null));
    if (!query.includes().isEmpty()) {
      return call("findAll", () -> database.read(c ->
          Includes.find(database, c, model, valuesReader(), selected, select, query.includes())));
    }
    RowMapper<M> rows = mapper(selected);
    return call("findAll", () -> database.read(c -> database.query(c, select, rs -> all(rs, rows))));
  }

  @Override
  public Optional<M> findByPk(K key) {
    if (key == null) {
      return Optional.empty();
    }
    Object[] values = model.keyValues(key);
    for (int i = 0; i < values.length; i++) {
      Text.check(model.name(), model.primaryKey().get(i).name(), values[i]);
    }
    return call("findByPk", () -> Optional.ofNullable(database.read(c -> fixed.findByKey(c, values))));
  }

  @Override
  public Optional<M> findOne(Criterion<M> where) {
    return findOne(Query.where(where));
  }

  @Override
  public Optional<M> findOne(Query<M> query) {
    List<Attribute<M, ?>> selected = selected(query);
    SelectNode select = select(query, selected, 1);
    if (!query.includes().isEmpty()) {
      return call("findOne", () -> database.read(c ->
          Includes.find(database, c, model, valuesReader(), selected, select, query.includes()).stream().findFirst()));
    }
    RowMapper<M> rows = mapper(selected);
    return call("findOne", () -> database.read(c -> database.query(c, select, rs -> first(rs, rows))));
  }

  /** The select of {@code query}'s rows, at most {@code limit} (none for null). */
  private SelectNode select(Query<M> query, List<Attribute<M, ?>> selected, Integer limit) {
    return new SelectNode(table, false, selected, Includes.where(query, model), List.of(), null, query.order(),
        limit == null ? null : new Value<>(ColumnTypes.INTEGER, limit),
        query.offset().map(o -> new Value<>(ColumnTypes.INTEGER, o)).orElse(null), query.lock().orElse(null),
        query.lockWait());
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

  private RowMapper<M> mapper(List<Attribute<M, ?>> selected) {
    return selected == attributes ? mapper : PartialRowMapper.forAttributes(model, selected);
  }

  private static <M> List<M> all(ResultSet rs, RowMapper<M> rows) throws SQLException {
    List<M> result = new ArrayList<>();
    while (rs.next()) {
      result.add(rows.map(rs));
    }
    return result;
  }

  private static <M> Optional<M> first(ResultSet rs, RowMapper<M> rows) throws SQLException {
    return rs.next() ? Optional.of(rows.map(rs)) : Optional.empty();
  }

  @Override
  public long count() {
    return count(Criterion.always());
  }

  @Override
  public long count(Criterion<M> where) {
    Objects.requireNonNull(where, "where");
    SelectNode count = countOf(where);
    return call("count", () -> database.read(c -> database.query(c, count, DefaultRepository::readCount)));
  }

  @Override
  public long count(Query<M> query) {
    Criterion<M> where = Includes.where(query, model);
    return count(where == null ? Criterion.always() : where);
  }

  private SelectNode countOf(Criterion<M> where) {
    return new SelectNode(table, List.of(Fn.count()), where);
  }

  private static long readCount(ResultSet rs) throws SQLException {
    return rs.next() ? rs.getLong(1) : 0L;
  }

  // ---- update ------------------------------------------------------------------------------------

  @Override
  public M update(M instance, List<Assignment<M>> assignments) {
    Objects.requireNonNull(instance, () -> "cannot update a null " + model.name());
    if (assignments.stream().noneMatch(Assignment::isComputed)) {
      return updateByKey(instance, assignments);
    }
    // increment and decrement: computed by the database from the stored row
    List<AssignmentNode<?>> set = new ArrayList<>();
    for (Assignment<M> assignment : assignments) {
      if (!assignment.isComputed()) {
        checkNotNull(assignment.attribute(), assignment.value());
      }
      set.add((AssignmentNode<?>) assignment);
    }
    UpdateNode update = new UpdateNode(table, withUpdatedAt(set, assignments), keyCriterion(instance), returning);
    M stored = call("update", () -> database.withConnection(c -> database.query(c, update, rs -> first(rs, mapper))))
        .orElse(null);
    if (stored == null) {
      throw new EmptyResultException("Unable to update " + model.name() + " " + describeKey(instance)
          + ": the row no longer exists");
    }
    return stored;
  }

  /**
   * {@link #update(Object, List)} of values on a fixed shape: the changed columns (the last assignment of a
   * column wins), {@code updatedAt} added unless assigned, one cached statement per set of columns.
   */
  private M updateByKey(M instance, List<Assignment<M>> assignments) {
    List<Attribute<M, ?>> columns = fixed.insertColumns();
    Object[] values = new Object[columns.size()];
    BitSet changed = new BitSet(columns.size());
    for (Assignment<M> assignment : assignments) {
      Attribute<M, ?> a = assignment.attribute();
      int column = columns.indexOf(a);
      if (column < 0) {
        throw new IllegalArgumentException(a + " is not an attribute of model " + model.name());
      }
      if (changed.get(column) || !sameValue(a.get(instance), assignment.value())) {
        checkNotNull(a, assignment.value());
        changed.set(column);
        values[column] = assignment.value();
      }
    }
    if (changed.isEmpty()) {
      return instance; // nothing changed: no query, as Sequelize
    }
    if (updatedAt != null) {
      int column = columns.indexOf(updatedAt);
      if (!changed.get(column)) {
        changed.set(column);
        values[column] = FixedStatements.timestampValue(fixed.columnType(column), now());
      }
    }
    Object[] key = keyValues(instance);
    M stored = call("update", () -> database.withConnection(c -> fixed.updateByKey(c, changed, values, key)));
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
    List<AssignmentNode<?>> set = new ArrayList<>();
    for (Assignment<M> assignment : assignments) {
      if (!assignment.isComputed()) {
        checkNotNull(assignment.attribute(), assignment.value());
      }
      set.add((AssignmentNode<?>) assignment);
    }
    UpdateNode update = new UpdateNode(table, withUpdatedAt(set, assignments), where, null);
    return call("update", () -> database.withConnection(c -> database.update(c, update)));
  }

  /**
   * The assignments, one per column (the last one of a column in the first one's place, as a {@code SET} list
   * cannot name a column twice), with {@code updatedAt = now} added unless assigned.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private List<AssignmentNode<?>> withUpdatedAt(List<AssignmentNode<?>> set, List<Assignment<M>> assignments) {
    List<AssignmentNode<?>> unique = new ArrayList<>(set.size() + 1);
    List<Attribute<?, ?>> columns = new ArrayList<>(set.size() + 1);
    for (AssignmentNode<?> a : set) {
      int earlier = columns.indexOf(a.attribute());
      if (earlier >= 0) {
        unique.set(earlier, a);
      } else {
        columns.add(a.attribute());
        unique.add(a);
      }
    }
    if (updatedAt != null && !columns.contains(updatedAt)) {
      ColumnType<?> type = FixedStatements.timestampType(updatedAt);
      Object now = FixedStatements.timestampValue(type, now());
      unique.add((AssignmentNode<?>) SqlTree.set((Attribute) updatedAt, now));
    }
    return unique;
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
    UpdateNode delete = UpdateNode.delete(table, where);
    return call("destroy", () -> database.withConnection(c -> database.update(c, delete)));
  }

  // ---- finders beyond the basics -----------------------------------------------------------------

  @Override
  public RowsAndCount<M> findAndCountAll(Query<M> query) {
    List<Attribute<M, ?>> selected = selected(query);
    Criterion<M> where = Includes.where(query, model);
    SelectNode count = countOf(where == null ? Criterion.always() : where);
    SelectNode page = select(query, selected, query.limit().orElse(null));
    RowMapper<M> rows = mapper(selected);
    return call("findAndCountAll", () -> database.read(c -> {
      long total = database.query(c, count, DefaultRepository::readCount);
      // no matching row: no page to read, as Sequelize answers {count: 0, rows: []}
      if (total == 0) {
        return new RowsAndCount<M>(List.of(), total);
      }
      List<M> found = query.includes().isEmpty() ? database.query(c, page, rs -> all(rs, rows))
          : Includes.find(database, c, model, valuesReader(), selected, page, query.includes());
      return new RowsAndCount<>(found, total);
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
    SelectNode select = select(Query.where(where), attributes, 1);
    return call("findOrCreate", () -> database.withConnection(c -> {
      Optional<M> found = database.query(c, select, rs -> first(rs, mapper));
      if (found.isPresent()) {
        return new Created<>(found.get(), false);
      }
      List<M> inserted = fixed.insert(c, List.of(instance), now(), false, true, OnConflict.doNothing(List.of()));
      if (!inserted.isEmpty()) {
        return new Created<>(inserted.get(0), true);
      }
      found = database.query(c, select, rs -> first(rs, mapper));
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
    SelectNode select = select(Query.where(attribute.eq(value)), attributes, 1);
    return call("findBy", () -> database.read(c -> database.query(c, select, rs -> first(rs, mapper))));
  }

  @Override
  public <T extends Comparable<? super T>> Optional<T> max(ComparableExpression<M, T> expression,
      Criterion<M> where) {
    return Optional.ofNullable(aggregate("max", Fn.max(expression), where));
  }

  @Override
  public <T extends Comparable<? super T>> Optional<T> min(ComparableExpression<M, T> expression,
      Criterion<M> where) {
    return Optional.ofNullable(aggregate("min", Fn.min(expression), where));
  }

  @Override
  public <T extends Number & Comparable<? super T>> T sum(NumberExpression<M, T> expression, Criterion<M> where) {
    return aggregate("sum", SqlTree.aggregate(Operator.SUM_OR_ZERO, expression.type(), expression),
        where);
  }

  /** One aggregate over the rows matching {@code where}, read by the expression's column type. */
  private <T> T aggregate(String operation, Selectable<M, T> aggregate, Criterion<M> where) {
    SelectNode select = new SelectNode(table, List.of(aggregate), Objects.requireNonNull(where, "where"));
    return call(operation, () -> database.read(c -> database.query(c, select, rs -> {
      rs.next(); // an aggregate without GROUP BY yields one row, even over no rows
      return aggregate.type().read(rs, 1);
    })));
  }

  @Override
  protected <R> Select<M, R> newSelect(List<Selectable<? super M, ?>> columns, Function<Object[], R> row) {
    return new DefaultSelect<>(database, model, columns, row);
  }

  @Override
  public Stream<M> stream(Query<M> query, int fetchSize) {
    Objects.requireNonNull(query, "query");
    if (fetchSize < 1) {
      throw new IllegalArgumentException("fetchSize must be >= 1, found: " + fetchSize);
    }
    if (!query.includes().isEmpty()) {
      // a stream maps each row as it comes: there are no rows yet to load associations for
      throw new IllegalArgumentException("stream does not load includes (" + query.includes().get(0)
          + "): use findAll, page by page with limit and offset");
    }
    List<Attribute<M, ?>> selected = selected(query);
    SelectNode select = select(query, selected, query.limit().orElse(null));
    return RowStream.open(database, select, fetchSize, mapper(selected),
        e -> Failures.translate(model.name(), "stream", e, e instanceof SQLException s ? s.getSQLState() : null));
  }

  /**
   * The user's SQL as written, on plain JDBC, logged and timed like the others. Each bind value goes by its
   * class's column type; a Java enum as its name, untyped, so that PostgreSQL reads it as whatever the context
   * needs: the column's enum type, or text.
   */
  @Override
  public List<M> query(String sql, Object... bindValues) {
    Objects.requireNonNull(sql, "sql");
    Text.checkSql("The SQL given to query", sql);
    Object[] binds = bindValues.clone();
    for (int i = 0; i < binds.length; i++) {
      String problem = Text.problemOf(binds[i]);
      if (problem != null) {
        throw new ValidationException(model.name(), "bind value " + (i + 1), binds[i], problem);
      }
    }
    StatementBinder binder = new StatementBinder() {
      @Override
      public void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < binds.length; i++) {
          bindLoose(statement, i + 1, binds[i]);
        }
      }

      @Override
      public List<?> values() {
        return java.util.Arrays.asList(binds);
      }
    };
    return call("query", () -> database.withConnection(c -> database.statements().query(c, sql, binder, rs -> {
      RowMapper<M> byLabel = PartialRowMapper.forColumnLabels(model, rs.getMetaData());
      return all(rs, byLabel);
    })));
  }

  /** A raw query's bind value: by the column type of its class where Sequor has one. */
  @SuppressWarnings("unchecked")
  private static void bindLoose(PreparedStatement statement, int index, Object value) throws SQLException {
    ColumnType<Object> type = value == null ? null : (ColumnType<Object>) ColumnTypeImpls.forClass(value.getClass());
    if (value instanceof Enum<?> e) {
      statement.setObject(index, e.name(), java.sql.Types.OTHER);
    } else if (type != null) {
      type.bind(statement, index, value);
    } else if (value == null) {
      statement.setNull(index, java.sql.Types.OTHER);
    } else {
      statement.setObject(index, value);
    }
  }

  @Override
  public Created<M> upsert(M instance, List<Attribute<M, ?>> conflictAttributes) {
    validateForInsert(instance, -1, 1);
    List<Attribute<M, ?>> target = OnConflict.upsertTarget(model, instance, conflictAttributes);
    OnConflict onConflict = OnConflict.forUpsert(model, instance, target, fixed.insertColumns());
    return call("upsert", () -> database.withConnection(c ->
        fixed.upsert(c, instance, now(), onConflict, Created::new)));
  }

  // ---- helpers -----------------------------------------------------------------------------------

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
      Text.check(model.name(), keys.get(i).name(), values[i]);
    }
    return values;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Criterion<M> keyCriterion(M instance) {
    Object[] values = keyValues(instance);
    Criterion<M> criterion = Criterion.always();
    for (int i = 0; i < values.length; i++) {
      criterion = criterion.and(((Attribute) model.primaryKey().get(i)).eq(values[i]));
    }
    return criterion;
  }

  private String describeKey(M instance) {
    StringBuilder sb = new StringBuilder();
    for (Attribute<M, ?> key : model.primaryKey()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(key.name()).append('=').append(key.get(instance));
    }
    return sb.toString();
  }

  private void checkNotNull(Attribute<M, ?> a, Object value) {
    if (value == null && a.is(Attribute.Flag.NOT_NULL)) {
      throw new ValidationException(model.name(), a.name(), null, "cannot be null");
    }
  }

  /** Equal as the database sees it: {@code 10.0} and {@code 10.00} are one {@code DECIMAL}; arrays by content. */
  private static boolean sameValue(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.deepEquals(a, b);
  }

  /** Microseconds: what PostgreSQL stores, so the instance returned equals the row read back later. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** Runs one operation, turning driver failures into exceptions that name the model. */
  private <T> T call(String operation, Failures.Call<T> call) {
    return Failures.call(model.name(), operation, call);
  }
}
