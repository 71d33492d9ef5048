package dev.sequor.internal;

import dev.sequor.AggregateCriterion;
import dev.sequor.ColumnTypes;
import dev.sequor.Criterion;
import dev.sequor.Expression;
import dev.sequor.ModelType;
import dev.sequor.Order;
import dev.sequor.Select;
import dev.sequor.Selectable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A select of chosen columns from one model's table. Immutable: every refinement returns a copy with one clause
 * changed. Each column is read by its expression's column type, so rows hold the Java types the expressions
 * promise, as the generated mappers do for instances.
 */
final class DefaultSelect<M, R> extends Select<M, R> {

  private final Database database;
  private final ModelType<M, ?> model;
  private final List<Selectable<? super M, ?>> columns;
  private final Function<Object[], R> row;
  private final RowReader reader;
  private final Clauses clauses;

  /** Everything but the select list; {@code null} where, having, limit or offset when not given. */
  private record Clauses(boolean distinct, Criterion<?> where, List<Expression<?, ?>> groupBy,
      AggregateCriterion<?> having,
      List<Order<?>> order, Integer limit, Integer offset) {

    static final Clauses NONE = new Clauses(false, null, List.of(), null, List.of(), null, null);
  }

  DefaultSelect(Database database, ModelType<M, ?> model, List<Selectable<? super M, ?>> columns,
      Function<Object[], R> row) {
    this(database, model, List.copyOf(columns), row,
        RowReader.of(columns.stream().<dev.sequor.ColumnType<?>>map(Selectable::type).toList()), Clauses.NONE);
  }

  private DefaultSelect(Database database, ModelType<M, ?> model, List<Selectable<? super M, ?>> columns,
      Function<Object[], R> row, RowReader reader, Clauses clauses) {
    this.database = database;
    this.model = model;
    this.columns = columns;
    this.row = row;
    this.reader = reader;
    this.clauses = clauses;
  }

  private DefaultSelect<M, R> with(Clauses changed) {
    return new DefaultSelect<>(database, model, columns, row, reader, changed);
  }

  // ---- refinements -------------------------------------------------------------------------------

  @Override
  public DefaultSelect<M, R> where(Criterion<? super M> criterion) {
    Criterion<?> where = and(clauses.where(), Objects.requireNonNull(criterion, "criterion"));
    return with(new Clauses(clauses.distinct(), where, clauses.groupBy(), clauses.having(), clauses.order(),
        clauses.limit(), clauses.offset()));
  }

  @Override
  public DefaultSelect<M, R> groupBy(List<? extends Expression<? super M, ?>> expressions) {
    List<Expression<?, ?>> groupBy = new ArrayList<>(clauses.groupBy());
    for (Expression<? super M, ?> e : expressions) {
      // by the expression, not its alias: PostgreSQL resolves a bare name in GROUP BY as an input column first
      groupBy.add(SqlTree.unaliased(Objects.requireNonNull(e, "expression")));
    }
    return with(new Clauses(clauses.distinct(), clauses.where(), List.copyOf(groupBy), clauses.having(),
        clauses.order(), clauses.limit(), clauses.offset()));
  }

  @Override
  public DefaultSelect<M, R> having(Criterion<? super M> criterion) {
    return SqlTree.isAlways(Objects.requireNonNull(criterion, "criterion")) ? this : having(SqlTree.having(criterion));
  }

  @Override
  @SuppressWarnings("unchecked") // the model types differ only in "? super M", which SQL ignores
  public DefaultSelect<M, R> having(AggregateCriterion<? super M> criterion) {
    Objects.requireNonNull(criterion, "criterion");
    AggregateCriterion<?> having = clauses.having() == null ? criterion
        : ((AggregateCriterion<Object>) clauses.having()).and((AggregateCriterion<Object>) criterion);
    return with(new Clauses(clauses.distinct(), clauses.where(), clauses.groupBy(), having, clauses.order(),
        clauses.limit(), clauses.offset()));
  }

  @Override
  public DefaultSelect<M, R> orderBy(List<? extends Order<? super M>> keys) {
    List<Order<?>> order = new ArrayList<>(clauses.order());
    for (Order<? super M> key : keys) {
      order.add(SqlTree.orderKey(key));
    }
    return with(new Clauses(clauses.distinct(), clauses.where(), clauses.groupBy(), clauses.having(),
        List.copyOf(order), clauses.limit(), clauses.offset()));
  }

  @Override
  public DefaultSelect<M, R> limit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, found: " + limit);
    }
    return with(new Clauses(clauses.distinct(), clauses.where(), clauses.groupBy(), clauses.having(),
        clauses.order(), limit, clauses.offset()));
  }

  @Override
  public DefaultSelect<M, R> offset(int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, found: " + offset);
    }
    return with(new Clauses(clauses.distinct(), clauses.where(), clauses.groupBy(), clauses.having(),
        clauses.order(), clauses.limit(), offset));
  }

  @Override
  public DefaultSelect<M, R> distinct() {
    return with(new Clauses(true, clauses.where(), clauses.groupBy(), clauses.having(), clauses.order(),
        clauses.limit(), clauses.offset()));
  }

  /** Both criteria; the model types differ only in {@code ? super M}, which SQL ignores. */
  @SuppressWarnings("unchecked")
  private static Criterion<?> and(Criterion<?> first, Criterion<?> second) {
    return first == null ? second : ((Criterion<Object>) first).and((Criterion<Object>) second);
  }

  // ---- terminal operations -----------------------------------------------------------------------

  @Override
  public List<R> fetch() {
    return run(node(clauses.limit()), this::rows);
  }

  @Override
  public Optional<R> fetchOne() {
    Integer limit = clauses.limit();
    return run(node(limit != null && limit <= 1 ? limit : Integer.valueOf(1)), rs -> {
      List<R> rows = rows(rs);
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    });
  }

  @Override
  public List<Map<String, Object>> fetchMaps() {
    return run(node(clauses.limit()), rs -> {
      // once, not per row: a label without an alias is the column's SQL, rendered by jOOQ when asked
      String[] labels = new String[columns.size()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = columns.get(i).label();
      }
      List<Map<String, Object>> maps = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> map = new LinkedHashMap<>();
        Object[] values = values(rs);
        for (int i = 0; i < values.length; i++) {
          map.put(labels[i], values[i]);
        }
        maps.add(Collections.unmodifiableMap(map));
      }
      return maps;
    });
  }

  @Override
  public String sql() {
    return database.sql(node(clauses.limit()));
  }

  @Override
  public String toString() {
    return sql();
  }

  // ---- execution ---------------------------------------------------------------------------------

  private SelectNode node(Integer limit) {
    Grouping.check(model.name(), columns, clauses.groupBy());
    return new SelectNode(model.table(), clauses.distinct(), columns, clauses.where(), clauses.groupBy(),
        clauses.having(), clauses.order(), limit == null ? null : new Value<>(ColumnTypes.INTEGER, limit),
        clauses.offset() == null ? null : new Value<>(ColumnTypes.INTEGER, clauses.offset()), null,
        dev.sequor.Lock.Wait.WAIT);
  }

  private <T> T run(SelectNode select, JdbcStatements.ResultReader<T> reader) {
    return Failures.call(model.name(), "select", () -> database.read(c -> database.query(c, select, reader)));
  }

  private List<R> rows(ResultSet rs) throws SQLException {
    List<R> rows = new ArrayList<>();
    while (rs.next()) {
      rows.add(row.apply(values(rs)));
    }
    return rows;
  }

  private Object[] values(ResultSet rs) throws SQLException {
    return reader.values(rs);
  }
}
