package dev.sequor.internal;

import dev.sequor.Criterion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.UpdateConditionStep;
import org.jooq.impl.DSL;

/**
 * {@code UPDATE <table> SET <assignments> [WHERE] [RETURNING]} (update by criteria, or of one instance with computed
 * values) and {@code DELETE FROM <table> [WHERE]} ({@code assignments} null). The returned columns are a constant of
 * the repository, compared by identity.
 */
final class UpdateNode extends Node {

  private final Table<Record> table;
  private final List<AssignmentNode<?>> assignments;
  private final Object where;
  private final SelectField<?>[] returning;

  UpdateNode(Table<Record> table, List<AssignmentNode<?>> assignments, Criterion<?> where,
      SelectField<?>[] returning) {
    this(table, assignments, SqlTree.isAlways(where) ? null : SqlTree.node(where), returning);
  }

  private UpdateNode(Table<Record> table, List<AssignmentNode<?>> assignments, Object where,
      SelectField<?>[] returning) {
    super(31 * (31 * System.identityHashCode(table) + (assignments == null ? -1 : hash(assignments))) + hash(where)
        + System.identityHashCode(returning));
    this.table = table;
    this.assignments = assignments;
    this.where = where;
    this.returning = returning;
  }

  /** {@code DELETE FROM <table> [WHERE]}. */
  static UpdateNode delete(Table<Record> table, Criterion<?> where) {
    return new UpdateNode(table, null, where, null);
  }

  @Override
  boolean sameShape(Node other) {
    UpdateNode u = (UpdateNode) other;
    return table == u.table && returning == u.returning && (assignments == null) == (u.assignments == null)
        && (assignments == null || same(assignments, u.assignments)) && same(where, u.where);
  }

  @Override
  UpdateNode withoutValues() {
    List<AssignmentNode<?>> shapes = null;
    if (assignments != null) {
      shapes = new ArrayList<>(assignments.size());
      for (AssignmentNode<?> assignment : assignments) {
        shapes.add(assignment.withoutValues());
      }
    }
    return new UpdateNode(table, shapes, withoutValues(where), returning);
  }

  @Override
  void collect(List<Value<?>> values) {
    if (assignments != null) {
      collect(assignments, values);
    }
    collect(where, values);
  }

  @Override
  QueryPart toJooq(Binds binds) {
    Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
    if (assignments != null) {
      for (AssignmentNode<?> a : assignments) {
        set.put(a.attribute().field(), (Field<?>) a.toJooq(binds));
      }
    }
    Condition condition = where == null ? DSL.noCondition() : (Condition) toJooq(where, binds);
    if (assignments == null) {
      return DSL.deleteFrom(table).where(condition);
    }
    UpdateConditionStep<Record> update = DSL.update(table).set(set).where(condition);
    return returning == null ? update : update.returning(returning);
  }
}
