package dev.sequor.processor;

/**
 * Every message the processor prints, in one place. Each starts with a stable tag, says what must hold,
 * what was found, and what to do.
 */
final class Messages {

  private Messages() {}

  static final String SUPPORTED_TYPES = "String, Integer, Long, Short, Boolean, BigDecimal, Double, Float, "
      + "Instant, OffsetDateTime, LocalDate, LocalTime, LocalDateTime, UUID, byte[] or a Java enum "
      + "(or the primitives int, long, short, boolean, double, float)";

  static String notAClass(String kind, String name) {
    return "[ModelNotClass] @Model may only annotate a record or a concrete class, found: " + kind + " " + name
        + ". Declare the model as a record, or as a class that is neither abstract nor an interface or enum.";
  }

  static String notAccessible(String name) {
    return "[ModelNotAccessible] @Model " + name + " must not be private, nor a non-static inner class, "
        + "because generated code in its package constructs it. Make it package-private or public, and static if nested.";
  }

  static String generic(String name) {
    return "[ModelGeneric] @Model " + name + " must not have type parameters: a table has one fixed set of "
        + "column types. Give each attribute a concrete type.";
  }

  static String unsupportedType(String attribute, String model, String type) {
    return "[ModelUnsupportedType] Attribute '" + attribute + "' of @Model " + model + " has type " + type
        + ", which Sequor cannot store. Use one of " + SUPPORTED_TYPES + ", or mark it @Transient.";
  }

  static String noPrimaryKey(String model) {
    return "[ModelNoPrimaryKey] @Model " + model + " has no primary key. Add an attribute named 'id' "
        + "(for example Long id, numbered by the database), or mark the key attribute(s) with @PrimaryKey.";
  }

  static String duplicateColumn(String attribute, String model, String column, String other) {
    return "[ModelDuplicateColumn] Attribute '" + attribute + "' of @Model " + model + " maps to column \""
        + column + "\", which attribute '" + other + "' already uses. Give one of them another column with "
        + "@Column(name = \"...\").";
  }

  static String duplicateTable(String model, String table, String other) {
    return "[ModelDuplicateTable] @Model " + model + " maps to table \"" + table + "\", which @Model " + other
        + " already uses. Give one of them another table with @Model(tableName = \"...\") or another modelName.";
  }

  static String noConstructor(String model) {
    return "[ModelNoConstructor] @Model class " + model + " needs a non-private constructor without parameters, "
        + "so that rows can be read into it. Add one, or declare the model as a record.";
  }

  static String missingAccessor(String field, String model, String accessor) {
    return "[ModelMissingAccessor] Field '" + field + "' of @Model class " + model + " needs a non-private "
        + accessor + ". Add it, or mark the field @Transient.";
  }

  static String invalidName(String annotation, String member, String value, String problem) {
    return "[ModelInvalidName] @" + annotation + "(" + member + " = \"" + value + "\") is not a valid name: "
        + problem + ". Use letters, digits and underscores, starting with a letter or an underscore, "
        + "at most 63 characters.";
  }

  static String invalidInferredName(String what, String name, String model, String problem) {
    return "[ModelInvalidName] The " + what + " \"" + name + "\" inferred for @Model " + model + " is not a valid name: "
        + problem + ". Set it explicitly (@Model(tableName = ...) or @Column(name = ...)).";
  }

  static String badDefault(String value, String attribute, String type, String problem) {
    return "[ModelBadDefault] @DefaultValue(\"" + value + "\") on attribute '" + attribute + "' is not a valid "
        + type + ": " + problem + ". Write the default as a literal of the attribute's type.";
  }

  static String columnOption(String option, Object value, String attribute, String applies, String type) {
    return "[ModelColumnOption] @Column(" + option + " = " + value + ") on attribute '" + attribute + "' applies only to "
        + applies + " attributes, found type " + type + ". Remove it or change the attribute's type.";
  }

  static String scaleExceedsPrecision(String attribute, int scale, int precision) {
    return "[ModelColumnOption] @Column(scale = " + scale + ") on attribute '" + attribute
        + "' must not exceed its precision, found precision = " + precision
        + ". Set precision to the total number of digits, scale to the digits after the point.";
  }

  static String autoIncrement(String attribute, String problem) {
    return "[ModelAutoIncrement] @PrimaryKey(autoIncrement = true) on attribute '" + attribute
        + "' needs a single-attribute key of type Short, Integer or Long (or short, int, long), found: "
        + problem + ". Remove autoIncrement or change the key.";
  }

  static String timestampType(String attribute, String model, String type) {
    return "[ModelTimestampType] Attribute '" + attribute + "' of @Model " + model + " holds a timestamp that "
        + "Sequor fills, so it must be Instant or OffsetDateTime, found " + type
        + ". Change its type, or set @Model(timestamps = false).";
  }

  static String nameClash(String generated, String model) {
    return "[ModelNameClash] Sequor generates class " + generated + " for @Model " + model
        + ", but the sources already declare a type of that name. Rename one of the two.";
  }

  static String internalError(String model, Throwable t) {
    return "[ModelInternalError] Sequor could not process @Model " + model + ": " + t
        + ". This is a bug in Sequor; please report it with the model's source.";
  }
}
