package dev.sequor.internal;

import dev.sequor.AggregateCriterion;
import dev.sequor.Association;
import dev.sequor.Attribute;
import dev.sequor.ColumnType;
import dev.sequor.ColumnTypes;
import dev.sequor.ComparableAggregate;
import dev.sequor.ComparableExpression;
import dev.sequor.Criterion;
import dev.sequor.Expression;
import dev.sequor.NumberExpression;
import dev.sequor.Order;
import dev.sequor.Assignment;
import dev.sequor.Selectable;
import dev.sequor.StringExpression;
import dev.sequor.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.Param;

/**
 * How the public API ({@code dev.sequor}) builds Sequor's statement tree: every criterion, expression, order key
 * and assignment a user makes is one of the nodes built here. Operands are the public expressions (attributes or
 * nodes) and the opaque values {@link #value} returns.
 */
public final class SqlTree {

  private static final CriterionNode<?> ALWAYS = new CriterionNode<>(Operator.TRUE);
  private static final CriterionNode<?> NEVER = new CriterionNode<>(Operator.FALSE);

  private SqlTree() {}

  /** A bind value of {@code type}: an operand for {@link #criterion} and the expression factories. */
  public static <T> Object value(ColumnType<T> type, T value) {
    return new Value<>(Objects.requireNonNull(type, "type"), value);
  }

  // ---- criteria ---------------------------------------------------------------------------------------------

  public static <M> Criterion<M> criterion(Operator operator, Object... operands) {
    checkValues(operands);
    return new CriterionNode<>(operator, operands);
  }

  /**
   * {@code left <operator> right...} where every operand is an expression of the model, column against column: no
   * bind value, so each pair of attributes or expressions is a shape of its own. Aliases are left out, as in every
   * criterion.
   */
  @SafeVarargs
  public static <M, T> Criterion<M> compare(Operator operator, Expression<M, T> left, Expression<M, T>... right) {
    Object[] operands = new Object[right.length + 1];
    operands[0] = unaliased(Objects.requireNonNull(left, "left"));
    for (int i = 0; i < right.length; i++) {
      operands[i + 1] = unaliased(Objects.requireNonNull(right[i], "other"));
    }
    return new CriterionNode<>(operator, operands);
  }

  @SuppressWarnings("unchecked")
  public static <M> Criterion<M> always() {
    return (Criterion<M>) ALWAYS;
  }

  /** Whether {@code criterion} is {@link #always()}: a statement then has no {@code WHERE}. */
  static boolean isAlways(Object criterion) {
    return criterion == ALWAYS;
  }

  @SuppressWarnings("unchecked")
  static <M> Criterion<M> never() {
    return (Criterion<M>) NEVER;
  }

  /** {@code a AND b}, flattened as jOOQ renders it: {@code a.and(b).and(c)} is one {@code AND} of three. */
  static <M> Criterion<M> and(Criterion<M> a, Criterion<M> b) {
    if (a == ALWAYS) {
      return b;
    }
    if (b == ALWAYS) {
      return a;
    }
    return junction(Operator.AND, List.of(a, b));
  }

  /** {@code a OR b}; with {@link #always()} on either side, every row. */
  static <M> Criterion<M> or(Criterion<M> a, Criterion<M> b) {
    if (a == ALWAYS || b == ALWAYS) {
      return always();
    }
    return junction(Operator.OR, List.of(a, b));
  }

  /** Any of {@code criteria}; none match no row. One criterion stays a disjunction: it pins no values. */
  public static <M> Criterion<M> or(List<Criterion<M>> criteria) {
    if (criteria.isEmpty()) {
      return never();
    }
    for (Criterion<M> c : criteria) {
      if (Objects.requireNonNull(c, "criterion") == ALWAYS) {
        return always();
      }
    }
    return junction(Operator.OR, criteria);
  }

  static <M> Criterion<M> not(Criterion<M> criterion) {
    return criterion == ALWAYS ? never() : new CriterionNode<>(Operator.NOT, node(criterion));
  }

  private static <M> Criterion<M> junction(Operator operator, List<Criterion<M>> criteria) {
    return new CriterionNode<>(operator, flatten(operator, criteria));
  }

  /** The operands of {@code operator} over {@code criteria}, a nested junction of the same operator taken apart. */
  private static Object[] flatten(Operator operator, List<?> criteria) {
    List<Object> parts = new ArrayList<>();
    for (Object c : criteria) {
      if (c instanceof ConditionNode node && node.operator() == operator) {
        for (int i = 0; i < node.operandCount(); i++) {
          parts.add(node.operand(i));
        }
      } else {
        parts.add(node(c));
      }
    }
    return parts.toArray();
  }

  // ---- aggregate criteria (HAVING) ----------------------------------------------------------------------------

  /** {@code aggregate <operator> operands...}: a criterion on groups, its aggregate shown without its alias. */
  public static <M> AggregateCriterion<M> having(Operator operator, Selectable<M, ?> aggregate, Object... operands) {
    checkValues(prepend(aggregate, operands));
    return new AggregateCriterionNode<>(operator, prepend(unaliasedOperand(aggregate), operands));
  }

  /** The row-shaped criterion {@code criterion} (of an aggregate, say an {@code IN}) as a criterion on groups. */
  public static <M> AggregateCriterion<M> having(Criterion<M> criterion) {
    Call call = (Call) node(criterion);
    Object[] operands = new Object[call.operandCount()];
    for (int i = 0; i < operands.length; i++) {
      operands[i] = call.operand(i);
    }
    return new AggregateCriterionNode<>(call.operator(), operands);
  }

  /**
   * {@code a AND b} or {@code a OR b} where either is a criterion on groups: one. A row-level {@link #always()} is
   * left out of an {@code AND} as it is from criteria.
   */
  static <M> AggregateCriterion<M> havingJunction(Operator operator, Object a, Object b) {
    if (operator == Operator.AND && a == ALWAYS) {
      return asHaving(b);
    }
    if (operator == Operator.AND && b == ALWAYS) {
      return asHaving(a);
    }
    return new AggregateCriterionNode<>(operator, flatten(operator, List.of(a, b)));
  }

  /** {@code criterion}, a criterion on groups already or a row-level one, as a criterion on groups. */
  @SuppressWarnings("unchecked")
  private static <M> AggregateCriterion<M> asHaving(Object criterion) {
    return criterion instanceof AggregateCriterion<?> groups ? (AggregateCriterion<M>) groups
        : having((Criterion<M>) criterion);
  }

  /** {@code expr [NOT] IN (...)}: one array parameter where the type has an array form, else one per value. */
  public static <M, T> Criterion<M> in(Selectable<M, T> expression, Collection<? extends T> values, boolean not) {
    Object[] list = new ArrayList<>(values).toArray(); // a snapshot; nulls allowed, as SQL's IN takes them
    if (list.length == 0) {
      return not ? always() : never(); // Sequelize: IN () matches no row, NOT IN () every row
    }
    @SuppressWarnings("unchecked") // the operand without its alias has its type
    Selectable<M, T> left = (Selectable<M, T>) unaliasedOperand(expression);
    Text.check(left, list);
    ColumnType<Object[]> array = ColumnTypeImpls.parameterArray(left.type());
    if (array != null) {
      return new CriterionNode<>(not ? Operator.NOT_IN_ARRAY : Operator.IN_ARRAY, left, new Value<>(array, list));
    }
    ColumnType<Object[]> literals = ColumnTypeImpls.literalArray(left.type());
    if (literals != null) {
      return new CriterionNode<>(not ? Operator.NOT_IN_LITERALS : Operator.IN_LITERALS, left,
          new Value<>(literals, list));
    }
    checkParameterCount(left, list.length, not ? "notIn" : "in");
    Object[] operands = new Object[list.length + 1];
    operands[0] = left;
    for (int i = 0; i < list.length; i++) {
      operands[i + 1] = new Value<>(left.type(), cast(list[i]));
    }
    return new CriterionNode<>(not ? Operator.NOT_IN_LIST : Operator.IN_LIST, operands);
  }

  /**
   * {@code expr <operator> ANY|ALL (values)}; {@code operator} is one of {@code > >= < <= like} and {@code not
   * like}, {@code ilike}, {@code not ilike}. An empty list: under {@code ANY} no row, under {@code ALL} every row.
   * A {@code null} element is refused ({@link NullPointerException}): {@code x = ANY (ARRAY[NULL])} is never true.
   */
  public static <M, T> Criterion<M> quantified(Expression<M, T> expression, String operator, boolean all,
      Collection<? extends T> given) {
    List<T> values = List.copyOf(given);
    if (values.isEmpty()) {
      return all ? always() : never();
    }
    Expression<M, T> left = unaliased(expression);
    Text.check(left, values);
    ColumnType<Object[]> array = ColumnTypeImpls.parameterArray(left.type());
    Object right;
    if (array != null) {
      right = new Value<>(array, values.toArray());
    } else {
      checkParameterCount(left, values.size(), operator + (all ? " all" : " any"));
      Object[] elements = new Object[values.size()];
      for (int i = 0; i < elements.length; i++) {
        elements[i] = new Value<>(left.type(), values.get(i));
      }
      right = new Call(Operator.ARRAY_OF, elements);
    }
    return new CriterionNode<>(Operator.QUANTIFIED, left, operator + (all ? " all" : " any"), right);
  }

  /**
   * {@code expr [NOT] LIKE pattern ESCAPE '\'}, the pattern {@code value} taken literally, after a {@code %} when
   * {@code anyBefore} and before one when {@code anyAfter}: startsWith, endsWith, substring and their negations.
   */
  public static <M> Criterion<M> likeLiteral(StringExpression<M> expression, boolean not, boolean anyBefore,
      String value, boolean anyAfter) {
    Expression<M, String> left = unaliased(expression);
    Text.check(left, value); // the user's value, so that the message's index is in it
    String pattern = (anyBefore ? "%" : "") + escapeLike(value) + (anyAfter ? "%" : "");
    return new CriterionNode<>(not ? Operator.NOT_LIKE_ESCAPED : Operator.LIKE_ESCAPED, left,
        new Value<>(ColumnTypes.STRING, pattern));
  }

  /** Escapes LIKE's wildcards so that a user's value matches only itself. */
  public static String escapeLike(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%' || c == '_' || c == Operator.LIKE_ESCAPE) {
        sb.append(Operator.LIKE_ESCAPE);
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * A user's jOOQ condition ({@code Criterion.of}): rendered once here with a {@code ?} for each of its bind
   * values, which become values of the tree, so the statement's shape is the condition's SQL.
   */
  public static <M> Criterion<M> raw(Condition condition) {
    Objects.requireNonNull(condition, "condition");
    String sql = Rendering.JOOQ.render(condition);
    Text.checkSql("The SQL of the condition given to Criterion.of", sql); // a value inlined in it, say
    List<Object> operands = new ArrayList<>();
    operands.add(sql);
    for (Param<?> param : Rendering.JOOQ.extractParams(condition).values()) {
      if (!param.isInline()) {
        RawValue value = new RawValue(param);
        String problem = value.problem();
        if (problem != null) {
          throw new ValidationException(null, "bind value " + operands.size() + " of condition " + sql,
              param.getValue(), problem);
        }
        operands.add(new Value<>(RawValue.TYPE, value));
      }
    }
    return new CriterionNode<>(Operator.RAW, operands.toArray());
  }

  // ---- expressions ------------------------------------------------------------------------------------------

  public static <M, T> Expression<M, T> expression(Operator operator, ColumnType<T> type, Object... operands) {
    checkValues(operands);
    return new ExpressionNode<>(null, operator, prepend(type, operands));
  }

  public static <M, T extends Comparable<? super T>> ComparableExpression<M, T> comparable(Operator operator,
      ColumnType<T> type, Object... operands) {
    checkValues(operands);
    return new ExpressionNode.Comparable<>(operator, prepend(type, operands));
  }

  public static <M, T extends Number & Comparable<? super T>> NumberExpression<M, T> number(Operator operator,
      ColumnType<T> type, Object... operands) {
    checkValues(operands);
    return new ExpressionNode.Number<>(operator, prepend(type, operands));
  }

  /** An aggregate: {@code count}, {@code sum}, {@code avg}, {@code max}, {@code min}, or a function of one. */
  public static <M, T extends Comparable<? super T>> ComparableAggregate<M, T> aggregate(Operator operator,
      ColumnType<T> type, Object... operands) {
    checkValues(operands);
    Object[] unaliased = new Object[operands.length];
    for (int i = 0; i < operands.length; i++) {
      unaliased[i] = unaliasedOperand(operands[i]); // an alias names a select's column only
    }
    return new AggregateNode<>(null, operator, prepend(type, unaliased));
  }

  public static <M> StringExpression<M> text(Operator operator, Object... operands) {
    checkValues(operands);
    return new ExpressionNode.Text<>(operator, prepend(ColumnTypes.STRING, operands));
  }

  /** {@code Fn.literal}: the template is checked by building it once, so that a wrong one fails here. */
  public static <M, T> Expression<M, T> literal(String sql, ColumnType<T> type, Expression<M, ?>[] args) {
    Objects.requireNonNull(sql, "sql");
    Text.checkSql("The SQL of Fn.literal", sql);
    Object[] operands = new Object[args.length + 2];
    operands[0] = Objects.requireNonNull(type, "type");
    operands[1] = sql;
    for (int i = 0; i < args.length; i++) {
      operands[i + 2] = unaliased(args[i]);
    }
    ExpressionNode<M, T> literal = new ExpressionNode<>(sql, Operator.LITERAL, operands);
    literal.field();
    return literal;
  }

  /**
   * {@code expression AS alias}. The alias is refused here when it would break the statement or come back under
   * another label ({@link Text#checkIdentifier}): read by label, a result's column must have the alias given.
   */
  public static <M, T> Expression<M, T> alias(Expression<M, T> expression, String alias) {
    return new ExpressionNode.Aliased<>(unaliased(expression), checkedAlias(alias));
  }

  /** {@code aggregate AS alias}, under the rules of {@link #alias(Expression, String)}. */
  static <M, T extends Comparable<? super T>> ComparableAggregate<M, T> alias(ComparableAggregate<M, T> aggregate,
      String alias) {
    @SuppressWarnings("unchecked") // the aggregate without its alias has its type
    ComparableAggregate<M, T> unaliased = (ComparableAggregate<M, T>) unaliasedOperand(aggregate);
    return new AggregateNode.Aliased<>(unaliased, checkedAlias(alias));
  }

  private static String checkedAlias(String alias) {
    Objects.requireNonNull(alias, "alias");
    Text.checkIdentifier("The alias", alias);
    return alias;
  }

  /** The expression without its alias: what functions, criteria, group and order keys use. */
  @SuppressWarnings("unchecked") // an expression without its alias has its type
  public static <M, T> Expression<M, T> unaliased(Expression<M, T> expression) {
    return (Expression<M, T>) unaliasedOperand(expression);
  }

  /** An expression or aggregate without its alias; any other operand as it is. */
  static Object unaliasedOperand(Object operand) {
    if (operand instanceof ExpressionNode.Aliased<?, ?> aliased) {
      return aliased.expression();
    }
    return operand instanceof AggregateNode.Aliased<?, ?> aliased ? aliased.aggregate() : operand;
  }

  /**
   * The operands, after the type, of {@link Operator#ASSOCIATED}: {@code column}, an expression of the target, read
   * from the one row {@code association} points to.
   *
   * @throws IllegalArgumentException for a hasMany or belongsToMany, and for what the subquery cannot read
   */
  public static Object[] associated(Association<?, ?> association, Expression<?, ?> column) {
    return AssociatedRow.operands(Objects.requireNonNull(association, "association"),
        Objects.requireNonNull(column, "column"));
  }

  // ---- order keys and assignments ----------------------------------------------------------------------------

  public static <M> Order<M> order(Selectable<?, ?> value, boolean descending) {
    return new OrderNode<>(Operator.order(descending, 0), unaliasedOperand(value));
  }

  /**
   * An order key as the tree holds it: an expression given where a key is expected ({@code orderBy(NAME)}) is its
   * ascending order, as Sequelize's {@code order: ['name']}.
   */
  public static <K extends Order<?>> K orderKey(K key) {
    Objects.requireNonNull(key, "key");
    if (key instanceof Selectable<?, ?> value) {
      @SuppressWarnings("unchecked") // asc() of a Selectable<M, ?> is an Order<M>, the key's own type
      K ascending = (K) value.asc();
      return ascending;
    }
    return key;
  }

  public static <M, T> Assignment<M> set(Attribute<M, T> attribute, T value) {
    Text.check(attribute, value);
    return new AssignmentNode<>(attribute, new Value<>(attribute.type(), value));
  }

  /** {@code column = <expression computed by the database>}: increment and decrement. */
  public static <M, T> Assignment<M> computed(Attribute<M, T> attribute, Expression<M, T> expression) {
    return new AssignmentNode<>(attribute, node(expression));
  }

  // ---- helpers ---------------------------------------------------------------------------------------------

  /** PostgreSQL's protocol numbers a statement's parameters with 16 bits. */
  static final int MAX_PARAMETERS = 65_535;

  /**
   * Refuses, here rather than in the driver, a list of more values than a statement can have parameters: only a
   * column type of the user's own, with no array form Sequor knows, takes one parameter per value.
   */
  private static void checkParameterCount(Selectable<?, ?> expression, int values, String operation) {
    if (values > MAX_PARAMETERS) {
      throw new IllegalArgumentException(operation + " on " + expression + " with " + values + " values: its"
          + " type (" + expression.type() + ") has no PostgreSQL array form Sequor knows, so each value is a"
          + " parameter, and a statement has at most " + MAX_PARAMETERS + "; split the list, or use a standard"
          + " column type");
    }
  }

  /**
   * Refuses, before any statement holds it, a bind value among {@code operands} that PostgreSQL cannot take as text
   * ({@link Text}), naming the expression it goes with: the first one among the operands.
   */
  private static void checkValues(Object[] operands) {
    Selectable<?, ?> about = null;
    for (Object operand : operands) {
      if (operand instanceof Selectable<?, ?> expression) {
        about = about == null ? expression : about;
      } else if (operand instanceof Value<?> value) {
        Text.check(about, value.value());
      }
    }
  }

  /** The node behind a criterion or expression that Sequor made. */
  static Node node(Object sequorMade) {
    if (sequorMade instanceof Node node) {
      return node;
    }
    throw new IllegalArgumentException("not made by Sequor: " + sequorMade + " (" + sequorMade.getClass().getName()
        + "); criteria and expressions come from the generated attribute constants, Fn, Op and Criterion.of");
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }
}
