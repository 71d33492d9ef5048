package dev.sequor.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * sequelize-cli's {@code --attributes} grammar ({@code helpers/model-helper.js}), read into Java attributes of
 * Sequor's types: items separated by commas or spaces (not inside braces), each {@code name:type},
 * {@code name:array:type} (or Sequelize's spelling {@code name:ARRAY(type)}) or {@code name:enum:{A,B}}, the type a
 * Sequelize DataType name in any case.
 */
final class ModelAttributes {

  /**
   * One attribute of the model to write.
   *
   * @param name the Java name, lowerCamelCase ({@code first_name} is written {@code firstName}, whose column is
   *     {@code first_name} again in an underscored model)
   * @param javaType the Java type as written ({@code String}, {@code List<Long>}), or the nested enum's name
   * @param imports the classes to import for it and its annotation, in order
   * @param annotation written before the type ({@code @Column(text = true)}), or null
   * @param enumConstants the constants of the nested enum, empty for other types
   * @param note a warning about the mapping, or null
   */
  record Attribute(String name, String javaType, List<String> imports, String annotation, List<String> enumConstants,
      String note) {
    boolean isEnum() {
      return !enumConstants.isEmpty();
    }
  }

  /** A Java type Sequor stores, for a DataType; {@code text} is a String in a TEXT column. */
  private record JavaType(String simpleName, String importName, boolean text, String note) {

    JavaType(String simpleName, String importName, String note) {
      this(simpleName, importName, false, note);
    }

    /** Whether Sequor stores PostgreSQL arrays of it. */
    boolean isArrayElement() {
      return ARRAY_ELEMENTS.contains(simpleName);
    }
  }

  private static final String TEXT_ANNOTATION = "@Column(text = true)";
  private static final String COLUMN_IMPORT = "dev.sequor.Column";
  private static final Set<String> ARRAY_ELEMENTS =
      Set.of("String", "Integer", "Long", "Short", "Boolean", "Double", "BigDecimal", "UUID");

  private static final Map<String, JavaType> TYPES = new LinkedHashMap<>();

  static {
    JavaType string = new JavaType("String", null, null);
    TYPES.put("string", string);
    TYPES.put("text", new JavaType("String", null, true, null));
    TYPES.put("citext", new JavaType("String", null, true, "Sequor has no CITEXT column: it is stored as TEXT, which"
        + " compares case-sensitively; match it with iLike to ignore case"));
    TYPES.put("char", new JavaType("String", null, false, "Sequor has no CHAR column: it is stored as VARCHAR(255);"
        + " add @Column(length = ...) for another length"));
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
    // Sequor stores both as JSONB, which PostgreSQL compares and indexes (json has no equality)
    TYPES.put("json", new JavaType("Json", "dev.sequor.Json", null));
    TYPES.put("jsonb", new JavaType("Json", "dev.sequor.Json", null));
  }

  /** DataTypes that Sequelize has and Sequor cannot store yet. */
  private static final Set<String> UNSUPPORTED = Set.of("hstore", "range", "geometry", "geography", "cidr", "inet",
      "macaddr", "macaddr8", "tsvector", "virtual", "now", "abstract", "number", "enum");

  /** {@code ARRAY(STRING)}: Sequelize's spelling of an array type, in any case. */
  private static final Pattern ARRAY_CALL = Pattern.compile("(?i)array\\(\\s*(?:DataTypes\\.)?(\\w+)\\s*\\)");

  /** Added to every model by model-generate: not attributes the user can declare again. */
  static final Set<String> RESERVED = Set.of("id", "createdAt", "updatedAt");

  private ModelAttributes() {}

  /** The DataType names this plugin maps, for messages. */
  static String supportedTypes() {
    return String.join(", ", TYPES.keySet()) + ", array:<type> of " + String.join(", ", arrayElementTypes())
        + ", and enum:{A,B}";
  }

  private static List<String> arrayElementTypes() {
    return TYPES.entrySet().stream().filter(e -> e.getValue().isArrayElement()).map(Map.Entry::getKey).toList();
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
    if (parts.length == 2 && parts[1].strip().equalsIgnoreCase("array")) {
      throw new UsageException("Attribute '" + item + "': an array names the type of its elements, for example "
          + parts[0] + ":array:string. Array types: " + String.join(", ", arrayElementTypes()) + ".");
    }
    if (parts.length == 2) {
      String name = javaName(item, parts[0]);
      Matcher arrayCall = ARRAY_CALL.matcher(parts[1].strip());
      if (arrayCall.matches()) {
        return array(item, name, arrayCall.group(1));
      }
      return attribute(name, javaType(item, parts[1]), false);
    }
    if (parts.length == 3 && parts[1].equalsIgnoreCase("array")) {
      return array(item, javaName(item, parts[0]), parts[2]);
    }
    if (parts.length == 3 && parts[1].equalsIgnoreCase("enum")) {
      String name = javaName(item, parts[0]);
      return new Attribute(name, capitalize(name), List.of(), null, enumConstants(item, parts[2]), null);
    }
    throw new UsageException("Attribute '" + item + "' cannot be parsed: write name:type, name:array:type or"
        + " name:enum:{A,B}.");
  }

  private static JavaType javaType(String item, String dataType) {
    String type = dataType.strip().toLowerCase(Locale.ROOT);
    JavaType javaType = TYPES.get(type);
    if (javaType == null) {
      throw new UsageException("Attribute '" + item + "' cannot be parsed: "
          + (UNSUPPORTED.contains(type)
              ? "Sequor has no Java type for " + type + " yet"
              : "unknown type '" + dataType + "'")
          + ". Types: " + supportedTypes() + ".");
    }
    return javaType;
  }

  /** {@code tags:array:string}: a {@code List} of the element type, whose column is a PostgreSQL array. */
  private static Attribute array(String item, String name, String elementType) {
    JavaType element = javaType(item, elementType);
    if (!element.isArrayElement()) {
      throw new UsageException("Attribute '" + item + "': Sequor stores arrays of " + String.join(", ",
          arrayElementTypes()) + ", not of " + elementType.strip() + ".");
    }
    return attribute(name, element, true);
  }

  private static Attribute attribute(String name, JavaType type, boolean list) {
    List<String> imports = new ArrayList<>();
    if (type.text()) {
      imports.add(COLUMN_IMPORT);
    }
    if (type.importName() != null) {
      imports.add(type.importName());
    }
    if (list) {
      imports.add("java.util.List");
    }
    return new Attribute(name, list ? "List<" + type.simpleName() + ">" : type.simpleName(), List.copyOf(imports),
        type.text() ? TEXT_ANNOTATION : null, List.of(), type.note() == null ? null : name + ": " + type.note());
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
