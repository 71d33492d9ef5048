package dev.sequor.internal;

import dev.sequor.Criterion;
import dev.sequor.Expression;
import dev.sequor.ModelType;
import dev.sequor.Order;
import dev.sequor.Select;
import dev.sequor.internal.sql.SqlBuilder;
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
 * A select of chosen columns from one model's table, rendered when it runs. Immutable: every
 * refinement returns a copy with one clause changed. Each column is read by its expression's column type, so
 * rows hold the Java types the expressions promise, as the generated mappers do for instances.
 */
final class DefaultSelect<M, R> extends Select<M, R> {

  private final Database database;
  private final ModelType<M, ?> model;
  private final List<Expression<M, ?>> columns;
  private final Function<Object[], R> row;
  private final Clauses clauses;

  /**
   * Everything but the select list, as the criteria, expressions and keys given: each statement is rendered
   * from them, by Sequor when every piece has a renderable, else by jOOQ. {@code null} where, having, limit or
   * offset when not given.
   */
  private record Clauses(boolean distinct, Criterion<?> where, List<Expression<?, ?>> groupBy, Criterion<?> having,
      List<Order<?>> order, Integer limit, Integer offset) {

    static final Clauses NONE = new Clauses(false, null, List.of(), null, List.of(), null, null);
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
    Criterion<?> where = and(clauses.where(), Objects.requireNonNull(criterion, "criterion"));
    return with(new Clauses(clauses.distinct(), where, clauses.groupBy(), clauses.having(), clauses.order(),
        clauses.limit(), clauses.offset()));
  }

  @SafeVarargs
  @Override
  public final DefaultSelect<M, R> groupBy(Expression<M, ?>... expressions) {
    List<Expression<?, ?>> groupBy = new ArrayList<>(clauses.groupBy());
    Collections.addAll(groupBy, expressions);
    return with(new Clauses(clauses.distinct(), clauses.where(), List.copyOf(groupBy), clauses.having(),
        clauses.order(), clauses.limit(), clauses.offset()));
  }

  @Override
  public DefaultSelect<M, R> having(Criterion<? super M> criterion) {
    Criterion<?> having = and(clauses.having(), Objects.requireNonNull(criterion, "criterion"));
    return with(new Clauses(clauses.distinct(), clauses.where(), clauses.groupBy(), having, clauses.order(),
        clauses.limit(), clauses.offset()));
  }

  @SafeVarargs
  @Override
  public final DefaultSelect<M, R> orderBy(Order<? super M>... keys) {
    List<Order<?>> order = new ArrayList<>(clauses.order());
    Collections.addAll(order, keys);
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

  /** Both criteria; the model types differ only in {@code having}'s {@code ? super M}, which SQL ignores. */
  @SuppressWarnings("unchecked")
  private static Criterion<?> and(Criterion<?> first, Criterion<?> second) {
    return first == null ? second : ((Criterion<Object>) first).and((Criterion<Object>) second);
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
    SqlBuilder fast = fast();
    if (fast != null) {
      return fast.sql();
    }
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
    SqlBuilder fast = fast();
    if (fast != null) {
      return Failures.call(model.name(), "select", () -> database.withConnection(c ->
          database.statements().query(c, fast.sql(), fast, reader::read)));
    }
    return Failures.call(model.name(), "select", () -> database.run(dsl -> {
      try (ResultSet rs = query(dsl).fetchResultSet()) {
        return reader.read(rs);
      }
    }));
  }

  /** The select in Sequor's SQL, or {@code null} when some piece has no renderable. */
  private SqlBuilder fast() {
    if (!QuerySql.renderable(clauses.where()) || !QuerySql.renderable(clauses.having())) {
      return null;
    }
    for (Expression<?, ?> e : columns) {
      if (e.renderable() == null) {
        return null;
      }
    }
    for (Expression<?, ?> e : clauses.groupBy()) {
      if (e.renderable() == null) {
        return null;
      }
    }
    for (Order<?> key : clauses.order()) {
      if (key.renderable() == null) {
        return null;
      }
    }
    SqlBuilder out = new SqlBuilder().append(clauses.distinct() ? "select distinct " : "select ");
    QuerySql.selectList(out, columns);
    out.append(" from ").identifier(model.table().getName());
    QuerySql.where(out, clauses.where());
    List<Expression<?, ?>> groupBy = clauses.groupBy();
    for (int i = 0; i < groupBy.size(); i++) {
      out.append(i == 0 ? " group by " : ", ");
      groupBy.get(i).renderable().render(out); // an aliased expression renders without its alias
    }
    QuerySql.condition(out, " having ", clauses.having());
    QuerySql.orderBy(out, clauses.order());
    QuerySql.limitOffset(out, clauses.limit(), clauses.offset());
    return out;
  }

  private ResultQuery<Record> query(DSLContext dsl) {
    SelectField<?>[] fields = columns.stream().map(Expression::field).toArray(SelectField<?>[]::new);
    SelectWhereStep<Record> from = (clauses.distinct() ? dsl.selectDistinct(fields) : dsl.select(fields))
        .from(model.table());
    SelectGroupByStep<Record> where = from.where(condition(clauses.where()));
    List<Field<?>> groupBy = clauses.groupBy().stream().<Field<?>>map(e -> unaliased(e.field())).toList();
    // an empty GROUP BY list renders as "group by ()", one group of every row: leave the clause out instead
    SelectHavingStep<Record> grouped = groupBy.isEmpty() ? where : where.groupBy(groupBy);
    List<SortField<?>> order = clauses.order().stream().<SortField<?>>map(Order::sortField).toList();
    SelectLimitStep<Record> select = grouped.having(condition(clauses.having())).orderBy(order);
    Integer limit = clauses.limit();
    Integer offset = clauses.offset();
    if (limit != null) {
      return offset == null ? select.limit(limit) : select.limit(limit).offset(offset);
    }
    return offset == null ? select : select.offset(offset);
  }

  private static Condition condition(Criterion<?> criterion) {
    return criterion == null ? DSL.noCondition() : criterion.condition();
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
