package dev.sequor.internal;

import dev.sequor.Association;
import dev.sequor.Attribute;
import dev.sequor.Expression;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The row a single-valued association points to, read as a correlated scalar subquery:
 * {@code (SELECT "t"."credit_limit" FROM "customers" AS "t" WHERE "t"."id" = "orders"."customer_id")}, what
 * {@link Association#col} wraps in {@link Operator#ASSOCIATED}. The subquery reads one expression of the target
 * (its columns named through the alias), and keeps only target rows matching the association's {@code where}.
 *
 * <p>The target's table has an alias so that a self-association (an employee's manager, an employee too) names the
 * inner and the outer row apart; the outer column is qualified by the source's table name, which the alias hides
 * inside the subquery. jOOQ would leave both unqualified in a statement of one table, so they are built as names.
 */
final class AssociatedRow extends Node {

  private final DefaultAssociation.Definition definition;
  /** An attribute or a node of the target. */
  private final Object column;
  /** A criterion node of the target, or null. */
  private final Object criterion;

  private AssociatedRow(DefaultAssociation.Definition definition, Object column, Object criterion) {
    super(31 * (31 * System.identityHashCode(definition) + hash(column)) + hash(criterion));
    this.definition = definition;
    this.column = column;
    this.criterion = criterion;
  }

  /**
   * The operands of {@link Operator#ASSOCIATED} after its type: this subquery, then the source's column it reads
   * (never rendered from there: the subquery names it, qualified; it is an operand so that the grouping check sees
   * which column of the source the value depends on).
   *
   * @throws IllegalArgumentException for an association of many rows, an include option that means nothing here,
   *     or a column that reads another association (an aggregate is not an {@code Expression}: javac refuses it)
   */
  static Object[] operands(Association<?, ?> association, Expression<?, ?> column) {
    if (!(association instanceof DefaultAssociation<?, ?> declared)) {
      throw new IllegalArgumentException("not made by Sequor: " + association + "; associations are the generated"
          + " constants, such as OrderModel.CUSTOMER");
    }
    String name = "association " + association.name() + " of model " + association.source().name();
    if (association.kind().isMany()) {
      String source = association.source().name();
      String target = association.target().name();
      throw new IllegalArgumentException("col(" + column + ") of " + name + ": it is a "
          + (association.kind() == Association.Kind.HAS_MANY ? "hasMany" : "belongsToMany") + ": each " + source
          + " row has many " + target + " rows, so there is no one value of " + column + ". To find " + source
          + " rows by their " + target + " rows, include it with a where (include(" + association.name()
          + ".where(...)) keeps only the " + source + " rows with a matching one), or query " + target
          + " and compare through its association to " + source + "; col reads belongsTo and hasOne only");
    }
    if (!association.includes().isEmpty() || !association.orderKeys().isEmpty()
        || association.isRequired() != association.criterion().isPresent()) {
      throw new IllegalArgumentException("col(" + column + ") of " + name + ": col takes the association alone or"
          + " with a where, as in " + association.name() + ".where(...).col(...); include, order and required mean"
          + " nothing for the one associated row's value, which is NULL when there is none");
    }
    Object inner = SqlTree.unaliased(column);
    if (!(inner instanceof Attribute<?, ?>)) {
      inner = SqlTree.node(inner);
    }
    Object where = association.criterion().map(SqlTree::node).orElse(null);
    check(name, column, inner);
    check(name, column, where);
    DefaultAssociation.Links links = declared.definition().links();
    return new Object[] {new AssociatedRow(declared.definition(), inner, where), links.source()};
  }

  /**
   * Refuses what reads another association (one level only: a path such as {@code customer.region.name} would need
   * the subquery's alias in the nested one).
   */
  private static void check(String name, Object column, Object operand) {
    if (!(operand instanceof Call call)) {
      return;
    }
    if (call.operator() == Operator.ASSOCIATED) {
      throw new IllegalArgumentException("col(" + column + ") of " + name + " reads another association: col goes"
          + " one association deep; query from a model nearer the value instead");
    }
    for (int i = 0; i < call.operandCount(); i++) {
      check(name, column, call.operand(i));
    }
  }

  @Override
  boolean sameShape(Node other) {
    AssociatedRow row = (AssociatedRow) other;
    return definition == row.definition && same(column, row.column) && same(criterion, row.criterion);
  }

  @Override
  void collect(List<Value<?>> values) {
    collect(column, values);
    collect(criterion, values);
  }

  @Override
  Node withoutValues() {
    return new AssociatedRow(definition, withoutValues(column), withoutValues(criterion));
  }

  /** The subquery, the column (then the criterion) built first: the order of {@link #collect}. */
  @Override
  QueryPart toJooq(Binds binds) {
    DefaultAssociation.Links links = definition.links();
    String source = definition.source().table().getName();
    String alias = source.equals("t") ? "t1" : "t"; // only the source's name must differ from it
    Binds aliased = new Aliased(binds, alias);
    Field<?> value = (Field<?>) toJooq(column, aliased);
    Condition on = DSL.field(DSL.name(alias, links.target().column()))
        .eq(DSL.field(DSL.name(source, links.source().column())));
    if (criterion != null) {
      on = on.and((Condition) toJooq(criterion, aliased));
    }
    Table<?> target = definition.target().table().as(alias);
    return DSL.select(value).from(target).where(on);
  }

  /** The target's columns under the subquery's alias; the values as outside it, in the same order. */
  private record Aliased(Binds outer, String alias) implements Binds {
    @Override
    public <T> Field<T> bind(Value<T> value) {
      return outer.bind(value);
    }

    @Override
    public Field<?> column(Attribute<?, ?> attribute) {
      return DSL.field(DSL.name(alias, attribute.column()), attribute.field().getDataType());
    }
  }
}
