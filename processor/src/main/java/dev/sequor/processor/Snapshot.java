package dev.sequor.processor;

import dev.sequor.internal.format.Json;
import dev.sequor.internal.format.PendingDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The committed schema snapshot: the schema that the committed migrations produce, one JSON file per table,
 * {@code db/snapshot/<table>.json}. One file per table so that two branches changing different models never
 * touch the same file.
 *
 * <p>Format (version 1). UTF-8, LF line ends, two-space indentation, a trailing newline; the keys always
 * appear, in this order (not alphabetical: the order a reader needs them):
 * <pre>
 * {
 *   "format": 1,
 *   "table": "products",
 *   "models": ["shop.Product"],
 *   "columns": [
 *     {"name": "id", "type": "BIGSERIAL", "notNull": true, "default": null, "unique": false},
 *     {"name": "status", "type": "\"enum_products_status\"", "notNull": false, "default": "'DRAFT'", "unique": false}
 *   ],
 *   "primaryKey": ["id"],
 *   "indexes": [
 *     {"name": "products_category", "columns": ["category"], "unique": false}
 *   ],
 *   "foreignKeys": [
 *     {"name": "products_categoryId_fkey", "columns": ["categoryId"], "referencedTable": "categories", "referencedColumns": ["id"], "onDelete": "CASCADE", "onUpdate": "NO ACTION"}
 *   ],
 *   "enumTypes": [
 *     {"name": "enum_products_status", "values": ["DRAFT", "LIVE"]}
 *   ]
 * }
 * </pre>
 * <ul>
 *   <li>{@code table} equals the file name without {@code .json}. {@code models} are the qualified names of the
 *       model classes mapped to the table, sorted; they freeze an inferred table name (a model listed here keeps
 *       this table even if its inferred name changes).
 *   <li>{@code columns} are in the table's physical order (the create order, then added columns). {@code type}
 *       is the SQL type as written in DDL: {@code SERIAL}/{@code BIGSERIAL}/{@code SMALLSERIAL} for an
 *       auto-incremented column (with its sequence {@code <table>_<column>_seq}), a quoted name for an enum type.
 *       {@code default} is an SQL literal or {@code null}; {@code unique} is a one-column {@code UNIQUE}
 *       constraint, named {@code <table>_<column>_key}.
 *   <li>{@code primaryKey} lists the key columns in key order; the constraint is {@code <table>_pkey}.
 *   <li>{@code indexes}, {@code foreignKeys} (actions {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE},
 *       {@code SET NULL}, {@code SET DEFAULT}) and {@code enumTypes} (values in enum order) are sorted by name;
 *       each element is on one line, so a change is a one-line diff.
 * </ul>
 * Readers accept any JSON formatting and reject an unknown {@code format}.
 */
final class Snapshot {

  static final int FORMAT = 1;
  static final String EXTENSION = PendingDirectory.SNAPSHOT_EXTENSION;

  private Snapshot() {}

  /** The snapshot file of one table. */
  static String write(Schema.Table table) {
    StringBuilder sb = new StringBuilder("{\n");
    sb.append("  \"format\": ").append(FORMAT).append(",\n");
    sb.append("  \"table\": ").append(Json.string(table.name())).append(",\n");
    sb.append("  \"models\": ").append(strings(table.models())).append(",\n");
    sb.append("  \"columns\": ").append(lines(table.columns().stream().map(c -> "{\"name\": " + Json.string(c.name())
        + ", \"type\": " + Json.string(c.type()) + ", \"notNull\": " + c.notNull()
        + ", \"default\": " + (c.defaultValue() == null ? "null" : Json.string(c.defaultValue()))
        + ", \"unique\": " + c.unique() + "}"))).append(",\n");
    sb.append("  \"primaryKey\": ").append(strings(table.primaryKey())).append(",\n");
    sb.append("  \"indexes\": ").append(lines(table.indexes().stream().map(i -> "{\"name\": " + Json.string(i.name())
        + ", \"columns\": " + strings(i.columns()) + ", \"unique\": " + i.unique() + "}"))).append(",\n");
    sb.append("  \"foreignKeys\": ").append(lines(table.foreignKeys().stream().map(f -> "{\"name\": "
        + Json.string(f.name()) + ", \"columns\": " + strings(f.columns()) + ", \"referencedTable\": "
        + Json.string(f.referencedTable()) + ", \"referencedColumns\": " + strings(f.referencedColumns())
        + ", \"onDelete\": " + Json.string(f.onDelete()) + ", \"onUpdate\": " + Json.string(f.onUpdate()) + "}")))
        .append(",\n");
    sb.append("  \"enumTypes\": ").append(lines(table.enumTypes().stream().map(e -> "{\"name\": "
        + Json.string(e.name()) + ", \"values\": " + strings(e.values()) + "}"))).append("\n");
    return sb.append("}\n").toString();
  }

  /** Reads one table's file, or throws {@link IllegalArgumentException} saying what is wrong. */
  static Schema.Table read(String json) {
    Map<String, Object> root = object(Json.parsePlain(json), "the file");
    Object format = root.get("format");
    if (!(format instanceof Number n) || n.intValue() != FORMAT) {
      throw new IllegalArgumentException("\"format\" must be " + FORMAT + ", found: " + format
          + " (written by another Sequor version?)");
    }
    String name = string(root, "table");
    List<Schema.Column> columns = new ArrayList<>();
    for (Object item : list(root, "columns")) {
      Map<String, Object> c = object(item, "a column");
      columns.add(new Schema.Column(string(c, "name"), string(c, "type"), bool(c, "notNull"), nullableString(c, "default"),
          bool(c, "unique")));
    }
    List<Schema.Index> indexes = new ArrayList<>();
    for (Object item : list(root, "indexes")) {
      Map<String, Object> i = object(item, "an index");
      indexes.add(new Schema.Index(string(i, "name"), strings(i, "columns"), bool(i, "unique")));
    }
    List<Schema.ForeignKey> foreignKeys = new ArrayList<>();
    for (Object item : list(root, "foreignKeys")) {
      Map<String, Object> f = object(item, "a foreign key");
      foreignKeys.add(new Schema.ForeignKey(string(f, "name"), strings(f, "columns"), string(f, "referencedTable"),
          strings(f, "referencedColumns"), string(f, "onDelete"), string(f, "onUpdate")));
    }
    List<Schema.EnumType> enumTypes = new ArrayList<>();
    for (Object item : list(root, "enumTypes")) {
      Map<String, Object> e = object(item, "an enum type");
      enumTypes.add(new Schema.EnumType(string(e, "name"), strings(e, "values")));
    }
    return new Schema.Table(name, strings(root, "models"), columns, strings(root, "primaryKey"), indexes,
        foreignKeys, enumTypes);
  }

  /**
   * Reads every {@code <table>.json} of a directory; a missing directory is an empty schema. Throws
   * {@link IllegalArgumentException} naming the file for a file that cannot be read.
   */
  static Schema readDirectory(Path directory) {
    if (!Files.isDirectory(directory)) {
      return Schema.EMPTY;
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(EXTENSION)).sorted().toList();
    } catch (NoSuchFileException e) {
      return Schema.EMPTY;
    } catch (IOException e) {
      throw new IllegalArgumentException(directory + ": " + e);
    }
    List<Schema.Table> tables = new ArrayList<>();
    for (Path file : files) {
      try {
        Schema.Table table = read(Files.readString(file, StandardCharsets.UTF_8));
        String expected = file.getFileName().toString();
        expected = expected.substring(0, expected.length() - EXTENSION.length());
        if (!table.name().equals(expected)) {
          throw new IllegalArgumentException("\"table\" must be the file's name, \"" + expected + "\", found: \""
              + table.name() + "\"");
        }
        tables.add(table);
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(file + ": " + (e instanceof IllegalArgumentException ? e.getMessage() : e.toString()), e);
      }
    }
    return Schema.of(tables);
  }

  // ---- writing -----------------------------------------------------------------------------------

  private static String strings(List<String> values) {
    return values.stream().map(Json::string).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String lines(Stream<String> elements) {
    List<String> all = elements.toList();
    return all.isEmpty() ? "[]" : all.stream().collect(Collectors.joining(",\n    ", "[\n    ", "\n  ]"));
  }

  // ---- reading -----------------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String what) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new IllegalArgumentException(what + " must be a JSON object, found: " + value);
  }

  private static Object member(Map<String, Object> object, String key) {
    if (!object.containsKey(key)) {
      throw new IllegalArgumentException("missing \"" + key + "\" in " + object);
    }
    return object.get(key);
  }

  private static String string(Map<String, Object> object, String key) {
    if (member(object, key) instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException("\"" + key + "\" must be a string, found: " + object.get(key));
  }

  private static String nullableString(Map<String, Object> object, String key) {
    return object.get(key) == null ? null : string(object, key);
  }

  private static boolean bool(Map<String, Object> object, String key) {
    if (member(object, key) instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException("\"" + key + "\" must be true or false, found: " + object.get(key));
  }

  private static List<?> list(Map<String, Object> object, String key) {
    if (member(object, key) instanceof List<?> l) {
      return l;
    }
    throw new IllegalArgumentException("\"" + key + "\" must be an array, found: " + object.get(key));
  }

  private static List<String> strings(Map<String, Object> object, String key) {
    List<String> strings = new ArrayList<>();
    for (Object item : list(object, key)) {
      if (!(item instanceof String s)) {
        throw new IllegalArgumentException("\"" + key + "\" must hold strings, found: " + item);
      }
      strings.add(s);
    }
    return strings;
  }
}
