package dev.sequor.internal;

import dev.sequor.ColumnType;
import java.util.Arrays;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * Every operator of Sequor's tree and the jOOQ it builds: the one place that says what SQL each criterion,
 * function and order key means. jOOQ's own DSL wherever it has the operator; a jOOQ template for PostgreSQL's
 * operators that jOOQ does not model ({@code ~*}, {@code <@}, {@code ILIKE ANY}) or models only for its own array
 * types ({@code = ANY (?)} with an enum array, {@code @>} on a {@code List} attribute).
 *
 * <p>{@link #build} receives the jOOQ form of each node or attribute operand ({@code null} for a constant) and the
 * operands themselves (for constants). An expression's first operand is its {@link ColumnType}, constant.
 */
public enum Operator {

  // ---- criteria --------------------------------------------------------------------------------------------
  TRUE((p, o) -> DSL.trueCondition()),
  FALSE((p, o) -> DSL.falseCondition()),
  AND((p, o) -> DSL.and(conditions(p))),
  OR((p, o) -> DSL.or(conditions(p))),
  NOT((p, o) -> DSL.not(c(p[0]))),
  EQ((p, o) -> f(p[0]).eq(f(p[1]))),
  NE((p, o) -> f(p[0]).ne(f(p[1]))),
  GT((p, o) -> f(p[0]).gt(f(p[1]))),
  GE((p, o) -> f(p[0]).ge(f(p[1]))),
  LT((p, o) -> f(p[0]).lt(f(p[1]))),
  LE((p, o) -> f(p[0]).le(f(p[1]))),
  LIKE((p, o) -> s(p[0]).like(s(p[1]))),
  NOT_LIKE((p, o) -> s(p[0]).notLike(s(p[1]))),
  ILIKE((p, o) -> s(p[0]).likeIgnoreCase(s(p[1]))),
  NOT_ILIKE((p, o) -> s(p[0]).notLikeIgnoreCase(s(p[1]))),
  /** {@code LIKE pattern ESCAPE '\'}: startsWith and the like, whose value's wildcards are escaped. */
  LIKE_ESCAPED((p, o) -> s(p[0]).like(s(p[1]), Operator.LIKE_ESCAPE)),
  NOT_LIKE_ESCAPED((p, o) -> s(p[0]).notLike(s(p[1]), Operator.LIKE_ESCAPE)),
  REGEXP((p, o) -> s(p[0]).likeRegex(s(p[1]))),
  NOT_REGEXP((p, o) -> s(p[0]).notLikeRegex(s(p[1]))),
  IREGEXP((p, o) -> DSL.condition("{0} ~* {1}", p[0], p[1])),
  NOT_IREGEXP((p, o) -> DSL.condition("{0} !~* {1}", p[0], p[1])),
  BETWEEN((p, o) -> f(p[0]).between(f(p[1]), f(p[2]))),
  NOT_BETWEEN((p, o) -> f(p[0]).notBetween(f(p[1]), f(p[2]))),
  IS_NULL((p, o) -> f(p[0]).isNull()),
  IS_NOT_NULL((p, o) -> f(p[0]).isNotNull()),
  /** {@code = true}: unlike {@code IS TRUE}, its negation leaves out NULLs too. */
  IS_TRUE((p, o) -> f(p[0]).isTrue()),
  IS_FALSE((p, o) -> f(p[0]).isFalse()),
  IS_NOT_TRUE((p, o) -> f(p[0]).isDistinctFrom(DSL.inline(true))),
  IS_NOT_FALSE((p, o) -> f(p[0]).isDistinctFrom(DSL.inline(false))),
  /** {@code expr = ANY (?)}: {@code IN} with the values in one array parameter, one shape for any count. */
  IN_ARRAY((p, o) -> DSL.condition("{0} = any ({1})", p[0], p[1])),
  /** {@code expr <> ALL (?)}: {@code NOT IN} likewise. */
  NOT_IN_ARRAY((p, o) -> DSL.condition("{0} <> all ({1})", p[0], p[1])),
  /**
   * {@code expr IN (SELECT CAST(e AS <expr's type>) FROM unnest(?) AS u(e))}: {@code IN} over an array column, its
   * values array literals in one {@code text[]} parameter, each cast back to the column's array type (an array of
   * arrays would be one multidimensional array of their elements).
   */
  IN_LITERALS((p, o) -> DSL.condition("{0} in ({1})", p[0], castUnnested(p))),
  NOT_IN_LITERALS((p, o) -> DSL.condition("{0} not in ({1})", p[0], castUnnested(p))),
  /** {@code expr IN (?, ?, ...)}: for types without a PostgreSQL array form; one shape per count. */
  IN_LIST((p, o) -> f(p[0]).in(fields(p, 1))),
  /**
   * {@code x IN (SELECT unnest(?))}: the keys of an include's rows, one array parameter. Unlike {@code = ANY (?)},
   * whose generic plan (PostgreSQL's, once a prepared statement has run five times) compares each row with every
   * key in turn, it is planned as a hash semi-join whatever the plan: 4 ms instead of 40 for 10,000 rows and 1,000
   * keys.
   */
  IN_UNNEST((p, o) -> DSL.condition("{0} in (select unnest({1}))", p[0], p[1])),
  /** {@code x IN (SELECT y FROM ...)}: a required include's semi-join, uncorrelated, so no name needs a table. */
  IN_SELECT((p, o) -> DSL.condition("{0} in ({1})", p[0], p[1])),
  NOT_IN_LIST((p, o) -> f(p[0]).notIn(fields(p, 1))),
  /**
   * {@code expr <op> ANY|ALL (<array>)}: operands expression, the operator and quantifier as a constant
   * ({@code "> any"}, {@code "not ilike all"}), the array (one parameter, or {@code ARRAY[?, ...]}).
   */
  QUANTIFIED((p, o) -> DSL.condition("{0} " + o[1] + " ({1})", p[0], p[2])),
  // Array operators as templates: jOOQ models them only for its own array types, not for a converted one (an
  // attribute holding a List), where Field.contains would even mean LIKE. Containment is jsonb's too.
  CONTAINS((p, o) -> DSL.condition("{0} @> {1}", p[0], p[1])),
  CONTAINED((p, o) -> DSL.condition("{0} <@ {1}", p[0], p[1])),
  ARRAY_OVERLAP((p, o) -> DSL.condition("{0} && {1}", p[0], p[1])),
  /** {@code ? = ANY (column)}: operands the array column, then the element. */
  ARRAY_HAS((p, o) -> DSL.condition("{0} = any ({1})", p[1], p[0])),
  /**
   * A jOOQ condition of the user's ({@code Criterion.of}): its SQL with a {@code ?} per bind value (a constant,
   * part of the shape), then those values.
   */
  RAW((p, o) -> DSL.condition((String) o[0], (Object[]) Arrays.copyOfRange(p, 1, p.length))),

  // ---- expressions: operand 0 is the result's ColumnType ----------------------------------------------------
  COUNT_ALL((p, o) -> DSL.count().coerce(type(o))),
  COUNT((p, o) -> DSL.count(f(p[1])).coerce(type(o))),
  COUNT_DISTINCT((p, o) -> DSL.countDistinct(f(p[1])).coerce(type(o))),
  SUM((p, o) -> DSL.sum(n(p[1])).coerce(type(o))),
  /** {@code coalesce(sum(expr), 0)}: the zero inline, so that PostgreSQL gives it the sum's type. */
  SUM_OR_ZERO((p, o) -> DSL.coalesce(DSL.sum(n(p[1])), DSL.inline(0)).coerce(type(o))),
  AVG((p, o) -> DSL.avg(n(p[1])).coerce(type(o))),
  MAX((p, o) -> DSL.max(f(p[1])).coerce(type(o))),
  MIN((p, o) -> DSL.min(f(p[1])).coerce(type(o))),
  LOWER((p, o) -> DSL.lower(s(p[1])).coerce(type(o))),
  UPPER((p, o) -> DSL.upper(s(p[1])).coerce(type(o))),
  CHAR_LENGTH((p, o) -> DSL.charLength(s(p[1])).coerce(type(o))),
  COALESCE((p, o) -> DSL.coalesce(f(p[1]), f(p[2])).coerce(type(o))),
  PLUS((p, o) -> f(p[1]).plus(f(p[2])).coerce(type(o))),
  MINUS((p, o) -> f(p[1]).minus(f(p[2])).coerce(type(o))),
  TIMES((p, o) -> f(p[1]).times(n(p[2])).coerce(type(o))),
  /** {@code Fn.literal}: operands the type, the jOOQ template (constant), then the template's arguments. */
  LITERAL((p, o) -> DSL.field((String) o[1], type(o), (Object[]) Arrays.copyOfRange(p, 2, p.length))),
  /**
   * A column of the row a belongsTo or hasOne points to ({@code Association.col}), a correlated scalar subquery:
   * operands the type, the subquery ({@link AssociatedRow}), the source's column it reads (named by the subquery).
   */
  ASSOCIATED((p, o) -> DSL.field(scalar(p[1])).coerce(type(o))),
  /** An expression under an alias: operands the type, the expression, the alias (constant). */
  ALIAS((p, o) -> f(p[1]).as((String) o[2])),

  // ---- order keys ----------------------------------------------------------------------------------------
  ASC((p, o) -> f(p[0]).asc()),
  ASC_NULLS_FIRST((p, o) -> f(p[0]).asc().nullsFirst()),
  ASC_NULLS_LAST((p, o) -> f(p[0]).asc().nullsLast()),
  DESC((p, o) -> f(p[0]).desc()),
  DESC_NULLS_FIRST((p, o) -> f(p[0]).desc().nullsFirst()),
  DESC_NULLS_LAST((p, o) -> f(p[0]).desc().nullsLast()),

  // ---- arrays of values ----------------------------------------------------------------------------------
  /** {@code ARRAY[?, ?, ...]}: the values of a quantifier whose type has no array parameter form. */
  ARRAY_OF((p, o) -> DSL.array(fields(p, 0)));

  static final char LIKE_ESCAPE = '\\';

  @FunctionalInterface
  interface Build {
    QueryPart build(QueryPart[] parts, Object[] operands);
  }

  private final Build build;

  Operator(Build build) {
    this.build = build;
  }

  QueryPart build(QueryPart[] parts, Object[] operands) {
    return build.build(parts, operands);
  }

  /** The order operator of a direction and a NULLS placement (0 default, 1 first, 2 last). */
  static Operator order(boolean descending, int nulls) {
    return values()[(descending ? DESC : ASC).ordinal() + nulls];
  }

  @SuppressWarnings("unchecked")
  private static Field<Object> f(QueryPart part) {
    return (Field<Object>) part;
  }

  @SuppressWarnings("unchecked")
  private static Field<String> s(QueryPart part) {
    return (Field<String>) part;
  }

  @SuppressWarnings("unchecked")
  private static Field<Number> n(QueryPart part) {
    return (Field<Number>) part;
  }

  @SuppressWarnings("unchecked")
  private static Select<Record1<Object>> scalar(QueryPart part) {
    return (Select<Record1<Object>>) part;
  }

  private static Condition c(QueryPart part) {
    return (Condition) part;
  }

  private static Condition[] conditions(QueryPart[] parts) {
    Condition[] conditions = new Condition[parts.length];
    for (int i = 0; i < parts.length; i++) {
      conditions[i] = (Condition) parts[i];
    }
    return conditions;
  }

  private static Field<?>[] fields(QueryPart[] parts, int from) {
    Field<?>[] fields = new Field<?>[parts.length - from];
    for (int i = from; i < parts.length; i++) {
      fields[i - from] = (Field<?>) parts[i];
    }
    return fields;
  }

  /** {@code SELECT CAST(u.e AS <type of p[0]>) FROM unnest(p[1]) AS u(e)}. */
  private static QueryPart castUnnested(QueryPart[] p) {
    Field<Object> element = DSL.field(DSL.name("u", "e"));
    return DSL.select(DSL.cast(element, f(p[0]).getDataType())).from(DSL.table("unnest({0})", p[1])
        .as(DSL.name("u"), DSL.name("e")));
  }

  @SuppressWarnings("unchecked")
  private static DataType<Object> type(Object[] operands) {
    return ((ColumnType<Object>) operands[0]).dataType();
  }

  static {
    // ASC .. DESC_NULLS_LAST are declared in the order order() computes
    assert values()[ASC.ordinal() + 2] == ASC_NULLS_LAST && values()[DESC.ordinal() + 2] == DESC_NULLS_LAST;
  }

  /** Whether this operator is an aggregate function: its value is one per group of rows, not one per row. */
  boolean isAggregate() {
    return switch (this) {
      case COUNT_ALL, COUNT, COUNT_DISTINCT, SUM, SUM_OR_ZERO, AVG, MAX, MIN -> true;
      default -> false;
    };
  }
}
