package dev.sequor.internal;

import dev.sequor.Assignment;
import dev.sequor.Attribute;
import dev.sequor.ColumnType;
import dev.sequor.ColumnTypes;
import dev.sequor.Criterion;
import dev.sequor.Expression;
import dev.sequor.Lock;
import dev.sequor.ModelType;
import dev.sequor.Order;
import dev.sequor.Query;
import dev.sequor.internal.sql.Identifiers;
import dev.sequor.internal.sql.Renderables;
import dev.sequor.internal.sql.SqlBuilder;
import dev.sequor.internal.sql.SqlRenderable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Field;

/**
 * Sequor's own SQL for one model's queries and bulk statements, sent on plain JDBC: what jOOQ would render, without
 * building and rendering a jOOQ statement per call. Every method returns {@code null} when some piece (a criterion
 * from a jOOQ condition, a quantifier, an array operator, {@code Fn.literal}) has no renderable; the caller then
 * runs its jOOQ statement. Columns are unqualified: every statement reads one table.
 *
 * @param <M> the model type
 */
final class QuerySql<M> {

  private final List<Attribute<M, ?>> attributes;
  private final String table;
  private final String selectAll;
  private final String updatedAtName;
  private final String updatedAtColumn;
  private final ColumnType<?> updatedAtType;

  QuerySql(ModelType<M, ?> model) {
    this.attributes = model.attributes();
    this.table = Identifiers.quote(model.table().getName());
    this.selectAll = columns(attributes);
    Field<?> updatedAt = model.updatedAt().orElse(null);
    this.updatedAtName = updatedAt == null ? null : updatedAt.getName();
    this.updatedAtColumn = updatedAt == null ? null : Identifiers.quote(updatedAtName);
    this.updatedAtType = updatedAt == null ? ColumnTypes.INSTANT : FixedStatements.timestampType(updatedAt);
  }

  /** The quoted table name. */
  String table() {
    return table;
  }

  /** {@code select <columns> from "table" [where] [order by] [limit ?] [offset ?] [for ...]}, or null. */
  SqlBuilder select(Query<M> query, List<Attribute<M, ?>> selected) {
    Criterion<M> where = query.where().orElse(null);
    if (!renderable(where)) {
      return null;
    }
    List<Order<M>> order = query.order();
    for (Order<M> key : order) {
      if (key.renderable() == null) {
        return null;
      }
    }
    SqlBuilder out = new SqlBuilder(selectAll.length() + 64);
    out.append("select ").append(selected == attributes ? selectAll : columns(selected))
        .append(" from ").append(table);
    where(out, where);
    orderBy(out, order);
    limitOffset(out, query.limit().orElse(null), query.offset().orElse(null));
    lock(out, query);
    return out;
  }

  /** {@code select count(*) from "table" [where]}; null if not renderable. */
  SqlBuilder count(Criterion<M> where) {
    return aggregate("count(*)", where);
  }

  /** {@code select <aggregate> from "table" [where]}; null if not renderable. */
  SqlBuilder aggregate(SqlRenderable aggregate, Criterion<M> where) {
    if (aggregate == null || !renderable(where)) {
      return null;
    }
    SqlBuilder out = new SqlBuilder().append("select ");
    aggregate.render(out);
    out.append(" from ").append(table);
    where(out, where);
    return out;
  }

  private SqlBuilder aggregate(String aggregate, Criterion<M> where) {
    return aggregate(out -> out.append(aggregate), where);
  }

  /**
   * {@code update "table" set "c" = ?, "d" = "d" + ?, "updated_at" = ? [where]}: values bound by their
   * attributes' types, {@code updatedAt} set to {@code now} unless assigned; null if not renderable.
   */
  SqlBuilder update(List<Assignment<M>> assignments, Instant now, Criterion<M> where) {
    if (!renderable(where)) {
      return null;
    }
    // one SET per column, the last assignment winning in the first one's place, as the jOOQ path's map does
    Map<String, Assignment<M>> byColumn = new LinkedHashMap<>();
    for (Assignment<M> a : assignments) {
      if (a.isComputed() && a.renderable() == null) {
        return null;
      }
      byColumn.put(a.attribute().column(), a);
    }
    SqlBuilder out = new SqlBuilder().append("update ").append(table).append(" set ");
    boolean first = true;
    for (Assignment<M> a : byColumn.values()) {
      out.append(first ? "" : ", ").identifier(a.attribute().column()).append(" = ");
      first = false;
      if (a.isComputed()) {
        a.renderable().render(out);
      } else {
        out.bindUnchecked(a.attribute().type(), a.value());
      }
    }
    if (updatedAtColumn != null && !byColumn.containsKey(updatedAtName)) {
      out.append(", ").append(updatedAtColumn).append(" = ")
          .bindUnchecked(updatedAtType, FixedStatements.timestampValue(updatedAtType, now));
    }
    where(out, where);
    return out;
  }

  /** {@code delete from "table" [where]}; null if not renderable. */
  SqlBuilder delete(Criterion<M> where) {
    if (!renderable(where)) {
      return null;
    }
    SqlBuilder out = new SqlBuilder().append("delete from ").append(table);
    where(out, where);
    return out;
  }

  /** Whether {@code criterion} (null for none) renders without jOOQ. */
  static boolean renderable(Criterion<?> criterion) {
    return criterion == null || criterion.renderable() != null;
  }

  /** {@code " where ..."}, or nothing for no criterion or {@link Criterion#always()}, as jOOQ leaves it out. */
  static void where(SqlBuilder out, Criterion<?> where) {
    condition(out, " where ", where);
  }

  /** {@code keyword} ({@code " where "}, {@code " having "}) and the criterion; nothing for none or always. */
  static void condition(SqlBuilder out, String keyword, Criterion<?> criterion) {
    if (criterion != null && !criterion.isAlways()) {
      out.append(keyword);
      criterion.renderable().render(out);
    }
  }

  /** {@code " order by k1, k2"}, or nothing; every key must be renderable. */
  static void orderBy(SqlBuilder out, List<? extends Order<?>> order) {
    for (int i = 0; i < order.size(); i++) {
      out.append(i == 0 ? " order by " : ", ");
      order.get(i).renderable().render(out);
    }
  }

  /** {@code " limit ?"} and {@code " offset ?"}, bound as integers; null for none. */
  static void limitOffset(SqlBuilder out, Integer limit, Integer offset) {
    if (limit != null) {
      out.append(" limit ").bind(ColumnTypes.INTEGER, limit);
    }
    if (offset != null) {
      out.append(" offset ").bind(ColumnTypes.INTEGER, offset);
    }
  }

  /** A select list: each expression, with {@code as "alias"} for an aliased one. */
  static void selectList(SqlBuilder out, List<? extends Expression<?, ?>> columns) {
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      SqlRenderable column = columns.get(i).renderable();
      column.render(out);
      if (column instanceof Renderables.Aliased aliased) {
        out.append(" as ").identifier(aliased.alias());
      }
    }
  }

  private static void lock(SqlBuilder out, Query<?> query) {
    Lock lock = query.lock().orElse(null);
    if (lock == null) {
      return;
    }
    out.append(switch (lock) {
      case UPDATE -> " for update";
      case NO_KEY_UPDATE -> " for no key update";
      case SHARE -> " for share";
      case KEY_SHARE -> " for key share";
    });
    out.append(switch (query.lockWait()) {
      case WAIT -> "";
      case SKIP_LOCKED -> " skip locked";
      case NOWAIT -> " nowait";
    });
  }

  private static String columns(List<? extends Attribute<?, ?>> attributes) {
    return attributes.stream().map(a -> Identifiers.quote(a.column())).collect(Collectors.joining(", "));
  }
}
