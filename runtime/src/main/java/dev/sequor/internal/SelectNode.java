package dev.sequor.internal;

import dev.sequor.AggregateCriterion;
import dev.sequor.Criterion;
import dev.sequor.Lock;
import java.util.List;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SelectForUpdateStep;
import org.jooq.SelectForUpdateWaitStep;
import org.jooq.SelectHavingStep;
import org.jooq.SelectLimitStep;
import org.jooq.SelectWhereStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * {@code SELECT [DISTINCT] <columns> FROM <table> [WHERE] [GROUP BY] [HAVING] [ORDER BY] [OFFSET] [LIMIT] [FOR ...]}
 * of one model's table: the finders, counts, aggregates and {@code Select}s. {@code null} for a clause not given.
 */
final class SelectNode extends Node {

  private final Table<Record> table;
  private final boolean distinct;
  private final List<?> columns;
  private final Object where;
  private final List<?> groupBy;
  private final Object having;
  private final List<?> order;
  private final Value<Integer> limit;
  private final Value<Integer> offset;
  private final Lock lock;
  private final Lock.Wait wait;

  SelectNode(Table<Record> table, boolean distinct, List<?> columns, Criterion<?> where, List<?> groupBy,
      AggregateCriterion<?> having, List<?> order, Value<Integer> limit, Value<Integer> offset, Lock lock, Lock.Wait wait) {
    this(table, distinct, columns, clause(where), groupBy, clause(having), order, limit, offset, lock, wait);
  }

  /** A select of {@code columns} from {@code table} where {@code where} (null for every row), nothing else. */
  SelectNode(Table<Record> table, List<?> columns, Criterion<?> where) {
    this(table, false, columns, where, List.of(), null, List.of(), null, null, null, Lock.Wait.WAIT);
  }

  private SelectNode(Table<Record> table, boolean distinct, List<?> columns, Object where, List<?> groupBy,
      Object having, List<?> order, Value<Integer> limit, Value<Integer> offset, Lock lock, Lock.Wait wait) {
    super(shape(table, distinct, columns, where, groupBy, having, order, limit, offset, lock, wait));
    this.table = table;
    this.distinct = distinct;
    this.columns = columns;
    this.where = where;
    this.groupBy = groupBy;
    this.having = having;
    this.order = order;
    this.limit = limit;
    this.offset = offset;
    this.lock = lock;
    this.wait = wait;
  }

  /** A criterion's node; none for {@link SqlTree#always()}, which jOOQ would render as {@code WHERE true}. */
  private static Object clause(Object criterion) {
    return criterion == null || SqlTree.isAlways(criterion) ? null : SqlTree.node(criterion);
  }

  private static int shape(Table<Record> table, boolean distinct, List<?> columns, Object where, List<?> groupBy,
      Object having, List<?> order, Value<Integer> limit, Value<Integer> offset, Lock lock, Lock.Wait wait) {
    int h = System.identityHashCode(table);
    h = 31 * h + (distinct ? 1 : 0);
    h = 31 * h + hash(columns);
    h = 31 * h + hash(where);
    h = 31 * h + hash(groupBy);
    h = 31 * h + hash(having);
    h = 31 * h + hash(order);
    h = 31 * h + (limit == null ? 0 : 1) + (offset == null ? 0 : 2);
    return 31 * h + Objects.hash(lock, wait);
  }

  @Override
  SelectNode withoutValues() {
    return new SelectNode(table, distinct, withoutValues(columns), withoutValues(where), withoutValues(groupBy),
        withoutValues(having), withoutValues(order), limit == null ? null : limit.withoutValues(),
        offset == null ? null : offset.withoutValues(), lock, wait);
  }

  @Override
  boolean sameShape(Node other) {
    SelectNode s = (SelectNode) other;
    return table == s.table && distinct == s.distinct && (limit == null) == (s.limit == null)
        && (offset == null) == (s.offset == null) && lock == s.lock && wait == s.wait && same(columns, s.columns)
        && same(where, s.where) && same(groupBy, s.groupBy) && same(having, s.having) && same(order, s.order);
  }

  @Override
  void collect(List<Value<?>> values) {
    collect(columns, values);
    collect(where, values);
    collect(groupBy, values);
    collect(having, values);
    collect(order, values);
    collect(limit, values);
    collect(offset, values);
  }

  @Override
  QueryPart toJooq(Binds binds) {
    // each part in collect() order; then the statement
    SelectFieldOrAsterisk[] fields = new SelectFieldOrAsterisk[columns.size()];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = (SelectFieldOrAsterisk) toJooq(columns.get(i), binds);
    }
    Condition whereCondition = where == null ? DSL.noCondition() : (Condition) toJooq(where, binds);
    Field<?>[] groupFields = new Field<?>[groupBy.size()];
    for (int i = 0; i < groupFields.length; i++) {
      groupFields[i] = (Field<?>) toJooq(groupBy.get(i), binds);
    }
    Condition havingCondition = having == null ? DSL.noCondition() : (Condition) toJooq(having, binds);
    SortField<?>[] sortFields = new SortField<?>[order.size()];
    for (int i = 0; i < sortFields.length; i++) {
      sortFields[i] = (SortField<?>) toJooq(order.get(i), binds);
    }
    Field<Integer> limitParam = limit == null ? null : binds.bind(limit);
    Field<Integer> offsetParam = offset == null ? null : binds.bind(offset);

    SelectWhereStep<Record> from = (distinct ? DSL.selectDistinct(fields) : DSL.select(fields)).from(table);
    SelectHavingStep<Record> grouped = groupFields.length == 0
        ? from.where(whereCondition) // an empty GROUP BY renders as "group by ()": leave it out
        : from.where(whereCondition).groupBy(groupFields);
    SelectLimitStep<Record> ordered = grouped.having(havingCondition).orderBy(sortFields);
    SelectForUpdateStep<Record> limited;
    if (limitParam != null) {
      limited = offsetParam == null ? ordered.limit(limitParam) : ordered.limit(limitParam).offset(offsetParam);
    } else {
      limited = offsetParam == null ? ordered : ordered.offset(offsetParam);
    }
    if (lock == null) {
      return limited;
    }
    SelectForUpdateWaitStep<Record> locked = switch (lock) {
      case UPDATE -> limited.forUpdate();
      case NO_KEY_UPDATE -> limited.forNoKeyUpdate();
      case SHARE -> limited.forShare();
      case KEY_SHARE -> limited.forKeyShare();
    };
    return switch (wait) {
      case WAIT -> locked;
      case SKIP_LOCKED -> locked.skipLocked();
      case NOWAIT -> locked.noWait();
    };
  }
}
