package dev.sequor.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.sequor.processor.ModelDescriptor.ConstructorArgument;
import dev.sequor.processor.ModelDescriptor.HiddenColumn;
import dev.sequor.processor.ModelDescriptor.IndexDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one {@code @Model} type into a {@link ModelDescriptor}. Reports every problem it finds on the
 * offending element and returns empty if there was any; never throws for a user's mistake.
 */
final class ModelParser {

  private static final String LIST = "java.util.List";
  private static final String CREATED_AT = "createdAt";
  private static final String UPDATED_AT = "updatedAt";
  /** The generated class's own constants, which attribute constants must not take. */
  private static final Set<String> RESERVED_CONSTANTS = Set.of("M", "MODEL");

  private final Elements elements;
  private final Types types;
  private final ErrorReporter reporter;
  /** Parses referenced models without reporting (their own problems are reported where they are declared); null in that parser. */
  private final ModelParser referencedModels;
  private final Map<String, Optional<ModelDescriptor>> referenced = new HashMap<>();

  ModelParser(ProcessingEnvironment env, ErrorReporter reporter) {
    this(env, reporter, true);
  }

  private ModelParser(ProcessingEnvironment env, ErrorReporter reporter, boolean resolveReferences) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.reporter = reporter;
    this.referencedModels = resolveReferences ? new ModelParser(env, ErrorReporter.silent(), false) : null;
  }

  /**
   * Whether any member's type, or a model a member {@code @References}, is not resolved yet (another processor
   * may generate it in a later round).
   */
  static boolean hasUnresolvedTypes(TypeElement type) {
    for (Element member : members(type)) {
      if (member.asType().getKind() == TypeKind.ERROR || (member.asType() instanceof DeclaredType declared
          && declared.getTypeArguments().stream().anyMatch(t -> t.getKind() == TypeKind.ERROR))) {
        return true;
      }
      TypeMirror target = referencedType(member);
      if (target != null && (target.getKind() == TypeKind.ERROR
          || (target.getKind() == TypeKind.DECLARED && !target.equals(type.asType())
              && members((TypeElement) ((DeclaredType) target).asElement()).stream()
                  .anyMatch(m -> m.asType().getKind() == TypeKind.ERROR)))) {
        return true;
      }
    }
    return false;
  }

  /** The type named by a member's {@code @References}, or null. */
  private static TypeMirror referencedType(Element member) {
    AnnotationMirror references = annotation(member, RuntimeNames.REFERENCES_ANNOTATION);
    AnnotationValue value = references == null ? null : explicitValues(references).get("value");
    return value != null && value.getValue() instanceof TypeMirror t ? t : null;
  }

  Optional<ModelDescriptor> parse(TypeElement type) {
    int errorsBefore = reporter.errorCount();
    String qualifiedName = type.getQualifiedName().toString();
    boolean isRecord = type.getKind() == ElementKind.RECORD;
    if (!isRecord && (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT))) {
      reporter.error(type, Messages.notAClass(kindName(type), qualifiedName));
      return Optional.empty();
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)
        || (type.getNestingKind() == NestingKind.MEMBER && !isRecord && !type.getModifiers().contains(Modifier.STATIC))) {
      reporter.error(type, Messages.notAccessible(qualifiedName));
      return Optional.empty();
    }

    if (!type.getTypeParameters().isEmpty()) {
      reporter.error(type, Messages.generic(qualifiedName));
      return Optional.empty();
    }

    AnnotationMirror model = annotation(type, RuntimeNames.MODEL_ANNOTATION);
    ModelOptions options = readModelOptions(type, model);
    if (options == null) {
      return Optional.empty();
    }

    Set<String> constants = new HashSet<>(RESERVED_CONSTANTS);
    List<AttributeDescriptor> attributes = new ArrayList<>();
    List<ConstructorArgument> recordArguments = new ArrayList<>();
    Map<String, AttributeDescriptor> byColumn = new LinkedHashMap<>();
    List<Element> members = members(type);
    boolean explicitKey = members.stream().anyMatch(m -> annotation(m, RuntimeNames.PRIMARY_KEY_ANNOTATION) != null
        && associationAnnotations(m).isEmpty() && !isTransient(m));

    List<Element> associationMembers = new ArrayList<>();
    List<Integer> associationArguments = new ArrayList<>();
    for (Element member : members) {
      if (!associationAnnotations(member).isEmpty()) {
        associationMembers.add(member);
        associationArguments.add(recordArguments.size());
        recordArguments.add(null); // its association, once every attribute is known
        continue;
      }
      if (isTransient(member)) {
        checkNoColumnAnnotations(member, qualifiedName);
        recordArguments.add(new ConstructorArgument(null, javaDefault(member.asType()), null));
        continue;
      }
      AttributeDescriptor attribute = parseAttribute(type, member, options, explicitKey, constants, isRecord);
      if (attribute == null) {
        continue;
      }
      AttributeDescriptor clash = byColumn.putIfAbsent(attribute.column(), attribute);
      if (clash != null) {
        reporter.error(member, Messages.duplicateColumn(attribute.name(), qualifiedName, attribute.column(), clash.name()));
        continue;
      }
      attributes.add(attribute);
      recordArguments.add(ConstructorArgument.of(attribute));
    }

    List<HiddenColumn> hidden = new ArrayList<>();
    String createdAtColumn = null;
    String updatedAtColumn = null;
    if (options.timestamps) {
      createdAtColumn = timestampColumn(CREATED_AT, options, attributes, byColumn, hidden, constants, qualifiedName);
      updatedAtColumn = timestampColumn(UPDATED_AT, options, attributes, byColumn, hidden, constants, qualifiedName);
    }

    List<AttributeDescriptor> key = attributes.stream().filter(AttributeDescriptor::primaryKey).toList();
    if (key.isEmpty() && reporter.errorCount() == errorsBefore) {
      reporter.error(type, Messages.noPrimaryKey(qualifiedName));
    }
    if (key.size() == 1 && key.get(0).unique()) {
      AnnotationMirror column = annotation(key.get(0).element(), RuntimeNames.COLUMN_ANNOTATION);
      reporter.error(key.get(0).element(), column, explicitValues(column).get("unique"),
          Messages.uniqueKey(key.get(0).name()));
    }
    for (AttributeDescriptor a : key) {
      if (a.autoIncrement() && (key.size() > 1 || !a.type().isIntegral())) {
        reporter.error(a.element(), Messages.autoIncrement(a.name(),
            key.size() > 1 ? "a key of " + key.size() + " attributes" : "type " + a.javaType()));
      }
    }
    if (!isRecord && !hasNoArgConstructor(type)) {
      reporter.error(type, Messages.noConstructor(qualifiedName));
    }
    List<AssociationDescriptor> associations = new ArrayList<>();
    for (int i = 0; i < associationMembers.size(); i++) {
      AssociationDescriptor association = referencedModels == null ? null
          : association(type, options, associationMembers.get(i), attributes, key, constants, isRecord);
      if (association != null) {
        associations.add(association);
        recordArguments.set(associationArguments.get(i), new ConstructorArgument(null, null, association));
      }
    }
    // an association not parsed (its error reported, or a referenced model parsed on its own) passes null
    recordArguments.replaceAll(a -> a != null ? a : new ConstructorArgument(null, "null", null));
    String renamedFrom = renamedFrom(type, "table", options.tableName);
    List<IndexDeclaration> indexes = indexes(type, attributes, createdAtColumn, updatedAtColumn);

    if (reporter.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    ClassName modelClass = ClassName.get(type);
    return Optional.of(new ModelDescriptor(type, modelClass, generatedName(modelClass), options.modelName,
        options.tableName, isRecord, List.copyOf(recordArguments), List.copyOf(attributes), List.copyOf(hidden),
        createdAtColumn, updatedAtColumn, options.explicitTableName, renamedFrom, indexes, List.copyOf(associations)));
  }

  /** The generated companion: {@code ProductModel}, or {@code OuterProductModel} for a nested model. */
  static ClassName generatedName(ClassName model) {
    return ClassName.get(model.packageName(), String.join("", model.simpleNames()) + "Model");
  }

  // ---- the @Model annotation --------------------------------------------------------------------

  private record ModelOptions(String modelName, String tableName, boolean explicitTableName, boolean underscored,
      boolean timestamps) {}

  private ModelOptions readModelOptions(TypeElement type, AnnotationMirror model) {
    Map<String, AnnotationValue> explicit = explicitValues(model);
    boolean valid = true;
    String modelName = type.getSimpleName().toString();
    if (explicit.containsKey("modelName")) {
      modelName = (String) explicit.get("modelName").getValue();
      valid &= checkName(type, model, explicit.get("modelName"), "Model", "modelName", modelName);
    }
    boolean freeze = booleanValue(explicit, "freezeTableName", false);
    boolean underscored = booleanValue(explicit, "underscored", false);
    boolean timestamps = booleanValue(explicit, "timestamps", true);
    String tableName;
    if (explicit.containsKey("tableName")) {
      tableName = (String) explicit.get("tableName").getValue();
      valid &= checkName(type, model, explicit.get("tableName"), "Model", "tableName", tableName);
    } else {
      tableName = Naming.tableName(modelName, freeze, underscored);
      String problem = Sql.identifierProblem(tableName);
      if (valid && problem != null) {
        reporter.error(type, Messages.invalidInferredName("table name", tableName, type.getQualifiedName().toString(), problem));
        valid = false;
      }
    }
    return valid
        ? new ModelOptions(modelName, tableName, explicit.containsKey("tableName"), underscored, timestamps)
        : null;
  }

  private boolean checkName(Element element, AnnotationMirror annotation, AnnotationValue value,
      String annotationName, String member, String name) {
    String problem = Sql.identifierProblem(name);
    if (problem != null) {
      reporter.error(element, annotation, value, Messages.invalidName(annotationName, member, name, problem));
      return false;
    }
    return true;
  }

  // ---- attributes --------------------------------------------------------------------------------

  private AttributeDescriptor parseAttribute(TypeElement model, Element member, ModelOptions options,
      boolean explicitKey, Set<String> constants, boolean isRecord) {
    String modelName = model.getQualifiedName().toString();
    String name = member.getSimpleName().toString();
    TypeMirror javaType = member.asType();
    AttributeType type = attributeType(javaType);
    AttributeType elementType = type == AttributeType.ARRAY ? arrayElement(javaType) : null;
    if (type == null) {
      reporter.error(member, Messages.unsupportedType(name, modelName, javaType.toString()));
      return null;
    }
    boolean ok = true;
    if (name.equals("wait") && javaType.getKind() == TypeKind.LONG) {
      reporter.error(member, Messages.builderSetterClash(name, modelName, javaType.toString()));
      ok = false;
    }
    // length, precision and scale of an array attribute apply to its elements
    AttributeType scalarType = elementType != null ? elementType : type;

    AnnotationMirror columnAnnotation = annotation(member, RuntimeNames.COLUMN_ANNOTATION);
    Map<String, AnnotationValue> column = explicitValues(columnAnnotation);
    String columnName = Naming.columnName(name, options.underscored);
    if (column.containsKey("name")) {
      columnName = (String) column.get("name").getValue();
      ok &= checkName(member, columnAnnotation, column.get("name"), "Column", "name", columnName);
    } else {
      String problem = Sql.identifierProblem(columnName);
      if (problem != null) {
        reporter.error(member, Messages.invalidInferredName("column name", columnName, modelName, problem));
        ok = false;
      }
    }
    int length = intValue(column, "length");
    int precision = intValue(column, "precision");
    int scale = intValue(column, "scale");
    if (column.containsKey("length") && scalarType != AttributeType.STRING) {
      reporter.error(member, columnAnnotation, column.get("length"), Messages.columnOption("length", length, name, "String", javaType.toString()));
      ok = false;
    }
    for (String option : List.of("precision", "scale")) {
      if (column.containsKey(option) && scalarType != AttributeType.BIG_DECIMAL) {
        reporter.error(member, columnAnnotation, column.get(option), Messages.columnOption(option, intValue(column, option), name, "BigDecimal", javaType.toString()));
        ok = false;
      }
    }
    for (String option : List.of("length", "precision", "scale")) {
      int value = intValue(column, option);
      int max = option.equals("length") ? Sql.MAX_VARCHAR_LENGTH : Sql.MAX_NUMERIC_PRECISION;
      if (ok && (value < 0 || value > max)) {
        reporter.error(member, columnAnnotation, column.get(option), value < 0
            ? Messages.negativeOption(option, value, name) : Messages.optionTooLarge(option, value, name, max));
        ok = false;
      }
    }
    if (ok && scalarType == AttributeType.BIG_DECIMAL && column.containsKey("scale") && precision == 0) {
      reporter.error(member, columnAnnotation, column.get("scale"), Messages.scaleWithoutPrecision(name, scale));
      ok = false;
    } else if (ok && scalarType == AttributeType.BIG_DECIMAL && scale > precision) {
      reporter.error(member, columnAnnotation, column.get("scale"), Messages.scaleExceedsPrecision(name, scale, precision));
      ok = false;
    }
    boolean unbounded = booleanValue(column, "text", false);
    if (column.containsKey("text") && scalarType != AttributeType.STRING) {
      reporter.error(member, columnAnnotation, column.get("text"), Messages.columnOption("text", unbounded, name, "String", javaType.toString()));
      ok = false;
    } else if (unbounded && column.containsKey("length")) {
      reporter.error(member, columnAnnotation, column.get("text"), Messages.textWithLength(name, length));
      ok = false;
    } else if (unbounded) {
      // a TEXT column, or an array of TEXT: the same Java type, another SQL type
      if (elementType != null) {
        elementType = AttributeType.TEXT;
      } else {
        type = AttributeType.TEXT;
      }
    }

    AnnotationMirror keyAnnotation = annotation(member, RuntimeNames.PRIMARY_KEY_ANNOTATION);
    boolean primaryKey = keyAnnotation != null || (!explicitKey && name.equals("id"));
    boolean autoIncrement = keyAnnotation != null
        ? booleanValue(explicitValues(keyAnnotation), "autoIncrement", false)
        : primaryKey && type.isIntegral();
    if (primaryKey && type == AttributeType.ARRAY) {
      reporter.error(member, Messages.arrayKey(name, modelName, javaType.toString()));
      ok = false;
    } else if (primaryKey && type == AttributeType.JSON) {
      reporter.error(member, Messages.jsonKey(name, modelName));
      ok = false;
    }

    List<String> enumConstants = type == AttributeType.ENUM ? enumConstants(javaType) : List.of();
    String enumTypeName = type == AttributeType.ENUM ? Naming.enumTypeName(options.tableName, columnName) : null;

    String defaultLiteral = null;
    AnnotationMirror defaultAnnotation = annotation(member, RuntimeNames.DEFAULT_VALUE_ANNOTATION);
    if (defaultAnnotation != null) {
      AnnotationValue value = explicitValues(defaultAnnotation).get("value");
      String text = (String) value.getValue();
      String problem = defaultProblem(text, name, type, options, autoIncrement, keyAnnotation != null, column);
      if (problem == null) {
        try {
          defaultLiteral = type.defaultLiteral(text, enumConstants);
        } catch (IllegalArgumentException e) {
          problem = Messages.badDefault(text, name, javaType.toString(), e.getMessage());
        }
      }
      if (problem != null) {
        reporter.error(member, defaultAnnotation, value, problem);
        ok = false;
      }
    }

    String getter = isRecord ? name : getter(model, member);
    String setter = isRecord ? null : setter(model, member);
    if (getter == null) {
      reporter.error(member, Messages.missingAccessor(name, modelName, "getter " + accessorName(
          javaType.getKind() == TypeKind.BOOLEAN ? "is" : "get", name) + "()"));
      ok = false;
    }
    if (!isRecord && setter == null) {
      reporter.error(member, Messages.missingAccessor(name, modelName, "setter " + accessorName("set", name)
          + "(" + javaType + ")"));
      ok = false;
    }
    if (!ok) {
      return null;
    }

    boolean timestamp = options.timestamps && (name.equals(CREATED_AT) || name.equals(UPDATED_AT));
    boolean notNull = javaType.getKind().isPrimitive() || primaryKey || timestamp
        || !booleanValue(column, "allowNull", true);
    boolean unique = booleanValue(column, "unique", false);
    if (booleanValue(column, "allowNull", false) && notNull) {
      String reason = primaryKey ? "a primary key is never null"
          : timestamp ? "Sequor fills the " + name + " timestamp on every create"
          : "a primitive " + javaType + " cannot hold null";
      reporter.error(member, columnAnnotation, column.get("allowNull"), Messages.allowNullOnNotNull(name, reason,
          !primaryKey && !timestamp ? TypeName.get(javaType).box().toString() : null));
      return null;
    }
    int errorsBefore = reporter.errorCount();
    String renamedFrom = renamedFrom(member, "column", columnName);
    AttributeDescriptor.Reference reference = reference(member, name, type, notNull, defaultLiteral != null);
    if (reporter.errorCount() != errorsBefore) {
      return null;
    }
    TypeName typeName = TypeName.get(javaType);
    String constant = allocate(Naming.constantName(name), constants);
    String sqlType = elementType != null ? elementType.arraySqlType(length, precision, scale)
        : type.sqlType(length, precision, scale, enumTypeName, autoIncrement);
    return new AttributeDescriptor(member, name, constant, columnName, type, typeName, typeName.box(),
        enumConstants, enumTypeName, getter, setter, primaryKey, autoIncrement, notNull,
        unique, defaultLiteral, sqlType, renamedFrom, reference, elementType);
  }

  private String timestampColumn(String attributeName, ModelOptions options, List<AttributeDescriptor> attributes,
      Map<String, AttributeDescriptor> byColumn, List<HiddenColumn> hidden, Set<String> constants, String modelName) {
    for (AttributeDescriptor a : attributes) {
      if (a.name().equals(attributeName)) {
        if (a.type() != AttributeType.INSTANT && a.type() != AttributeType.OFFSET_DATE_TIME) {
          reporter.error(a.element(), Messages.timestampType(a.name(), modelName, a.javaType().toString()));
        }
        return a.column();
      }
    }
    String column = Naming.columnName(attributeName, options.underscored);
    AttributeDescriptor clash = byColumn.get(column);
    if (clash != null) {
      reporter.error(clash.element(), Messages.timestampColumnClash(clash.name(), modelName, column, attributeName));
    }
    hidden.add(new HiddenColumn(allocate(Naming.constantName(attributeName), constants), column));
    return column;
  }

  /** SQL's names for "now", which a user may write as a default as Sequelize's {@code DataTypes.NOW} would be. */
  private static final Set<String> NOW = Set.of("now()", "now", "current_timestamp", "current_timestamp()",
      "current_date", "current_time", "localtimestamp", "localtime", "transaction_timestamp()", "statement_timestamp()",
      "clock_timestamp()");

  /**
   * The message for a {@code @DefaultValue} the column cannot take whatever its text's syntax, or that does not fit
   * the column; null when the type's own parsing is left to judge it.
   */
  private static String defaultProblem(String text, String name, AttributeType type, ModelOptions options,
      boolean autoIncrement, boolean explicitKey, Map<String, AnnotationValue> column) {
    int length = intValue(column, "length");
    int precision = intValue(column, "precision");
    int scale = intValue(column, "scale");
    boolean temporal = switch (type) {
      case INSTANT, OFFSET_DATE_TIME, LOCAL_DATE, LOCAL_TIME, LOCAL_DATE_TIME -> true;
      default -> false;
    };
    boolean timestamp = options.timestamps && (name.equals(CREATED_AT) || name.equals(UPDATED_AT));
    if (temporal && NOW.contains(text.trim().toLowerCase(java.util.Locale.ROOT))) {
      String javaType = type.javaType();
      return Messages.defaultNow(text, name, javaType.substring(javaType.lastIndexOf('.') + 1), timestamp);
    }
    if (timestamp) {
      return Messages.defaultOnTimestamp(text, name);
    }
    if (autoIncrement) {
      return Messages.defaultOnAutoIncrement(text, name, explicitKey);
    }
    if (type == AttributeType.STRING) {
      int max = length > 0 ? length : 255;
      int characters = text.codePointCount(0, text.length());
      return characters > max ? Messages.defaultTooLong(text, name, characters, max, column.containsKey("length")) : null;
    }
    if (type.isIntegral()) {
      java.math.BigInteger value;
      try {
        value = new java.math.BigInteger(text.trim());
      } catch (NumberFormatException e) {
        return null; // not an integer at all: the type's parser says so
      }
      long min = type == AttributeType.SHORT ? Short.MIN_VALUE : type == AttributeType.INTEGER ? Integer.MIN_VALUE
          : Long.MIN_VALUE;
      long max = type == AttributeType.SHORT ? Short.MAX_VALUE : type == AttributeType.INTEGER ? Integer.MAX_VALUE
          : Long.MAX_VALUE;
      if (value.compareTo(java.math.BigInteger.valueOf(min)) < 0 || value.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
        String wider = type == AttributeType.SHORT ? "Integer" : type == AttributeType.INTEGER ? "Long" : null;
        return Messages.defaultOutOfRange(text, name, type.sqlType(0, 0, 0, null, false), String.valueOf(min),
            String.valueOf(max), wider);
      }
      return null;
    }
    if (type == AttributeType.BIG_DECIMAL && precision > 0) {
      java.math.BigDecimal value;
      try {
        value = new java.math.BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        return null;
      }
      // trailing zeros after the point fit any scale: 12.50 is stored as 12.5 would be
      java.math.BigDecimal exact = value.signum() == 0 ? java.math.BigDecimal.ZERO : value.stripTrailingZeros();
      int fraction = Math.max(0, exact.scale());
      int whole = Math.max(0, exact.precision() - exact.scale());
      if (fraction > scale) {
        return Messages.defaultBeyondPrecision(text, name, precision, scale, digits(fraction) + " after the point, "
            + (column.containsKey("scale") ? "more than its scale of " + scale : "where it keeps none (no scale given)")
            + ", so PostgreSQL would round it");
      }
      if (whole > precision - scale) {
        return Messages.defaultBeyondPrecision(text, name, precision, scale, digits(whole) + " before the point, more "
            + "than the " + (precision - scale) + " that " + (column.containsKey("scale") ? "precision - scale leaves"
                : "its precision allows"));
      }
    }
    return null;
  }

  private static String digits(int count) {
    return count + (count == 1 ? " digit" : " digits");
  }

  private AttributeType attributeType(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN, INT, LONG, SHORT, DOUBLE, FLOAT:
        return AttributeType.forTypeName(type.toString());
      case ARRAY:
        if (((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
          return AttributeType.BYTES;
        }
        return arrayElement(type) != null ? AttributeType.ARRAY : null;
      case DECLARED:
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (element.getKind() == ElementKind.ENUM) {
          return AttributeType.ENUM;
        }
        if (element.getQualifiedName().contentEquals(LIST)) {
          return arrayElement(type) != null ? AttributeType.ARRAY : null;
        }
        return AttributeType.forTypeName(element.getQualifiedName().toString());
      default:
        return null;
    }
  }

  /**
   * The element type of a {@code String[]}, {@code Long[]}, {@code List<Long>}...: a boxed type among
   * {@link AttributeType#isArrayElement}; null for anything else ({@code int[]}, {@code List<Instant>}, nested
   * arrays, a raw {@code List}).
   */
  private static AttributeType arrayElement(TypeMirror type) {
    TypeMirror element;
    if (type.getKind() == TypeKind.ARRAY) {
      element = ((ArrayType) type).getComponentType();
    } else {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      element = arguments.size() == 1 ? arguments.get(0) : null;
    }
    if (element == null || element.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement elementType = (TypeElement) ((DeclaredType) element).asElement();
    AttributeType found = AttributeType.forTypeName(elementType.getQualifiedName().toString());
    return found != null && found.isArrayElement() ? found : null;
  }

  private static List<String> enumConstants(TypeMirror type) {
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    return element.getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
        .map(e -> e.getSimpleName().toString())
        .toList();
  }

  // ---- migrations: renames, indexes, foreign keys ------------------------------------------------

  /**
   * The old name a {@code @RenamedFrom} on {@code element} declares, or null without one; reports and returns
   * null when it is not a valid name or is the current one.
   */
  private String renamedFrom(Element element, String what, String currentName) {
    AnnotationMirror mirror = annotation(element, RuntimeNames.RENAMED_FROM_ANNOTATION);
    if (mirror == null) {
      return null;
    }
    AnnotationValue value = explicitValues(mirror).get("value");
    String old = (String) value.getValue();
    if (!checkName(element, mirror, value, "RenamedFrom", "value", old)) {
      return null;
    }
    if (old.equals(currentName)) {
      reporter.error(element, mirror, value, Messages.renamedToItself(what, old));
      return null;
    }
    return old;
  }

  /** The {@code @Index}es of the model: on attributes first, in attribute order, then on the type. */
  private List<IndexDeclaration> indexes(TypeElement type, List<AttributeDescriptor> attributes,
      String createdAtColumn, String updatedAtColumn) {
    List<IndexDeclaration> indexes = new ArrayList<>();
    boolean singleKey = attributes.stream().filter(AttributeDescriptor::primaryKey).count() == 1;
    for (AttributeDescriptor a : attributes) {
      for (AnnotationMirror mirror : indexAnnotations(a.element())) {
        Map<String, AnnotationValue> values = explicitValues(mirror);
        if (values.containsKey("attributes")) {
          reporter.error(a.element(), mirror, values.get("attributes"), Messages.indexAttributesOnAttribute(a.name()));
          continue;
        }
        if (singleKey && a.primaryKey()) {
          reporter.error(a.element(), mirror, null, Messages.indexOnKey(a.name()));
          continue;
        }
        indexName(a.element(), mirror, values).ifPresent(name ->
            indexes.add(new IndexDeclaration(a.element(), mirror, name.isEmpty() ? null : name, List.of(a.column()),
                booleanValue(values, "unique", false))));
      }
    }
    Map<String, String> columns = new LinkedHashMap<>();
    for (AttributeDescriptor a : attributes) {
      columns.put(a.name(), a.column());
    }
    if (createdAtColumn != null) {
      columns.putIfAbsent(CREATED_AT, createdAtColumn);
      columns.putIfAbsent(UPDATED_AT, updatedAtColumn);
    }
    String model = type.getQualifiedName().toString();
    for (AnnotationMirror mirror : indexAnnotations(type)) {
      Map<String, AnnotationValue> values = explicitValues(mirror);
      AnnotationValue listed = values.get("attributes");
      List<String> names = listed == null ? List.of() : stringList(listed);
      if (names.isEmpty()) {
        reporter.error(type, mirror, listed, Messages.indexWithoutAttributes(model));
        continue;
      }
      List<String> indexed = new ArrayList<>();
      for (String name : names) {
        if (!columns.containsKey(name)) {
          reporter.error(type, mirror, listed, Messages.indexUnknownAttribute(name, model, columns.keySet()));
        } else if (indexed.contains(columns.get(name))) {
          reporter.error(type, mirror, listed, Messages.indexRepeatedAttribute(name, model));
        } else {
          indexed.add(columns.get(name));
          continue;
        }
        indexed = null;
        break;
      }
      if (indexed != null) {
        List<String> indexColumns = List.copyOf(indexed);
        indexName(type, mirror, values).ifPresent(name ->
            indexes.add(new IndexDeclaration(type, mirror, name.isEmpty() ? null : name, indexColumns,
                booleanValue(values, "unique", false))));
      }
    }
    return List.copyOf(indexes);
  }

  /** The explicit index name, "" for the default, or empty when the explicit name is invalid (reported). */
  private Optional<String> indexName(Element element, AnnotationMirror mirror, Map<String, AnnotationValue> values) {
    AnnotationValue value = values.get("name");
    if (value == null) {
      return Optional.of("");
    }
    String name = (String) value.getValue();
    return checkName(element, mirror, value, "Index", "name", name) ? Optional.of(name) : Optional.empty();
  }

  /** The {@code @Index} annotations on an element, whether written once or repeated (in their container). */
  private static List<AnnotationMirror> indexAnnotations(Element element) {
    List<AnnotationMirror> found = new ArrayList<>();
    AnnotationMirror single = annotation(element, RuntimeNames.INDEX_ANNOTATION);
    if (single != null) {
      found.add(single);
    }
    AnnotationMirror container = annotation(element, RuntimeNames.INDEXES_ANNOTATION);
    AnnotationValue repeated = container == null ? null : explicitValues(container).get("value");
    if (repeated != null) {
      for (Object item : (List<?>) repeated.getValue()) {
        found.add((AnnotationMirror) ((AnnotationValue) item).getValue());
      }
    }
    return found;
  }

  private static List<String> stringList(AnnotationValue value) {
    List<String> strings = new ArrayList<>();
    for (Object item : (List<?>) value.getValue()) {
      strings.add((String) ((AnnotationValue) item).getValue());
    }
    return strings;
  }

  /**
   * The foreign key an attribute's {@code @References} declares, or null without one, or when it is not valid
   * (reported). The referenced model is parsed without reporting: its own problems are reported on it.
   */
  private AttributeDescriptor.Reference reference(Element member, String attribute, AttributeType type,
      boolean notNull, boolean hasDefault) {
    AnnotationMirror mirror = annotation(member, RuntimeNames.REFERENCES_ANNOTATION);
    if (mirror == null || referencedModels == null) {
      return null;
    }
    Map<String, AnnotationValue> values = explicitValues(mirror);
    AnnotationValue value = values.get("value");
    TypeMirror targetType = (TypeMirror) value.getValue();
    TypeElement target = targetType.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) targetType).asElement() : null;
    if (target == null || annotation(target, RuntimeNames.MODEL_ANNOTATION) == null) {
      reporter.error(member, mirror, value, Messages.referenceNotModel(attribute, targetType.toString()));
      return null;
    }
    String targetName = target.getQualifiedName().toString();
    Optional<ModelDescriptor> targetModel = referenced.computeIfAbsent(targetName, n -> referencedModels.parse(target));
    if (targetModel.isEmpty()) {
      return null; // the target's own errors say why; one error per problem
    }
    List<AttributeDescriptor> key = targetModel.get().primaryKey();
    if (key.size() != 1) {
      reporter.error(member, mirror, value, Messages.referenceCompositeKey(attribute, targetName,
          key.stream().map(AttributeDescriptor::name).toList()));
      return null;
    }
    AttributeDescriptor keyAttribute = key.get(0);
    if (keyAttribute.type() == AttributeType.ENUM || !keyAttribute.type().sameValues(type)) {
      reporter.error(member, mirror, value, Messages.referenceType(attribute, member.asType().toString(), targetName,
          keyAttribute.name(), keyAttribute.javaType().toString(), keyAttribute.type() == AttributeType.ENUM));
      return null;
    }
    String onDelete = action(values.get("onDelete"));
    String onUpdate = action(values.get("onUpdate"));
    for (String option : List.of("onDelete", "onUpdate")) {
      String action = option.equals("onDelete") ? onDelete : onUpdate;
      if (action.equals("SET NULL") && notNull || action.equals("SET DEFAULT") && !hasDefault) {
        reporter.error(member, mirror, values.get(option), Messages.referenceAction(attribute, option, action));
        return null;
      }
    }
    return new AttributeDescriptor.Reference(mirror, targetModel.get(), keyAttribute.column(), onDelete, onUpdate);
  }

  /** {@code ReferentialAction.SET_NULL} as SQL, {@code SET NULL}; {@code NO ACTION} when not given or {@code DEFAULT}. */
  private static String action(AnnotationValue value) {
    String action = value == null ? "DEFAULT" : ((VariableElement) value.getValue()).getSimpleName().toString();
    return action.equals("DEFAULT") ? "NO ACTION" : action.replace('_', ' ');
  }

  // ---- associations ------------------------------------------------------------------------------

  private static final Map<String, AssociationDescriptor.Kind> ASSOCIATION_ANNOTATIONS = Map.of(
      RuntimeNames.BELONGS_TO_ANNOTATION, AssociationDescriptor.Kind.BELONGS_TO,
      RuntimeNames.HAS_ONE_ANNOTATION, AssociationDescriptor.Kind.HAS_ONE,
      RuntimeNames.HAS_MANY_ANNOTATION, AssociationDescriptor.Kind.HAS_MANY,
      RuntimeNames.BELONGS_TO_MANY_ANNOTATION, AssociationDescriptor.Kind.BELONGS_TO_MANY);

  /**
   * Annotations of a column's, which an association attribute (not a column) cannot take, nor (but for
   * {@code @Transient} itself) a transient one; {@code @Indexes} holds repeated {@code @Index}es.
   */
  private static final List<String> COLUMN_ANNOTATIONS = List.of(RuntimeNames.COLUMN_ANNOTATION,
      RuntimeNames.PRIMARY_KEY_ANNOTATION, RuntimeNames.DEFAULT_VALUE_ANNOTATION, RuntimeNames.REFERENCES_ANNOTATION,
      RuntimeNames.INDEX_ANNOTATION, RuntimeNames.INDEXES_ANNOTATION, RuntimeNames.RENAMED_FROM_ANNOTATION,
      RuntimeNames.TRANSIENT_ANNOTATION);

  /** The simple name a user writes for a column annotation: {@code Index} for the {@code @Indexes} container. */
  private static String writtenName(String annotationName) {
    return annotationName.equals(RuntimeNames.INDEXES_ANNOTATION) ? "Index"
        : annotationName.substring(annotationName.lastIndexOf('.') + 1);
  }

  /** Reports the first column annotation on a transient member, which has no column. */
  private void checkNoColumnAnnotations(Element member, String modelName) {
    for (String columnAnnotation : COLUMN_ANNOTATIONS) {
      AnnotationMirror misplaced = columnAnnotation.equals(RuntimeNames.TRANSIENT_ANNOTATION) ? null
          : annotation(member, columnAnnotation);
      if (misplaced != null) {
        reporter.error(member, misplaced, null, Messages.transientWithColumnOption(member.getSimpleName().toString(),
            modelName, writtenName(columnAnnotation)));
        return;
      }
    }
  }

  /** The association annotations on a member, in source order. */
  private static List<AnnotationMirror> associationAnnotations(Element member) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : member.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
      if (ASSOCIATION_ANNOTATIONS.containsKey(annotationType.getQualifiedName().toString())) {
        found.add(mirror);
      }
    }
    return found;
  }

  /**
   * The association a member declares, or null when it is not valid (reported): its target is a model with a
   * one-attribute key, and its foreign key an attribute of the right model, of the key's type.
   */
  private AssociationDescriptor association(TypeElement model, ModelOptions options, Element member,
      List<AttributeDescriptor> attributes, List<AttributeDescriptor> key, Set<String> constants, boolean isRecord) {
    String modelName = model.getQualifiedName().toString();
    String name = member.getSimpleName().toString();
    List<AnnotationMirror> mirrors = associationAnnotations(member);
    AnnotationMirror mirror = mirrors.get(0);
    String annotationName = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    AssociationDescriptor.Kind kind = ASSOCIATION_ANNOTATIONS.get(annotationName);
    if (mirrors.size() > 1) {
      reporter.error(member, mirrors.get(1), null, Messages.associationTwice(name, modelName));
      return null;
    }
    for (String columnAnnotation : COLUMN_ANNOTATIONS) {
      AnnotationMirror misplaced = annotation(member, columnAnnotation);
      if (misplaced != null) {
        reporter.error(member, misplaced, null, Messages.associationWithColumnAnnotation(name, modelName,
            writtenName(columnAnnotation)));
        return null;
      }
    }
    TypeElement target = associationTarget(member.asType(), kind);
    if (target == null) {
      reporter.error(member, mirror, null, Messages.associationType(kind.annotation(), name, modelName,
          member.asType().toString(), kind.isMany()));
      return null;
    }
    String targetName = target.getQualifiedName().toString();
    Optional<ModelDescriptor> parsedTarget = target.equals(model) ? referencedModels.parse(model)
        : referenced.computeIfAbsent(targetName, n -> referencedModels.parse(target));
    if (parsedTarget.isEmpty()) {
      return null; // the target's own errors say why (one error per problem), and fail the compilation
    }
    ModelDescriptor targetModel = parsedTarget.get();
    if (kind == AssociationDescriptor.Kind.BELONGS_TO_MANY) {
      return belongsToMany(model, options, member, mirror, targetModel, key, constants, isRecord);
    }
    boolean onSource = kind == AssociationDescriptor.Kind.BELONGS_TO;
    // the key the foreign key references, and the model that holds the foreign key
    List<AttributeDescriptor> referencedKey = onSource ? targetModel.primaryKey() : key;
    String keyOwner = onSource ? targetName : modelName;
    if (referencedKey.size() != 1) {
      reporter.error(member, mirror, null, Messages.associationCompositeKey(kind.annotation(), name, modelName, keyOwner,
          referencedKey.stream().map(AttributeDescriptor::name).toList()));
      return null;
    }
    AttributeDescriptor keyAttribute = referencedKey.get(0);
    Map<String, AnnotationValue> values = explicitValues(mirror);
    AnnotationValue foreignKeyValue = values.get("foreignKey");
    String foreignKey = foreignKeyValue != null ? (String) foreignKeyValue.getValue()
        : onSource ? name + capitalize(keyAttribute.name())
        : lowerFirst(options.modelName) + capitalize(keyAttribute.name());
    List<AttributeDescriptor> holder = onSource ? attributes : targetModel.attributes();
    String holderName = onSource ? modelName : targetName;
    AttributeDescriptor foreignKeyAttribute = holder.stream().filter(a -> a.name().equals(foreignKey)).findFirst()
        .orElse(null);
    if (foreignKeyAttribute == null) {
      reporter.error(member, mirror, foreignKeyValue, Messages.associationNoForeignKey(kind.annotation(), name,
          modelName, foreignKey, holderName, keyAttribute.javaType().box().toString(), keyOwner, keyAttribute.name(),
          foreignKeyValue != null));
      return null;
    }
    if (!foreignKeyAttribute.type().sameValues(keyAttribute.type()) || keyAttribute.type() == AttributeType.ENUM) {
      reporter.error(member, mirror, foreignKeyValue, Messages.associationForeignKeyType(kind.annotation(), name,
          modelName, foreignKey, holderName, foreignKeyAttribute.javaType().toString(), keyOwner, keyAttribute.name(),
          keyAttribute.javaType().toString(), keyAttribute.type() == AttributeType.ENUM));
      return null;
    }
    if (foreignKeyAttribute.reference() != null || (!onSource
        && annotation(foreignKeyAttribute.element(), RuntimeNames.REFERENCES_ANNOTATION) != null)) {
      reporter.error(member, mirror, foreignKeyValue, Messages.associationReferences(kind.annotation(), name, modelName,
          foreignKey, holderName));
      return null;
    }
    String onDelete = associationAction(values.get("onDelete"));
    String onUpdate = associationAction(values.get("onUpdate"));
    for (String option : List.of("onDelete", "onUpdate")) {
      String action = option.equals("onDelete") ? onDelete : onUpdate;
      if ("SET NULL".equals(action) && foreignKeyAttribute.notNull()
          || "SET DEFAULT".equals(action) && foreignKeyAttribute.defaultLiteral() == null) {
        reporter.error(member, mirror, values.get(option), Messages.associationAction(kind.annotation(), name, option,
            action, foreignKey, holderName));
        return null;
      }
    }
    String[] accessors = associationAccessors(model, member, isRecord);
    if (accessors == null) {
      return null;
    }
    String constant = allocate(Naming.constantName(name), constants);
    return new AssociationDescriptor(member, mirror, kind, name, constant, TypeName.get(member.asType()), targetModel,
        accessors[0], accessors[1], foreignKey, foreignKeyAttribute.column(), keyAttribute.column(), onDelete, onUpdate,
        !foreignKeyAttribute.notNull(), null);
  }

  /** The getter and (for a class model) setter of an association attribute; null when one is missing (reported). */
  private String[] associationAccessors(TypeElement model, Element member, boolean isRecord) {
    String name = member.getSimpleName().toString();
    String getter = isRecord ? name : getter(model, member);
    String setter = isRecord ? null : setter(model, member);
    if (getter == null || (!isRecord && setter == null)) {
      reporter.error(member, Messages.missingAccessor(name, model.getQualifiedName().toString(), getter == null
          ? "getter " + accessorName("get", name) + "()"
          : "setter " + accessorName("set", name) + "(" + member.asType() + ")"));
      return null;
    }
    return new String[] {getter, setter};
  }

  /**
   * A {@code @BelongsToMany}: its join table named by {@code through} (created by migrations with the two keys and
   * timestamps) or its join model ({@code throughModel}, holding the two key attributes); both models have a key
   * of one attribute.
   */
  private AssociationDescriptor belongsToMany(TypeElement model, ModelOptions options, Element member,
      AnnotationMirror mirror, ModelDescriptor target, List<AttributeDescriptor> key, Set<String> constants,
      boolean isRecord) {
    String modelName = model.getQualifiedName().toString();
    String name = member.getSimpleName().toString();
    String annotationName = "BelongsToMany";
    if (key.size() != 1 || target.primaryKey().size() != 1) {
      boolean sourceComposite = key.size() != 1;
      reporter.error(member, mirror, null, Messages.associationCompositeKey(annotationName, name, modelName,
          sourceComposite ? modelName : target.qualifiedName(),
          (sourceComposite ? key : target.primaryKey()).stream().map(AttributeDescriptor::name).toList()));
      return null;
    }
    AttributeDescriptor sourceKey = key.get(0);
    AttributeDescriptor targetKey = target.primaryKey().get(0);
    Map<String, AnnotationValue> values = explicitValues(mirror);
    AnnotationValue tableValue = values.get("through");
    AnnotationValue modelValue = values.get("throughModel");
    TypeMirror throughType = modelValue == null ? null : (TypeMirror) modelValue.getValue();
    if ((tableValue == null) == (throughType == null)) {
      reporter.error(member, mirror, tableValue != null ? modelValue : null,
          Messages.belongsToManyThrough(name, modelName, tableValue != null));
      return null;
    }
    AnnotationValue foreignKeyValue = values.get("foreignKey");
    AnnotationValue otherKeyValue = values.get("otherKey");
    String foreignKey = foreignKeyValue != null ? (String) foreignKeyValue.getValue()
        : lowerFirst(options.modelName) + capitalize(sourceKey.name());
    String otherKey = otherKeyValue != null ? (String) otherKeyValue.getValue()
        : lowerFirst(target.modelName()) + capitalize(targetKey.name());
    if (foreignKey.equals(otherKey)) {
      reporter.error(member, mirror, otherKeyValue, Messages.belongsToManySameKey(name, modelName, foreignKey,
          foreignKeyValue != null, otherKeyValue != null));
      return null;
    }
    String keyType = Sql.serialBase(sourceKey.sqlType());
    String otherKeyType = Sql.serialBase(targetKey.sqlType());
    AssociationDescriptor.Through through;
    if (tableValue != null) {
      String table = (String) tableValue.getValue();
      if (!checkName(member, mirror, tableValue, "BelongsToMany", "through", table)) {
        return null;
      }
      for (String attribute : List.of(foreignKey, otherKey)) {
        String problem = Sql.identifierProblem(Naming.columnName(attribute, options.underscored));
        if (problem != null) {
          reporter.error(member, mirror, attribute.equals(foreignKey) ? foreignKeyValue : otherKeyValue,
              Messages.invalidInferredName("column name", Naming.columnName(attribute, options.underscored),
                  modelName, problem));
          return null;
        }
      }
      through = new AssociationDescriptor.Through(table, null, foreignKey,
          Naming.columnName(foreignKey, options.underscored), keyType, otherKey,
          Naming.columnName(otherKey, options.underscored), otherKeyType, targetKey.column(),
          Naming.columnName(CREATED_AT, options.underscored), Naming.columnName(UPDATED_AT, options.underscored));
    } else {
      TypeElement joinType = throughType.getKind() == TypeKind.DECLARED
          ? (TypeElement) ((DeclaredType) throughType).asElement() : null;
      if (joinType == null || annotation(joinType, RuntimeNames.MODEL_ANNOTATION) == null) {
        reporter.error(member, mirror, modelValue, Messages.belongsToManyJoinNotModel(name, modelName,
            throughType.toString()));
        return null;
      }
      String joinName = joinType.getQualifiedName().toString();
      Optional<ModelDescriptor> join = referenced.computeIfAbsent(joinName, n -> referencedModels.parse(joinType));
      if (join.isEmpty()) {
        return null; // the join model's own errors say why
      }
      AttributeDescriptor[] keys = new AttributeDescriptor[2];
      String[] names = {foreignKey, otherKey};
      AttributeDescriptor[] held = {sourceKey, targetKey};
      String[] holders = {modelName, target.qualifiedName()};
      AnnotationValue[] given = {foreignKeyValue, otherKeyValue};
      for (int i = 0; i < 2; i++) {
        String wanted = names[i];
        keys[i] = join.get().attributes().stream().filter(a -> a.name().equals(wanted)).findFirst().orElse(null);
        if (keys[i] == null) {
          reporter.error(member, mirror, given[i] != null ? given[i] : modelValue, Messages.associationNoForeignKey(
              annotationName, name, modelName, wanted, joinName, held[i].javaType().box().toString(), holders[i],
              held[i].name(), given[i] != null));
          return null;
        }
        if (!keys[i].type().sameValues(held[i].type()) || held[i].type() == AttributeType.ENUM) {
          reporter.error(member, mirror, given[i] != null ? given[i] : modelValue, Messages.associationForeignKeyType(
              annotationName, name, modelName, wanted, joinName, keys[i].javaType().toString(), holders[i],
              held[i].name(), held[i].javaType().toString(), held[i].type() == AttributeType.ENUM));
          return null;
        }
      }
      through = new AssociationDescriptor.Through(join.get().tableName(), join.get(), foreignKey, keys[0].column(),
          keyType, otherKey, keys[1].column(), otherKeyType, targetKey.column(), null, null);
    }
    String[] accessors = associationAccessors(model, member, isRecord);
    if (accessors == null) {
      return null;
    }
    String constant = allocate(Naming.constantName(name), constants);
    return new AssociationDescriptor(member, mirror, AssociationDescriptor.Kind.BELONGS_TO_MANY, name, constant,
        TypeName.get(member.asType()), target, accessors[0], accessors[1], foreignKey, through.foreignKeyColumn(),
        sourceKey.column(), null, null, false, through);
  }

  /** The target model of an association attribute's type ({@code Customer}, {@code List<Item>}), or null. */
  private static TypeElement associationTarget(TypeMirror type, AssociationDescriptor.Kind kind) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    if (kind.isMany()) {
      if (!((TypeElement) declared.asElement()).getQualifiedName().contentEquals(LIST)
          || declared.getTypeArguments().size() != 1 || declared.getTypeArguments().get(0).getKind() != TypeKind.DECLARED) {
        return null;
      }
      declared = (DeclaredType) declared.getTypeArguments().get(0);
    }
    TypeElement element = (TypeElement) declared.asElement();
    return annotation(element, RuntimeNames.MODEL_ANNOTATION) != null ? element : null;
  }

  /** An association's action as SQL, or null when not given ({@code DEFAULT}: Sequelize's default for the kind). */
  private static String associationAction(AnnotationValue value) {
    String action = value == null ? null : ((VariableElement) value.getValue()).getSimpleName().toString();
    return action == null || action.equals("DEFAULT") ? null : action.replace('_', ' ');
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String lowerFirst(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  // ---- class models: accessors and constructor ---------------------------------------------------

  private String getter(TypeElement model, Element field) {
    String name = field.getSimpleName().toString();
    List<String> candidates = field.asType().getKind() == TypeKind.BOOLEAN
        ? List.of(accessorName("is", name), accessorName("get", name), name)
        : List.of(accessorName("get", name), name);
    for (String candidate : candidates) {
      for (ExecutableElement method : methods(model)) {
        if (method.getSimpleName().contentEquals(candidate) && method.getParameters().isEmpty()
            && types.isSameType(method.getReturnType(), field.asType())) {
          return candidate;
        }
      }
    }
    return null;
  }

  private String setter(TypeElement model, Element field) {
    String candidate = accessorName("set", field.getSimpleName().toString());
    for (ExecutableElement method : methods(model)) {
      if (method.getSimpleName().contentEquals(candidate) && method.getParameters().size() == 1
          && types.isSameType(method.getParameters().get(0).asType(), field.asType())) {
        return candidate;
      }
    }
    return null;
  }

  private List<ExecutableElement> methods(TypeElement model) {
    return ElementFilter.methodsIn(elements.getAllMembers(model)).stream()
        .filter(m -> !m.getModifiers().contains(Modifier.PRIVATE) && !m.getModifiers().contains(Modifier.STATIC))
        .toList();
  }

  private static String accessorName(String prefix, String name) {
    return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static boolean hasNoArgConstructor(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
  }

  // ---- small readers -----------------------------------------------------------------------------

  /** Record components, or a class's instance fields, in declaration order. */
  private static List<Element> members(TypeElement type) {
    if (type.getKind() == ElementKind.RECORD) {
      return new ArrayList<>(type.getRecordComponents());
    }
    List<Element> fields = new ArrayList<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (!field.getModifiers().contains(Modifier.STATIC)) {
        fields.add(field);
      }
    }
    return fields;
  }

  private static boolean isTransient(Element member) {
    return annotation(member, RuntimeNames.TRANSIENT_ANNOTATION) != null
        || (!(member instanceof RecordComponentElement) && member.getModifiers().contains(Modifier.TRANSIENT));
  }

  private static String javaDefault(TypeMirror type) {
    return switch (type.getKind()) {
      case BOOLEAN -> "false";
      case CHAR -> "'\\0'";
      case BYTE -> "(byte) 0"; // an int constant does not narrow in a constructor call
      case SHORT -> "(short) 0";
      case INT, LONG, FLOAT, DOUBLE -> "0";
      default -> "null";
    };
  }

  /** The annotation {@code annotationName} on {@code element}; null when it has none. */
  static AnnotationMirror annotation(Element element, String annotationName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotationType.getQualifiedName().contentEquals(annotationName)) {
        return mirror;
      }
    }
    return null;
  }

  /** The class that member {@code member} of annotation {@code annotationName} on {@code element} names; else null. */
  static TypeElement classValue(Element element, String annotationName, String member) {
    AnnotationValue value = explicitValues(annotation(element, annotationName)).get(member);
    return value != null && value.getValue() instanceof DeclaredType type
        && type.asElement() instanceof TypeElement named ? named : null;
  }

  private static Map<String, AnnotationValue> explicitValues(AnnotationMirror mirror) {
    Map<String, AnnotationValue> values = new LinkedHashMap<>();
    if (mirror != null) {
      mirror.getElementValues().forEach((k, v) -> values.put(k.getSimpleName().toString(), v));
    }
    return values;
  }

  private static boolean booleanValue(Map<String, AnnotationValue> values, String name, boolean otherwise) {
    AnnotationValue value = values.get(name);
    return value == null ? otherwise : (Boolean) value.getValue();
  }

  private static int intValue(Map<String, AnnotationValue> values, String name) {
    AnnotationValue value = values.get(name);
    return value == null ? 0 : (Integer) value.getValue();
  }

  private static String allocate(String wanted, Set<String> taken) {
    String name = wanted;
    while (!taken.add(name)) {
      name = name + "_";
    }
    return name;
  }

  private static String kindName(TypeElement type) {
    if (type.getKind() == ElementKind.CLASS) {
      return "abstract class";
    }
    return switch (type.getKind()) {
      case INTERFACE -> "interface";
      case ENUM -> "enum";
      case ANNOTATION_TYPE -> "annotation type";
      default -> type.getKind().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
