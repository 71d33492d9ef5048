package dev.sequor.internal;

import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.RenderTable;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * jOOQ as Sequor's one SQL renderer: PostgreSQL, every name quoted, no schema; and the rendering of a statement
 * shape: its SQL once, and the order in which its values bind.
 */
final class Rendering {

  /** Sequor's jOOQ settings, for rendering and for the jOOQ contexts handed to users. */
  static Settings settings() {
    return new Settings()
        .withRenderQuotedNames(RenderQuotedNames.ALWAYS)
        .withRenderSchema(false)
        .withRenderTable(RenderTable.WHEN_MULTIPLE_TABLES) // one model's statements name its columns alone
        .withExecuteLogging(false); // Sequor logs statements itself, in StatementTiming
  }

  /** Renders without a connection. */
  static final DSLContext JOOQ = DSL.using(SQLDialect.POSTGRES, settings());

  private Rendering() {}

  /**
   * A statement's SQL and its bind order: {@code order[i]} is the index, in the tree's {@link Node#collect}
   * order, of the value bound at parameter {@code i + 1}; {@code positions} the inverse (the parameter of each
   * value, less one).
   */
  record Shape(String sql, int[] order, int[] positions) {

    Shape(String sql, int[] order) {
      this(sql, order, inverse(order));
    }

    private static int[] inverse(int[] order) {
      int[] positions = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        positions[order[i]] = i;
      }
      return positions;
    }
  }

  /** Renders {@code statement}, a tree whose jOOQ form is a {@link Query}. */
  static Shape render(Node statement) {
    Binds.Placeholders placeholders = new Binds.Placeholders();
    QueryPart query = statement.toJooq(placeholders);
    return shape(query, placeholders.count());
  }

  /**
   * The SQL of {@code query}, built with {@code placeholders} named placeholders ({@link Binds.Placeholders}), and
   * the order jOOQ binds them in, read from the names of its parameters.
   */
  static Shape shape(QueryPart query, int placeholders) {
    String sql = JOOQ.render(query);
    Map<String, Param<?>> params = JOOQ.extractParams(query);
    int[] order = new int[placeholders];
    int bound = 0;
    for (Param<?> param : params.values()) {
      if (param.isInline()) {
        continue;
      }
      String name = param.getParamName();
      if (name == null || !name.startsWith(Binds.Placeholders.PREFIX) || bound == placeholders) {
        throw new IllegalStateException("jOOQ bound a value Sequor does not know (" + param + ") in: " + sql);
      }
      order[bound++] = Integer.parseInt(name.substring(Binds.Placeholders.PREFIX.length()));
    }
    if (bound != placeholders) {
      throw new IllegalStateException("jOOQ bound " + bound + " of " + placeholders + " values in: " + sql);
    }
    return new Shape(sql, order);
  }
}
