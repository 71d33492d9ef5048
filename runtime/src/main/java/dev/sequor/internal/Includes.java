package dev.sequor.internal;

import dev.sequor.Association;
import dev.sequor.Attribute;
import dev.sequor.ColumnType;
import dev.sequor.Criterion;
import dev.sequor.Lock;
import dev.sequor.ModelType;
import dev.sequor.Query;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads included associations: rows are read as values (one per attribute, then one per association), then, per
 * included association, one {@code SELECT} of the target rows whose link column is among the links of the
 * rows read, nested includes loaded the same way into those, and only then are instances built, each once, with its
 * associations in place. A required include narrows the source rows with an uncorrelated semi-join
 * ({@code key IN (SELECT link FROM target WHERE ...)}), so that limits, offsets and counts apply to source rows.
 */
final class Includes {

  private Includes() {}

  /** The criterion of {@code query} with the semi-join of each required include; null when there is none. */
  static <M> Criterion<M> where(Query<M> query, ModelType<M, ?> model) {
    Criterion<M> where = query.where().orElse(null);
    checkTree(query.includes(), model);
    for (Association<M, ?> include : query.includes()) {
      if (include.isRequired()) {
        Criterion<M> semiJoin = semiJoin(include);
        where = where == null ? semiJoin : where.and(semiJoin);
      }
    }
    return where;
  }

  /**
   * Checks {@code includes} of {@code model} and every level nested in them: each an association of the model it is
   * included in, each included once at its level.
   */
  static void checkTree(List<? extends Association<?, ?>> includes, ModelType<?, ?> model) {
    checkOnce(includes);
    for (Association<?, ?> include : includes) {
      check(include, model);
      checkTree(include.includes(), include.target());
    }
  }

  /** Each association is included once at a level: a second include would fill the same attribute. */
  private static void checkOnce(List<? extends Association<?, ?>> includes) {
    for (int i = 1; i < includes.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (definition(includes.get(i)) == definition(includes.get(j))) {
          throw new IllegalArgumentException(includes.get(i) + " is included twice: include it once, with every "
              + "option (where, required, include, order) on that one");
        }
      }
    }
  }

  private static void check(Association<?, ?> include, ModelType<?, ?> model) {
    if (include.source() != model) {
      throw new IllegalArgumentException(include + " is not an association of model " + model.name());
    }
  }

  /**
   * {@code source_link IN (SELECT target_link FROM target WHERE <criterion and required nested includes>)}; for a
   * {@code belongsToMany}, {@code source_key IN (SELECT source_key FROM join [WHERE target_key IN (SELECT key FROM
   * target WHERE ...)])}.
   */
  private static <S, T> Criterion<S> semiJoin(Association<S, T> include) {
    DefaultAssociation.Definition definition = definition(include);
    DefaultAssociation.Links links = definition.links();
    Criterion<T> where = targetWhere(include);
    if (include.kind() != Association.Kind.BELONGS_TO_MANY) {
      SelectNode targets = new SelectNode(include.target().table(), List.of(links.target()), where);
      return new CriterionNode<>(Operator.IN_SELECT, links.source(), targets);
    }
    DefaultAssociation.JoinLinks join = definition.join();
    Criterion<?> joinWhere = where == null ? null : new CriterionNode<>(Operator.IN_SELECT, join.targetKey(),
        new SelectNode(include.target().table(), List.of(links.target()), where));
    SelectNode pairs = new SelectNode(join.model().table(), List.of(join.sourceKey()), joinWhere);
    return new CriterionNode<>(Operator.IN_SELECT, links.source(), pairs);
  }

  /** The criterion on the target rows of {@code include}: its own and its required nested includes'. */
  private static <S, T> Criterion<T> targetWhere(Association<S, T> include) {
    Criterion<T> where = include.criterion().orElse(null);
    for (Association<T, ?> nested : include.includes()) {
      if (nested.isRequired()) {
        Criterion<T> semiJoin = semiJoin(nested);
        where = where == null ? semiJoin : where.and(semiJoin);
      }
    }
    return where;
  }

  private static DefaultAssociation.Definition definition(Association<?, ?> association) {
    return ((DefaultAssociation<?, ?>) association).definition();
  }

  /**
   * Runs {@code select} (of {@code model}'s {@code selected} attributes, all of them read by {@code modelReader}, a
   * {@link #valuesReader}) and loads {@code includes} into the rows
   * found: 1 + one statement per include, at every level of nesting, that has links to load.
   */
  static <M> List<M> find(Database database, Connection connection, ModelType<M, ?> model, RowReader modelReader,
      List<Attribute<M, ?>> selected, SelectNode select, List<? extends Association<M, ?>> includes)
      throws SQLException {
    for (Association<M, ?> include : includes) {
      Attribute<?, ?> link = definition(include).links().source();
      if (!selected.contains(link)) {
        throw new IllegalArgumentException("The query includes " + include + ", which needs attribute "
            + link.name() + ", but its attributes(...) or exclude(...) leave it out");
      }
    }
    ValuesReader reader = selected == model.attributes() ? modelReader::values
        : PartialRowMapper.forAttributes(model, selected)::values;
    List<Object[]> rows = database.query(connection, select, rs -> readAll(rs, reader));
    load(database, connection, model, rows, includes);
    return instances(model, rows);
  }

  /** Reads a row's values. */
  @FunctionalInterface
  private interface ValuesReader {
    Object[] values(ResultSet rs) throws SQLException;
  }

  private static List<Object[]> readAll(ResultSet rs, ValuesReader reader) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    while (rs.next()) {
      rows.add(reader.values(rs));
    }
    return rows;
  }

  private static <M> List<M> instances(ModelType<M, ?> model, List<Object[]> rows) {
    List<M> instances = new ArrayList<>(rows.size());
    for (Object[] values : rows) {
      instances.add(model.newInstance(values));
    }
    return instances;
  }

  /** A model's rows as values: every attribute, then room for its associations. */
  static RowReader valuesReader(ModelType<?, ?> model) {
    return RowReader.of(columnTypes(model), model.attributes().size() + model.associations().size());
  }

  private static List<ColumnType<?>> columnTypes(ModelType<?, ?> model) {
    List<ColumnType<?>> types = new ArrayList<>(model.attributes().size() + 1);
    for (Attribute<?, ?> a : model.attributes()) {
      types.add(a.type());
    }
    return types;
  }

  /** Loads each of {@code includes} into {@code rows} of {@code model}, in place. */
  private static <M> void load(Database database, Connection connection, ModelType<M, ?> model, List<Object[]> rows,
      List<? extends Association<M, ?>> includes) throws SQLException {
    for (Association<M, ?> include : includes) {
      loadOne(database, connection, model, rows, include);
    }
  }

  private static <M, T> void loadOne(Database database, Connection connection, ModelType<M, ?> model,
      List<Object[]> rows, Association<M, T> include) throws SQLException {
    DefaultAssociation.Definition definition = definition(include);
    DefaultAssociation.Links links = definition.links();
    int sourceIndex = model.attributes().indexOf(links.source());
    int slot = definition.slot();
    boolean many = include.kind().isMany();
    Set<Object> keys = new LinkedHashSet<>();
    for (Object[] row : rows) {
      if (row[sourceIndex] != null) {
        keys.add(row[sourceIndex]);
      }
    }
    Map<Object, List<T>> byLink = new HashMap<>();
    if (!keys.isEmpty() && include.kind() == Association.Kind.BELONGS_TO_MANY) {
      loadPairs(database, connection, include, keys, byLink);
    } else if (!keys.isEmpty()) {
      ModelType<T, ?> target = include.target();
      Criterion<T> where = in(links.target(), keys);
      Criterion<T> own = targetWhere(include);
      SelectNode select = new SelectNode(target.table(), false, target.attributes(),
          own == null ? where : where.and(own), List.of(), null, include.orderKeys(), null, null, null, Lock.Wait.WAIT);
      RowReader reader = definition.targetReader(() -> valuesReader(target));
      int targetIndex = target.attributes().indexOf(links.target());
      if (include.includes().isEmpty()) {
        // nothing nested to load first: build each instance as its row is read, from one array of values (the
        // generated factory copies what it takes)
        database.query(connection, select, rs -> {
          Object[] values = new Object[target.attributes().size() + target.associations().size()];
          while (rs.next()) {
            reader.read(rs, values);
            byLink.computeIfAbsent(values[targetIndex], k -> new ArrayList<>()).add(target.newInstance(values));
          }
          return null;
        });
      } else {
        List<Object[]> targetRows = database.query(connection, select, rs -> readAll(rs, reader::values));
        load(database, connection, target, targetRows, include.includes());
        for (Object[] values : targetRows) {
          byLink.computeIfAbsent(values[targetIndex], k -> new ArrayList<>()).add(target.newInstance(values));
        }
      }
    }
    for (Object[] row : rows) {
      List<T> found = row[sourceIndex] == null ? null : byLink.get(row[sourceIndex]);
      if (many) {
        // each source row has a key of its own (its primary key): its list is nobody else's
        row[slot] = found == null ? List.of() : Collections.unmodifiableList(found);
      } else {
        row[slot] = found == null ? null : found.get(0);
      }
    }
  }

  /**
   * The target rows paired with {@code keys} through a {@code belongsToMany}'s join table, by source key: one
   * {@code SELECT <target columns>, <join source key> FROM target JOIN join ON <join target key> = <target key>
   * WHERE <join source key> IN (SELECT unnest(?))}, the source key read after the target's columns.
   */
  private static <M, T> void loadPairs(Database database, Connection connection, Association<M, T> include,
      Set<Object> keys, Map<Object, List<T>> byLink) throws SQLException {
    DefaultAssociation.Definition definition = definition(include);
    DefaultAssociation.JoinLinks join = definition.join();
    ModelType<T, ?> target = include.target();
    Criterion<T> where = in(join.sourceKey(), keys);
    Criterion<T> own = targetWhere(include);
    List<Object> columns = new ArrayList<>(target.attributes());
    columns.add(join.sourceKey());
    SelectNode select = new SelectNode(join.targetJoined(), false, columns, own == null ? where : where.and(own),
        List.of(), null, include.orderKeys(), null, null, null, Lock.Wait.WAIT);
    int width = target.attributes().size();
    int associations = target.associations().size();
    RowReader reader = definition.targetReader(() -> {
      List<ColumnType<?>> types = columnTypes(target);
      types.add(join.sourceKey().type());
      return RowReader.of(types, width + Math.max(associations, 1));
    });
    List<Object> links = new ArrayList<>();
    List<Object[]> targetRows = database.query(connection, select, rs -> {
      List<Object[]> rows = new ArrayList<>();
      while (rs.next()) {
        Object[] values = reader.values(rs);
        links.add(values[width]); // read into the first association's place: moved out before it is used
        values[width] = null;
        rows.add(associations == 0 ? java.util.Arrays.copyOf(values, width) : values);
      }
      return rows;
    });
    load(database, connection, target, targetRows, include.includes());
    for (int i = 0; i < targetRows.size(); i++) {
      byLink.computeIfAbsent(links.get(i), k -> new ArrayList<>()).add(target.newInstance(targetRows.get(i)));
    }
  }

  /** {@code link IN (SELECT unnest(?))} of the keys (see {@link Operator#IN_UNNEST}), or an IN list of them. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T> Criterion<T> in(Attribute<?, ?> link, Collection<Object> keys) {
    ColumnType<Object[]> array = ColumnTypeImpls.parameterArray(link.type());
    if (array == null) {
      return ((Attribute) link).in(keys); // no array form for these keys: one parameter each
    }
    return new CriterionNode<>(Operator.IN_UNNEST, link, new Value<>(array, keys.toArray()));
  }
}
