package dev.sequor.internal;

import dev.sequor.Criterion;
import dev.sequor.Expression;
import dev.sequor.ModelType;
import dev.sequor.Order;
import dev.sequor.Select;
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
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.SelectGroupByStep;
import org.jooq.SelectHavingStep;
import org.jooq.SelectLimitStep;
import org.jooq.SelectWhereStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.QOM;

/**
 * A select of chosen columns from one model's table, built with jOOQ when it runs. Immutable: every
 * refinement returns a copy with one clause changed. Each column is read by its expression's column type, so
 * rows hold the Java types the expressions promise, as the generated mappers do for instances.
 */
final class DefaultSelect<M, R> extends Select<M, R> {

  private final Database database;
  private final ModelType<M, ?> model;
  private final List<Expression<M, ?>> columns;
  private final Function<Object[], R> row;
  private final Clauses clauses;

  /** Everything but the select list; {@code null} limit or offset when not given. */
  private record Clauses(boolean distinct, Condition where, List<Field<?>> groupBy, Condition having,
      List<SortField<?>> order, Integer limit, Integer offset) {

    static final Clauses NONE =
        new Clauses(false, DSL.noCondition(), List.of(), DSL.noCondition(), List.of(), null, null);
  }

  DefaultSelect(Database database, ModelType<M, ?> model, List<Expression<M, ?>> columns,
      Function<Object[], R> row) {
    this(database, model, List.copyOf(columns), row, Clauses.NONE);
  }

  private DefaultSelect(Database database, ModelType<M, ?> model, List<Expression<M, ?>> columns,
      Function<Object[], R> row, Clauses clauses) {
    this.database = database;
    this.model = model;
    this.columns = columns;
    this.row = row;
    this.clauses = clauses;
  }

  private DefaultSelect<M, R> with(Clauses changed) {
    return new DefaultSelect<>(database, model, columns, row, changed);
  }

  // ---- refinements -------------------------------------------------------------------------------

  @Override
  public DefaultSelect<M, R> where(Criterion<M> criterion) {
    Condition where = clauses.where().and(Objects.requireNonNull(criterion, "criterion").condition());
    return with(new Clauses(clauses.distinct(), where, clauses.groupBy(), clauses.having(), clauses.order(),
        clauses.limit(), clauses.offset()));
  }

  @SafeVarargs
  @Override
  public final DefaultSelect<M, R> groupBy(Expression<M, ?>... expressions) {
    List<Field<?>> groupBy = new ArrayList<>(clauses.groupBy());
    for (Expression<M, ?> e : expressions) {
      groupBy.add(unaliased(e.field()));
    }
    return with(new Clauses(clauses.distinct(), clauses.where(), List.copyOf(groupBy), clauses.having(),
        clauses.order(), clauses.limit(), clauses.offset()));
  }

  @Override
  public DefaultSelect<M, R> having(Criterion<? super M> criterion) {
    Condition having = clauses.having().and(Objects.requireNonNull(criterion, "criterion").condition());
    return with(new Clauses(clauses.distinct(), clauses.where(), clauses.groupBy(), having, clauses.order(),
        clauses.limit(), clauses.offset()));
  }

  @SafeVarargs
  @Override
  public final DefaultSelect<M, R> orderBy(Order<? super M>... keys) {
    List<SortField<?>> order = new ArrayList<>(clauses.order());
    for (Order<? super M> key : keys) {
      order.add(key.sortField());
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

  // ---- terminal operations -----------------------------------------------------------------------

  @Override
  public List<R> fetch() {
    return run(this::rows);
  }

  @Override
  public Optional<R> fetchOne() {
    Integer limit = clauses.limit();
    DefaultSelect<M, R> first = limit != null && limit <= 1 ? this : limit(1);
    return first.run(rs -> {
      List<R> rows = first.rows(rs);
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    });
  }

  @Override
  public List<Map<String, Object>> fetchMaps() {
    return run(rs -> {
      List<Map<String, Object>> maps = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> map = new LinkedHashMap<>();
        Object[] values = values(rs);
        for (int i = 0; i < values.length; i++) {
          map.put(columns.get(i).label(), values[i]);
        }
        maps.add(Collections.unmodifiableMap(map));
      }
      return maps;
    });
  }

  @Override
  public String sql() {
    DSLContext dsl = database.dsl();
    return dsl.render(query(dsl));
  }

  @Override
  public String toString() {
    return sql();
  }

  // ---- execution ---------------------------------------------------------------------------------

  @FunctionalInterface
  private interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> T run(Reader<T> reader) {
    return Failures.call(model.name(), "select", () -> database.run(dsl -> {
      try (ResultSet rs = query(dsl).fetchResultSet()) {
        return reader.read(rs);
      }
    }));
  }

  private ResultQuery<Record> query(DSLContext dsl) {
    SelectField<?>[] fields = columns.stream().map(Expression::field).toArray(SelectField<?>[]::new);
    SelectWhereStep<Record> from = (clauses.distinct() ? dsl.selectDistinct(fields) : dsl.select(fields))
        .from(model.table());
    SelectGroupByStep<Record> where = from.where(clauses.where());
    // an empty GROUP BY list renders as "group by ()", one group of every row: leave the clause out instead
    SelectHavingStep<Record> grouped = clauses.groupBy().isEmpty() ? where : where.groupBy(clauses.groupBy());
    SelectLimitStep<Record> select = grouped.having(clauses.having()).orderBy(clauses.order());
    Integer limit = clauses.limit();
    Integer offset = clauses.offset();
    if (limit != null) {
      return offset == null ? select.limit(limit) : select.limit(limit).offset(offset);
    }
    return offset == null ? select : select.offset(offset);
  }

  private List<R> rows(ResultSet rs) throws SQLException {
    List<R> rows = new ArrayList<>();
    while (rs.next()) {
      rows.add(row.apply(values(rs)));
    }
    return rows;
  }

  private Object[] values(ResultSet rs) throws SQLException {
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = columns.get(i).type().read(rs, i + 1);
    }
    return values;
  }

  /**
   * Groups by the expression, not its alias: PostgreSQL resolves a bare name in {@code GROUP BY} as an input
   * column first, so an alias that is also a column name would group by that column.
   */
  private static Field<?> unaliased(Field<?> field) {
    return field instanceof QOM.FieldAlias<?> alias ? alias.$field() : field;
  }
}
