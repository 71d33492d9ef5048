package dev.sequor.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * sequelize-cli's {@code --attributes} grammar ({@code helpers/model-helper.js}), read into Java attributes of
 * Sequor's types: items separated by commas or spaces (not inside braces), each {@code name:type},
 * {@code name:array:type} or {@code name:enum:{A,B}}, the type a Sequelize DataType name in any case.
 */
final class ModelAttributes {

  /**
   * One attribute of the model to write.
   *
   * @param name the Java name, lowerCamelCase ({@code first_name} is written {@code firstName}, whose column is
   *     {@code first_name} again in an underscored model)
   * @param javaType the simple Java type name, or the nested enum's name
   * @param importName the class to import for it, or null
   * @param enumConstants the constants of the nested enum, empty for other types
   * @param note a warning about the mapping, or null
   */
  record Attribute(String name, String javaType, String importName, List<String> enumConstants, String note) {
    boolean isEnum() {
      return !enumConstants.isEmpty();
    }
  }

  /** A Java type Sequor stores, for a DataType. */
  private record JavaType(String simpleName, String importName, String note) {}

  private static final Map<String, JavaType> TYPES = new LinkedHashMap<>();

  static {
    JavaType string = new JavaType("String", null, null);
    TYPES.put("string", string);
    for (String longText : List.of("text", "char", "citext")) {
      TYPES.put(longText, new JavaType("String", null, "Sequor has no " + longText.toUpperCase(Locale.ROOT)
          + " column yet: a String is stored as VARCHAR(255); add @Column(length = ...) for longer values"));
    }
    TYPES.put("integer", new JavaType("Integer", null, null));
    TYPES.put("mediumint", new JavaType("Integer", null, null));
    TYPES.put("bigint", new JavaType("Long", null, null));
    TYPES.put("smallint", new JavaType("Short", null, null));
    TYPES.put("tinyint", new JavaType("Short", null, null));
    TYPES.put("float", new JavaType("Float", null, null));
    TYPES.put("real", new JavaType("Float", null, null));
    TYPES.put("double", new JavaType("Double", null, null));
    TYPES.put("decimal", new JavaType("BigDecimal", "java.math.BigDecimal", null));
    TYPES.put("numeric", new JavaType("BigDecimal", "java.math.BigDecimal", null));
    TYPES.put("boolean", new JavaType("Boolean", null, null));
    TYPES.put("date", new JavaType("Instant", "java.time.Instant", null));
    TYPES.put("dateonly", new JavaType("LocalDate", "java.time.LocalDate", null));
    TYPES.put("time", new JavaType("LocalTime", "java.time.LocalTime", null));
    TYPES.put("uuid", new JavaType("UUID", "java.util.UUID", null));
    TYPES.put("uuidv1", new JavaType("UUID", "java.util.UUID", null));
    TYPES.put("uuidv4", new JavaType("UUID", "java.util.UUID", null));
    TYPES.put("blob", new JavaType("byte[]", null, null));
  }

  /** DataTypes that Sequelize has and Sequor cannot store yet. */
  private static final Set<String> UNSUPPORTED = Set.of("json", "jsonb", "hstore", "range", "geometry", "geography",
      "cidr", "inet", "macaddr", "macaddr8", "tsvector", "virtual", "now", "abstract", "number", "array", "enum");

  /** Added to every model by model-generate: not attributes the user can declare again. */
  static final Set<String> RESERVED = Set.of("id", "createdAt", "updatedAt");

  private ModelAttributes() {}

  /** The DataType names this plugin maps, for messages. */
  static String supportedTypes() {
    return String.join(", ", TYPES.keySet()) + ", and enum:{A,B}";
  }

  /** Reads {@code -Dattributes}; refuses with a message naming the item and what to write instead. */
  static List<Attribute> parse(String flag) {
    if (flag == null || flag.isBlank()) {
      throw new UsageException("Give the attributes: -Dattributes=name:string,price:decimal (types: "
          + supportedTypes() + ")");
    }
    List<Attribute> attributes = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (String item : items(flag)) {
      Attribute attribute = parseItem(item);
      if (RESERVED.contains(attribute.name())) {
        throw new UsageException("Attribute '" + item + "': every generated model has " + String.join(", ", RESERVED)
            + " already; leave " + attribute.name() + " out.");
      }
      if (!names.add(attribute.name())) {
        throw new UsageException("Attribute '" + attribute.name() + "' is listed twice in -Dattributes.");
      }
      attributes.add(attribute);
    }
    return List.copyOf(attributes);
  }

  /** sequelize-cli's split: commas and spaces separate items, except inside braces. */
  static List<String> items(String flag) {
    List<String> items = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    boolean inBraces = false;
    for (char c : flag.toCharArray()) {
      if ((c == ',' || Character.isWhitespace(c)) && !inBraces) {
        if (!item.isEmpty()) {
          items.add(item.toString());
          item.setLength(0);
        }
        continue;
      }
      if (c == '{') {
        inBraces = true;
      } else if (c == '}') {
        inBraces = false;
      }
      item.append(c);
    }
    if (!item.isEmpty()) {
      items.add(item.toString());
    }
    return items;
  }

  private static Attribute parseItem(String item) {
    String[] parts = item.split(":", -1);
    if (parts.length == 2) {
      String name = javaName(item, parts[0]);
      String type = parts[1].toLowerCase(Locale.ROOT);
      JavaType javaType = TYPES.get(type);
      if (javaType == null) {
        throw new UsageException("Attribute '" + item + "' cannot be parsed: "
            + (UNSUPPORTED.contains(type)
                ? "Sequor has no Java type for " + type + " yet"
                : "unknown type '" + parts[1] + "'")
            + ". Types: " + supportedTypes() + ".");
      }
      return new Attribute(name, javaType.simpleName(), javaType.importName(), List.of(),
          javaType.note() == null ? null : name + ": " + javaType.note());
    }
    if (parts.length == 3 && parts[1].equalsIgnoreCase("array")) {
      throw new UsageException("Attribute '" + item + "': Sequor has no array attributes yet. Leave it out, or"
          + " store the values in a table of their own.");
    }
    if (parts.length == 3 && parts[1].equalsIgnoreCase("enum")) {
      String name = javaName(item, parts[0]);
      return new Attribute(name, capitalize(name), null, enumConstants(item, parts[2]), null);
    }
    throw new UsageException("Attribute '" + item + "' cannot be parsed: write name:type, name:enum:{A,B}"
        + " (or name:array:type, which Sequor does not support yet).");
  }

  private static List<String> enumConstants(String item, String values) {
    if (!values.startsWith("{") || !values.endsWith("}") || values.length() < 3) {
      throw new UsageException("Attribute '" + item + "': an enum lists its values in braces, for example"
          + " status:enum:{draft,live}.");
    }
    Set<String> constants = new LinkedHashSet<>();
    for (String value : values.substring(1, values.length() - 1).split("\\s*,\\s*")) {
      String constant = value.strip().replaceAll("^(['\"])(.*)\\1$", "$2");
      if (!SourceVersion.isIdentifier(constant) || SourceVersion.isKeyword(constant)) {
        throw new UsageException("Attribute '" + item + "': the enum value '" + constant + "' is not a Java"
            + " identifier. Sequor stores a Java enum constant's name as the PostgreSQL enum label, so each value"
            + " must be one (letters, digits and _, not starting with a digit).");
      }
      if (!constants.add(constant)) {
        throw new UsageException("Attribute '" + item + "': the enum value '" + constant + "' is listed twice.");
      }
    }
    return List.copyOf(constants);
  }

  /** {@code first_name}, {@code first-name}, {@code FirstName} → {@code firstName}; refuses non-identifiers. */
  private static String javaName(String item, String raw) {
    String[] words = raw.strip().split("[_-]+");
    StringBuilder name = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      name.append(name.isEmpty() ? Character.toLowerCase(word.charAt(0)) + word.substring(1) : capitalize(word));
    }
    String javaName = name.toString();
    if (!SourceVersion.isIdentifier(javaName) || SourceVersion.isKeyword(javaName)) {
      throw new UsageException("Attribute '" + item + "': '" + raw + "' cannot be a Java attribute name; use"
          + " letters and digits, for example firstName or first_name.");
    }
    return javaName;
  }

  static String capitalize(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
