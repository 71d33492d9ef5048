package dev.sequor;

import dev.sequor.internal.Operator;
import dev.sequor.internal.SqlTree;
import java.util.Collection;

/**
 * A text expression, with Sequelize's string operators. {@link #like} and {@link #iLike} take a pattern as
 * written ({@code %} and {@code _} are wildcards); {@link #startsWith}, {@link #endsWith}, {@link #substring}
 * and their negations take a plain value whose {@code %}, {@code _} and {@code \} match themselves (Sequelize
 * passes them through as wildcards, which makes a search for {@code "50%"} match {@code "500"}; we chose the
 * behaviour the operator's name promises). The regular-expression operators use PostgreSQL's POSIX syntax.
 * {@code likeAny}, {@code likeAll} and the other quantified forms match a list of patterns as the quantified
 * comparisons of {@link ComparableExpression} do.
 *
 * @param <M> the model type
 */
public interface StringExpression<M> extends ComparableExpression<M, String> {

  /** {@code expr LIKE pattern}. */
  default Criterion<M> like(String pattern) {
    return SqlTree.criterion(Operator.LIKE, this, SqlTree.value(type(), pattern));
  }

  /** {@code expr LIKE ANY (...)}: Sequelize's {@code {[Op.like]: {[Op.any]: [...]}}}. */
  default Criterion<M> likeAny(Collection<? extends String> patterns) {
    return SqlTree.quantified(this, "like", false, patterns);
  }

  /** {@code expr LIKE ALL (...)}: Sequelize's {@code {[Op.like]: {[Op.all]: [...]}}}. */
  default Criterion<M> likeAll(Collection<? extends String> patterns) {
    return SqlTree.quantified(this, "like", true, patterns);
  }

  /** {@code expr NOT LIKE pattern}. */
  default Criterion<M> notLike(String pattern) {
    return SqlTree.criterion(Operator.NOT_LIKE, this, SqlTree.value(type(), pattern));
  }

  /** {@code expr NOT LIKE ANY (...)}. */
  default Criterion<M> notLikeAny(Collection<? extends String> patterns) {
    return SqlTree.quantified(this, "not like", false, patterns);
  }

  /** {@code expr NOT LIKE ALL (...)}. */
  default Criterion<M> notLikeAll(Collection<? extends String> patterns) {
    return SqlTree.quantified(this, "not like", true, patterns);
  }

  /** {@code expr ILIKE pattern}: case-insensitive. */
  default Criterion<M> iLike(String pattern) {
    return SqlTree.criterion(Operator.ILIKE, this, SqlTree.value(type(), pattern));
  }

  /** {@code expr ILIKE ANY (...)}. */
  default Criterion<M> iLikeAny(Collection<? extends String> patterns) {
    return SqlTree.quantified(this, "ilike", false, patterns);
  }

  /** {@code expr ILIKE ALL (...)}. */
  default Criterion<M> iLikeAll(Collection<? extends String> patterns) {
    return SqlTree.quantified(this, "ilike", true, patterns);
  }

  /** {@code expr NOT ILIKE pattern}. */
  default Criterion<M> notILike(String pattern) {
    return SqlTree.criterion(Operator.NOT_ILIKE, this, SqlTree.value(type(), pattern));
  }

  /** {@code expr NOT ILIKE ANY (...)}. */
  default Criterion<M> notILikeAny(Collection<? extends String> patterns) {
    return SqlTree.quantified(this, "not ilike", false, patterns);
  }

  /** {@code expr NOT ILIKE ALL (...)}. */
  default Criterion<M> notILikeAll(Collection<? extends String> patterns) {
    return SqlTree.quantified(this, "not ilike", true, patterns);
  }

  /** The value starts with {@code value}, taken literally. */
  default Criterion<M> startsWith(String value) {
    return SqlTree.likeLiteral(this, false, false, value, true);
  }

  /** The value does not start with {@code value}, taken literally. */
  default Criterion<M> notStartsWith(String value) {
    return SqlTree.likeLiteral(this, true, false, value, true);
  }

  /** The value ends with {@code value}, taken literally. */
  default Criterion<M> endsWith(String value) {
    return SqlTree.likeLiteral(this, false, true, value, false);
  }

  /** The value does not end with {@code value}, taken literally. */
  default Criterion<M> notEndsWith(String value) {
    return SqlTree.likeLiteral(this, true, true, value, false);
  }

  /** The value contains {@code value}, taken literally. */
  default Criterion<M> substring(String value) {
    return SqlTree.likeLiteral(this, false, true, value, true);
  }

  /** The value does not contain {@code value}, taken literally. */
  default Criterion<M> notSubstring(String value) {
    return SqlTree.likeLiteral(this, true, true, value, true);
  }

  /** {@code expr ~ regex}: matches the POSIX regular expression, case-sensitively. */
  default Criterion<M> regexp(String regex) {
    return SqlTree.criterion(Operator.REGEXP, this, SqlTree.value(type(), regex));
  }

  /** {@code expr !~ regex}. */
  default Criterion<M> notRegexp(String regex) {
    return SqlTree.criterion(Operator.NOT_REGEXP, this, SqlTree.value(type(), regex));
  }

  /** {@code expr ~* regex}: matches the POSIX regular expression, ignoring case. */
  default Criterion<M> iRegexp(String regex) {
    return SqlTree.criterion(Operator.IREGEXP, this, SqlTree.value(type(), regex));
  }

  /** {@code expr !~* regex}. */
  default Criterion<M> notIRegexp(String regex) {
    return SqlTree.criterion(Operator.NOT_IREGEXP, this, SqlTree.value(type(), regex));
  }
}
