package dev.sequor.internal.sql;

import dev.sequor.ColumnType;
import java.util.ArrayList;
import java.util.List;

/**
 * The renderable pieces criteria, order keys and functions are made of, so that each operator only says which
 * SQL it means. Every factory returns {@code null} when a piece it needs has no renderable: the statement then
 * goes through jOOQ.
 */
public final class Renderables {

  /** {@code true}: {@code Criterion.always()}, left out of a {@code WHERE} altogether. */
  public static final SqlRenderable TRUE = out -> out.append("true");

  /** {@code false}: an empty {@code Op.or()}. */
  public static final SqlRenderable FALSE = out -> out.append("false");

  /** {@code 1 = 0}: {@code IN} an empty list, which matches no row. */
  public static final SqlRenderable NO_ROW = out -> out.append("1 = 0");

  /** {@code 1 = 1}: {@code NOT IN} an empty list, which keeps every row. */
  public static final SqlRenderable EVERY_ROW = out -> out.append("1 = 1");

  private Renderables() {}

  /** An expression under an alias: renders the expression; a select list adds {@code as "alias"}. */
  public record Aliased(SqlRenderable expression, String alias) implements SqlRenderable {
    @Override
    public void render(SqlBuilder out) {
      expression.render(out);
    }
  }

  /** {@code left <operator> ?}, the value bound with {@code type}; {@code operator} comes with its spaces. */
  public static <T> SqlRenderable compare(SqlRenderable left, String operator, ColumnType<T> type, T value) {
    if (left == null) {
      return null;
    }
    return out -> {
      left.render(out);
      out.append(operator).bind(type, value);
    };
  }

  /** {@code left <operator> right}, for two expressions. */
  public static SqlRenderable compare(SqlRenderable left, String operator, SqlRenderable right) {
    if (left == null || right == null) {
      return null;
    }
    return out -> {
      left.render(out);
      out.append(operator);
      right.render(out);
    };
  }

  /** {@code left <suffix>}: {@code is null}, {@code = true} and the like, with the suffix's leading space. */
  public static SqlRenderable suffix(SqlRenderable left, String suffix) {
    if (left == null) {
      return null;
    }
    return out -> {
      left.render(out);
      out.append(suffix);
    };
  }

  /** {@code left [not ]in (?, ...)}; {@code values} must not be empty. */
  public static <T> SqlRenderable in(SqlRenderable left, boolean not, ColumnType<T> type, List<T> values) {
    if (left == null) {
      return null;
    }
    return out -> {
      left.render(out);
      out.append(not ? " not in (" : " in (");
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        out.bind(type, values.get(i));
      }
      out.append(")");
    };
  }

  /** {@code left [not ]between ? and ?}. */
  public static <T> SqlRenderable between(SqlRenderable left, boolean not, ColumnType<T> type, T low, T high) {
    if (left == null) {
      return null;
    }
    return out -> {
      left.render(out);
      out.append(not ? " not between " : " between ").bind(type, low);
      out.append(" and ").bind(type, high);
    };
  }

  /** {@code name(argument)}; {@code name} may carry a keyword, as {@code "count(distinct "}. */
  public static SqlRenderable function(String open, SqlRenderable argument) {
    if (argument == null) {
      return null;
    }
    return out -> {
      out.append(open);
      argument.render(out);
      out.append(")");
    };
  }

  /** {@code (left <operator> ?)}: arithmetic, parenthesized as jOOQ does so that precedence never matters. */
  public static <T> SqlRenderable arithmetic(SqlRenderable left, String operator, ColumnType<T> type, T value) {
    if (left == null) {
      return null;
    }
    return out -> {
      out.append("(");
      left.render(out);
      out.append(operator).bind(type, value);
      out.append(")");
    };
  }

  /** {@code (left <operator> right)}. */
  public static SqlRenderable arithmetic(SqlRenderable left, String operator, SqlRenderable right) {
    if (left == null || right == null) {
      return null;
    }
    return out -> {
      out.append("(");
      left.render(out);
      out.append(operator);
      right.render(out);
      out.append(")");
    };
  }

  /** {@code not (operand)}. */
  public static SqlRenderable not(SqlRenderable operand) {
    return function("not (", operand);
  }

  /**
   * {@code (a and b)} or {@code (a or b)}, flattened as jOOQ does: {@code a.and(b).and(c)} renders
   * {@code (a and b and c)}.
   */
  public static SqlRenderable junction(boolean and, SqlRenderable left, SqlRenderable right) {
    if (left == null || right == null) {
      return null;
    }
    List<SqlRenderable> parts = new ArrayList<>();
    addParts(parts, and, left);
    addParts(parts, and, right);
    return new Junction(and, parts); // never changed after: no copy
  }

  private static void addParts(List<SqlRenderable> parts, boolean and, SqlRenderable r) {
    if (r instanceof Junction j && j.and() == and) {
      parts.addAll(j.parts());
    } else {
      parts.add(r);
    }
  }

  private record Junction(boolean and, List<SqlRenderable> parts) implements SqlRenderable {
    @Override
    public void render(SqlBuilder out) {
      out.append("(");
      for (int i = 0; i < parts.size(); i++) {
        if (i > 0) {
          out.append(and ? " and " : " or ");
        }
        parts.get(i).render(out);
      }
      out.append(")");
    }
  }
}
