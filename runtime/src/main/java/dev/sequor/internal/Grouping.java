package dev.sequor.internal;

import dev.sequor.Attribute;
import dev.sequor.Expression;
import dev.sequor.Selectable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The check that a select mixing aggregates with plain values groups by those values, made when the select first
 * runs (or renders), before any SQL: {@code select(CATEGORY, Fn.count())} without {@code groupBy(CATEGORY)} has one
 * count for all rows and no one category to show with it, which PostgreSQL refuses ("must appear in the GROUP BY
 * clause"). The types cannot tell, since whether a value is grouped depends on a later call; this names the
 * attributes to group by instead.
 *
 * <p>With a {@code groupBy}, PostgreSQL judges the rest: a column that depends on a grouped primary key may be
 * selected without being grouped. A select holding an {@code Fn.literal} is not checked either: its template may
 * be an aggregate Sequor cannot see.
 */
final class Grouping {

  private final Set<Attribute<?, ?>> plain = new LinkedHashSet<>();
  private boolean aggregate;
  private boolean opaque;

  private Grouping() {}

  /** Refuses {@code columns} when they mix aggregates with attributes outside any and {@code groupBy} is empty. */
  static void check(String model, List<? extends Selectable<?, ?>> columns,
      List<? extends Expression<?, ?>> groupBy) {
    if (!groupBy.isEmpty()) {
      return;
    }
    Grouping grouping = new Grouping();
    for (Selectable<?, ?> column : columns) {
      grouping.scan(column, false);
    }
    if (grouping.aggregate && !grouping.opaque && !grouping.plain.isEmpty()) {
      String names = grouping.plain.stream().map(Attribute::name).collect(Collectors.joining(", "));
      throw new IllegalStateException("This select of " + model + " mixes aggregates with " + names + ", which "
          + (grouping.plain.size() == 1 ? "is" : "are") + " not grouped: an aggregate without groupBy is one value"
          + " for all rows, with no single " + names + " to show beside it. Add groupBy(" + names + ") for one row"
          + " per group, or select " + (grouping.plain.size() == 1 ? "it" : "them")
          + " through an aggregate (Fn.max, Fn.min).");
    }
  }

  private void scan(Object operand, boolean insideAggregate) {
    if (operand instanceof Attribute<?, ?> attribute) {
      if (!insideAggregate) {
        plain.add(attribute);
      }
    } else if (operand instanceof Call call) {
      Operator operator = call.operator();
      if (operator == Operator.LITERAL) {
        opaque = true;
      }
      aggregate |= operator.isAggregate();
      for (int i = 0; i < call.operandCount(); i++) {
        scan(call.operand(i), insideAggregate || operator.isAggregate());
      }
    }
  }
}
