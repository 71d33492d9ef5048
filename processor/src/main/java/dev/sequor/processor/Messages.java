package dev.sequor.processor;

import dev.sequor.internal.format.SeederIndexFile;
import java.util.Collection;
import java.util.List;

/**
 * Every message the processor prints, in one place. Each starts with a stable tag, says what must hold,
 * what was found, and what to do.
 */
final class Messages {

  private Messages() {}

  static final String SUPPORTED_TYPES = "String, Integer, Long, Short, Boolean, BigDecimal, Double, Float, "
      + "Instant, OffsetDateTime, LocalDate, LocalTime, LocalDateTime, UUID, byte[], Json, a Java enum "
      + "(or the primitives int, long, short, boolean, double, float), or a PostgreSQL array as an array or List of "
      + "String, Integer, Long, Short, Boolean, Double, BigDecimal or UUID (String[], List<Long>; not int[], "
      + "nor arrays of arrays)";

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

  static String jsonKey(String attribute, String model) {
    return "[ModelJsonKey] Attribute '" + attribute + "' of @Model " + model + " is part of the primary key, so it "
        + "may not be a Json value. Key the model by another attribute (for example Long id).";
  }

  static String textWithLength(String attribute, int length) {
    return "[ModelColumnOption] @Column(text = true) on attribute '" + attribute + "' may not have a length: a TEXT "
        + "column is unbounded, found length = " + length + ". Remove length for TEXT, or text for VARCHAR(" + length
        + ").";
  }

  static String arrayKey(String attribute, String model, String type) {
    return "[ModelArrayKey] Attribute '" + attribute + "' of @Model " + model + " is part of the primary key, so it "
        + "may not be an array, found: " + type + ". Key the model by another attribute (for example Long id).";
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

  static String invalidInferredIndexName(String name, String model, String problem) {
    return "[ModelInvalidName] The index name \"" + name + "\" inferred for @Model " + model + " is not a valid name: "
        + problem + ". Set it explicitly with @Index(name = ...).";
  }

  static String badDefault(String value, String attribute, String type, String problem) {
    return "[ModelBadDefault] @DefaultValue(\"" + value + "\") on attribute '" + attribute + "' is not a valid "
        + type + ": " + problem + ". Write the default as a literal of the attribute's type.";
  }

  static String columnOption(String option, Object value, String attribute, String applies, String type) {
    return "[ModelColumnOption] @Column(" + option + " = " + value + ") on attribute '" + attribute + "' applies only to "
        + applies + " attributes, found type " + type + ". Remove it or change the attribute's type.";
  }

  static String scaleWithoutPrecision(String attribute, int scale) {
    return "[ModelColumnOption] @Column(scale = " + scale + ") on attribute '" + attribute + "' needs a precision: "
        + "a scale is the digits after the point of a DECIMAL(precision, scale), and a plain DECIMAL has none. Add "
        + "precision (the total number of digits), or remove scale for a plain DECIMAL.";
  }

  static String negativeOption(String option, int value, String attribute) {
    return "[ModelColumnOption] @Column(" + option + " = " + value + ") on attribute '" + attribute + "' must not be "
        + "negative. Give a positive " + option + ", or remove it for the default.";
  }

  static String optionTooLarge(String option, int value, String attribute, int max) {
    return "[ModelColumnOption] @Column(" + option + " = " + value + ") on attribute '" + attribute + "' exceeds "
        + "PostgreSQL's limit of " + max + (option.equals("length") ? " for a VARCHAR. Use @Column(text = true) for "
            + "longer text, or give a smaller length." : " digits for a DECIMAL. Give a smaller " + option + ".");
  }

  static String allowNullOnNotNull(String attribute, String reason, String boxed) {
    return "[ModelColumnOption] @Column(allowNull = true) on attribute '" + attribute + "' contradicts its column, which is NOT NULL: " + reason
        + ". Remove allowNull" + (boxed == null ? "." : ", or declare the attribute " + boxed + " to allow null.");
  }

  static String uniqueKey(String attribute) {
    return "[ModelColumnOption] @Column(unique = true) on attribute '" + attribute + "' adds nothing: a primary key "
        + "of one attribute is unique already, and PostgreSQL would build a second index for it. Remove unique.";
  }

  static String transientWithColumnOption(String attribute, String model, String annotation) {
    return "[ModelTransient] Attribute '" + attribute + "' of @Model " + model + " is transient (not stored), so it has "
        + "no column and cannot take @" + annotation + ". Remove @" + annotation + ", or remove @Transient (or the "
        + "transient modifier) to store the attribute.";
  }

  static String defaultTooLong(String value, String attribute, int characters, int length, boolean explicitLength) {
    return "[ModelBadDefault] @DefaultValue(\"" + value + "\") on attribute '" + attribute + "' has " + characters
        + " characters, more than its column holds: VARCHAR(" + length + ")" + (explicitLength ? "" : ", the default "
        + "length") + ". Shorten the default, or give the column room with @Column(length = " + characters
        + ") or @Column(text = true).";
  }

  static String defaultBeyondPrecision(String value, String attribute, int precision, int scale, String problem) {
    return "[ModelBadDefault] @DefaultValue(\"" + value + "\") on attribute '" + attribute + "' does not fit its column "
        + "DECIMAL(" + precision + "," + scale + "): " + problem + ". Change the default, or the column's precision and "
        + "scale.";
  }

  static String defaultOutOfRange(String value, String attribute, String sqlType, String min, String max, String wider) {
    return "[ModelBadDefault] @DefaultValue(\"" + value + "\") on attribute '" + attribute + "' is out of range for its "
        + sqlType + " column, which holds " + min + " to " + max + ". Change the default"
        + (wider == null ? "." : ", or declare the attribute " + wider + ".");
  }

  static String defaultNow(String value, String attribute, String type, boolean timestamp) {
    return "[ModelBadDefault] @DefaultValue(\"" + value + "\") on attribute '" + attribute + "' is SQL, not a value: "
        + "a default is one fixed literal of the attribute's type, and Sequor has no DataTypes.NOW. " + (timestamp
            ? "Sequor fills '" + attribute + "' itself on every " + (attribute.equals("createdAt") ? "create" : "create "
                + "and update") + " (@Model timestamps); remove @DefaultValue."
            : "To record when a row was created, set the value in the builder (" + type + ".now()), or read the "
                + "createdAt timestamp Sequor fills (declare Instant createdAt).");
  }

  static String defaultOnTimestamp(String value, String attribute) {
    return "[ModelBadDefault] @DefaultValue(\"" + value + "\") on attribute '" + attribute + "' would never be used: "
        + "Sequor fills '" + attribute + "' itself (@Model timestamps). Remove @DefaultValue, or set "
        + "@Model(timestamps = false) to fill it yourself.";
  }

  static String defaultOnAutoIncrement(String value, String attribute, boolean explicit) {
    return "[ModelBadDefault] @DefaultValue(\"" + value + "\") on attribute '" + attribute + "' clashes with the "
        + "numbering of its key: the database numbers new rows (" + (explicit ? "@PrimaryKey(autoIncrement = true)"
            : "an integral key named 'id' is numbered by default") + "), and a column has one default. Remove "
        + "@DefaultValue, or " + (explicit ? "remove autoIncrement." : "declare the key @PrimaryKey without autoIncrement.");
  }

  static String timestampColumnClash(String attribute, String model, String column, String timestamp) {
    return "[ModelTimestampColumn] Attribute '" + attribute + "' of @Model " + model + " maps to column \"" + column
        + "\", which holds the " + timestamp + " timestamp Sequor fills (@Model timestamps). Rename the attribute (or "
        + "give it another column with @Column(name = \"...\")), declare it as Instant " + timestamp + " to read the "
        + "timestamp, or set @Model(timestamps = false).";
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
        + ". Change its type, rename the attribute, or set @Model(timestamps = false).";
  }

  static String builderSetterClash(String attribute, String model, String type) {
    return "[ModelBuilderSetter] Attribute '" + attribute + "' of @Model " + model + " may not be named so with type "
        + type + ": its builder setter " + attribute + "(" + type + ") would be Object's final " + attribute + "(" + type
        + "). Rename the attribute; @Column(name = \"" + attribute + "\") keeps the column's name.";
  }

  static String nameClash(String generated, String model) {
    return "[ModelNameClash] Sequor generates class " + generated + " for @Model " + model
        + ", but the sources already declare a type of that name. Rename one of the two.";
  }

  static String internalError(String model, Throwable t) {
    return "[ModelInternalError] Sequor could not process @Model " + model + ": " + t
        + ". This is a bug in Sequor; please report it with the model's source.";
  }

  // ---- renames, indexes, foreign keys -------------------------------------------------------------

  static String renamedToItself(String what, String name) {
    return "[ModelRenamedFrom] @RenamedFrom(\"" + name + "\") names the current " + what + " name, found: \"" + name
        + "\". Write the old " + what + " name, as recorded in the schema snapshot, or remove the annotation.";
  }

  static String indexAttributesOnAttribute(String attribute) {
    return "[ModelIndex] @Index on attribute '" + attribute + "' indexes that attribute and may not list attributes. "
        + "Remove attributes = {...}, or move the @Index to the model to index several attributes.";
  }

  static String indexOnKey(String attribute) {
    return "[ModelIndex] @Index on attribute '" + attribute + "' adds nothing: a primary key of one attribute is "
        + "indexed (and unique) already, and PostgreSQL would build a second index for it. Remove @Index.";
  }

  static String indexWithoutAttributes(String model) {
    return "[ModelIndex] @Index on @Model " + model + " must list the attributes it indexes, found none. "
        + "Write @Index(attributes = {\"a\", \"b\"}), or put @Index on the attribute itself.";
  }

  static String indexUnknownAttribute(String attribute, String model, Collection<String> known) {
    return "[ModelIndex] @Index on @Model " + model + " names attribute '" + attribute + "', which the model does "
        + "not have as a persistent attribute. Use one of " + known + " (attribute names, not column names).";
  }

  static String indexRepeatedAttribute(String attribute, String model) {
    return "[ModelIndex] @Index on @Model " + model + " names attribute '" + attribute + "' twice. "
        + "List each attribute once.";
  }

  static String duplicateIndex(String index, String model, String other) {
    return "[ModelDuplicateIndex] An @Index of @Model " + model + " is named \"" + index + "\", like an index of "
        + (other.equals(model) ? "the same model" : "@Model " + other) + "; PostgreSQL needs index names unique in the schema. "
        + "Give one of them another name with @Index(name = \"...\").";
  }

  static String referenceNotModel(String attribute, String target) {
    return "[ModelReference] @References on attribute '" + attribute + "' must name a @Model, found: " + target
        + ". Reference a @Model class, or annotate " + target + " with @Model.";
  }

  static String referenceCompositeKey(String attribute, String target, List<String> key) {
    return "[ModelReference] @References on attribute '" + attribute + "' needs a model with a single-attribute "
        + "primary key, but @Model " + target + " has the composite key " + key + ". Reference another model, "
        + "or write the composite foreign key in a hand-written migration.";
  }

  static String referenceType(String attribute, String type, String target, String key, String keyType, boolean enumKey) {
    return "[ModelReferenceType] Attribute '" + attribute + "' has type " + type + ", but it references the primary key '"
        + key + "' of @Model " + target + ", of type " + keyType + ". "
        + (enumKey ? "An enum key cannot be referenced (its PostgreSQL type belongs to its table); reference another model."
            : "Give the attribute the key's type.");
  }

  static String referenceAction(String attribute, String option, String action) {
    return "[ModelReference] @References(" + option + " = " + action.replace(' ', '_') + ") on attribute '" + attribute
        + "' " + (action.equals("SET NULL") ? "needs a nullable column, found NOT NULL. Allow null, or choose another action."
            : "needs a column default, found none. Add @DefaultValue, or choose another action.");
  }

  // ---- associations ------------------------------------------------------------------------------

  private static String association(String annotation, String name, String model) {
    return "@" + annotation + " " + name + " of @Model " + model;
  }

  static String associationTwice(String name, String model) {
    return "[ModelAssociation] Attribute '" + name + "' of @Model " + model + " declares more than one association. "
        + "Keep one of @BelongsTo, @HasOne and @HasMany; declare each association on an attribute of its own.";
  }

  static String associationWithColumnAnnotation(String name, String model, String annotation) {
    return "[ModelAssociation] Attribute '" + name + "' of @Model " + model + " is an association, not a column, so it "
        + "cannot take @" + annotation + ". Put @" + annotation + " on its foreign key attribute, or remove it.";
  }

  static String associationType(String annotation, String name, String model, String type, boolean many) {
    return "[ModelAssociation] " + association(annotation, name, model) + " must have "
        + (many ? "type List<T> of a @Model T" : "the type of a @Model") + ", found: " + type + ". "
        + (many ? "Declare it as List<Target>, with Target a @Model." : "Declare it with the associated @Model as its type.")
        + (many ? "" : " For a list, use @HasMany.");
  }

  static String associationCompositeKey(String annotation, String name, String model, String keyOwner, List<String> key) {
    return "[ModelAssociation] " + association(annotation, name, model) + " needs a primary key of one attribute on @Model "
        + keyOwner + ", which has the composite key " + key + ". Give it a single-attribute key, or write the join "
        + "with jOOQ.";
  }

  static String associationNoForeignKey(String annotation, String name, String model, String foreignKey, String holder,
      String keyType, String keyOwner, String key, boolean explicit) {
    return "[ModelAssociationKey] " + association(annotation, name, model) + " needs the foreign key attribute '"
        + foreignKey + "' on @Model " + holder + ", " + (explicit ? "named by foreignKey" : "as Sequelize names it")
        + ", but " + holder + " has no such attribute. Declare '" + keyType + " " + foreignKey + "' in " + holder
        + " (it holds " + keyOwner + "'s key '" + key + "'), or name another attribute with foreignKey.";
  }

  static String associationForeignKeyType(String annotation, String name, String model, String foreignKey, String holder,
      String type, String keyOwner, String key, String keyType, boolean enumKey) {
    return "[ModelAssociationKey] " + association(annotation, name, model) + ": its foreign key '" + foreignKey + "' of @Model "
        + holder + " has type " + type + ", but it holds the primary key '" + key + "' of @Model " + keyOwner
        + ", of type " + keyType + ". " + (enumKey ? "An enum key cannot be referenced; give " + keyOwner + " another key."
            : "Give '" + foreignKey + "' the key's type.");
  }

  static String associationReferences(String annotation, String name, String model, String foreignKey, String holder) {
    return "[ModelAssociationKey] " + association(annotation, name, model) + ": its foreign key '" + foreignKey
        + "' of @Model " + holder + " also has @References. The association declares the constraint: remove @References "
        + "and give onDelete/onUpdate on the association.";
  }

  static String associationAction(String annotation, String name, String option, String action, String foreignKey,
      String holder) {
    return "[ModelAssociation] @" + annotation + "(" + option + " = " + action.replace(' ', '_') + ") on '" + name
        + "' " + (action.equals("SET NULL")
            ? "needs a nullable foreign key, but '" + foreignKey + "' of " + holder + " is NOT NULL. Allow null, or choose another action."
            : "needs a default on '" + foreignKey + "' of " + holder + ", found none. Add @DefaultValue, or choose another action.");
  }

  static String belongsToManyThrough(String name, String model, boolean both) {
    return "[ModelAssociation] " + association("BelongsToMany", name, model) + " needs its join table: "
        + (both ? "through and throughModel are both given. Keep one."
            : "give through = \"<table>\" (a table the migrations create) or throughModel = <JoinModel>.class.");
  }

  static String belongsToManySameKey(String name, String model, String key, boolean foreignKeyGiven,
      boolean otherKeyGiven) {
    String found = foreignKeyGiven && otherKeyGiven ? "foreignKey and otherKey are both '" + key + "'"
        : foreignKeyGiven ? "foreignKey = \"" + key + "\" is also the name inferred for the other model's key"
        : otherKeyGiven ? "otherKey = \"" + key + "\" is also the name inferred for this model's key"
        : "both join keys are inferred as '" + key + "' (a model associated with itself)";
    return "[ModelAssociationKey] " + association("BelongsToMany", name, model) + ": " + found
        + ", one column for two keys. Name the other key with otherKey (or foreignKey).";
  }

  static String belongsToManyJoinNotModel(String name, String model, String type) {
    return "[ModelAssociation] " + association("BelongsToMany", name, model) + ": throughModel must name a @Model, found: "
        + type + ". Annotate it with @Model, or give through = \"<table>\" instead.";
  }

  static String joinTableDiffers(String table, String first, String second) {
    return "[ModelAssociation] The join table " + table + " is declared by " + first + " and by " + second
        + " with other keys. Declare it with the same two key columns on both sides (foreignKey and otherKey swap).";
  }

  static String joinTableIsAModelTable(String table, String declaredBy, String model) {
    return "[ModelAssociation] The join table " + table + " of " + declaredBy + " is the table of @Model " + model
        + ". Use throughModel = " + model + ".class, or name another table.";
  }

  static String foreignKeyTwoTargets(String table, String column, String first, String firstTarget, String second,
      String secondTarget) {
    return "[ModelAssociationKey] The foreign key " + table + "." + column + " references " + firstTarget + " for "
        + first + " but " + secondTarget + " for " + second + ": one column holds one key. Give one of them another "
        + "foreignKey attribute.";
  }

  static String associationActionsDiffer(String option, String table, String column, String first, String firstAction,
      String second, String secondAction) {
    return "[ModelAssociation] The foreign key " + table + "." + column + " gets " + option + " = "
        + secondAction.replace(' ', '_') + " from " + second + " but " + firstAction.replace(' ', '_') + " from " + first
        + ". Give " + option + " on one side only, or the same on both.";
  }

  // ---- options, snapshot, pending changes ---------------------------------------------------------

  static String badOption(String option, String expected, String found) {
    return "[SequorOption] Processor option -A" + option + " may only have " + expected + ", found: \"" + found + "\".";
  }

  static String snapshotInvalid(String problem) {
    return "[SchemaSnapshotInvalid] Sequor cannot read the schema snapshot: " + problem + ". Fix the file (a merge "
        + "conflict?) so that it matches the migrations, or restore it from version control.";
  }

  static String schemaPending(SchemaDiff.Change change) {
    return "[SchemaPending] " + change.description() + ": the models differ from the schema snapshot. "
        + (change.problem() == null
            ? "Generate the migration with mvn sequor:migration-generate -Dname=<name>."
            : "Generation refuses this change: " + change.problem().message());
  }

  static String schemaInternalError(Throwable t) {
    return "[SchemaInternalError] Sequor could not compare the models with the schema snapshot: " + t
        + ". This is a bug in Sequor; please report it with the models and the snapshot.";
  }

  // ---- seeders ------------------------------------------------------------------------------------

  static String seedNotAClass(String kind, String name) {
    return "[SeedNotClass] @Seed may only annotate a concrete class, found: " + kind + " " + name
        + ". Declare the seeder as a public class, neither abstract nor an interface or enum, that implements Seeder.";
  }

  static String seedNotPublic(String name) {
    return "[SeedNotPublic] @Seed class " + name + " must be public (and static, in public classes, if nested), "
        + "because the seed runner instantiates it from outside its package. Make it public.";
  }

  static String seedNotSeeder(String name) {
    return "[SeedNotSeeder] @Seed class " + name + " must implement " + RuntimeNames.SEEDER_INTERFACE
        + ", found it does not. Add implements Seeder, with its up and down methods.";
  }

  static String seedNoConstructor(String name) {
    return "[SeedNoConstructor] @Seed class " + name + " needs a public constructor without parameters, "
        + "so that the seed runner can create it. Add one, or make the existing one public.";
  }

  static String seedInvalidName(String name) {
    return "[SeedInvalidName] @Seed(name = \"" + name + "\") must be a 14-digit timestamp, a dash and lower-case "
        + "words of letters and digits joined by dashes (" + SeederIndexFile.NAME.pattern() + "), found: \"" + name
        + "\". Write it as yyyyMMddHHmmss-description, for example \"20261125120000-demo-products\".";
  }

  static String seedDuplicateName(String name, String seeder, String other) {
    return "[SeedDuplicateName] @Seed(name = \"" + name + "\") on " + seeder + " is already the name of @Seed class "
        + other + "; the seed history records seeders by name. Give one of them another name.";
  }

  static String seedInvalidEnvironment(String environment, String seeder) {
    return "[SeedInvalidEnvironment] The environments of @Seed class " + seeder + " must be names of letters, digits, "
        + "'_' and '-', starting with a letter, found: \"" + environment + "\". Write it as \"development\", or remove "
        + "environments to seed in every environment.";
  }

  static String seedInternalError(String seeder, Throwable t) {
    return "[SeedInternalError] Sequor could not process @Seed class " + seeder + ": " + t
        + ". This is a bug in Sequor; please report it with the seeder's source.";
  }

  static String seedWriteFailed(String path, String problem) {
    return "[SeedWriteFailed] Unable to write " + path + ": " + problem;
  }
}
