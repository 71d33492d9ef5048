package dev.sequor.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Generates a model's companion class {@code FooModel}: one typed attribute constant per column (for criteria, and
 * as jOOQ fields), the {@code ModelType} descriptor, and the instance factory the runtime maps rows with. The class
 * describes its model through the runtime's one entry point for generated code, {@code GeneratedModels}.
 *
 * <p>The text is written directly ({@link JavaSource}), in the shape javac compiles fastest, as measured with
 * {@code CompileTime}: the columns as one spec string the runtime parses when the class initialises, each constant
 * a call with one {@code int}, and one method of generated code ({@code create}). Row mapping needs nothing else (each
 * column is read by its column type), and the runtime reads attributes through accessors it looks up once with the
 * class's lookup. The nested {@code Builder} holds an array of values as {@code create} takes them, one two-line
 * setter per attribute, and builds through {@code create}: instances have one way to be made.
 */
final class ModelClassGenerator {

  private static final String KEY_CLASS = "Key";
  private static final String BUILDER_CLASS = "Builder";
  private static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  private static final ClassName METHOD_HANDLES = ClassName.get("java.lang.invoke", "MethodHandles");
  /** The spec string is written in pieces of about this many characters, one per line. */
  private static final int SPEC_LINE = 90;

  private final ModelDescriptor model;
  private final JavaSource out;
  private final String modelClass;

  private ModelClassGenerator(ModelDescriptor model) {
    this.model = model;
    this.out = new JavaSource(model.generatedClass(), Set.of(KEY_CLASS, BUILDER_CLASS));
    this.modelClass = out.type(model.modelClass());
  }

  /** The source of {@code FooModel}, marked as generated from {@code model}. */
  static String generate(ModelDescriptor model) {
    return new ModelClassGenerator(model).build();
  }

  private String build() {
    String simpleName = model.generatedClass().simpleName();
    String first = model.attributes().get(0).constant();
    out.javadoc(0, "Sequor metadata for {@link " + modelClass + "}: table {@code " + JavaSource.doc(model.tableName()) + "}.\n"
        + "\n"
        + "<p>Use the attribute constants in criteria ({@code " + first + ".eq(...)}) and in jOOQ's DSL ({@code " + first
        + ".field()}, with\n{@code MODEL.table()}), and {@link #MODEL} with {@link " + out.type(RuntimeNames.SEQUOR)
        + "#repository} for finders and writes;\n{@link #builder()} for the instances to write.");
    out.line(0, "@" + out.type(RuntimeNames.GENERATED) + "(")
        .line(2, "value = " + JavaSource.literal(ModelProcessor.class.getName()) + ",")
        .line(2, "comments = " + JavaSource.literal("from " + model.qualifiedName()))
        .line(0, ")")
        .line(0, "@" + out.type(RuntimeNames.COMPANION_OF) + "(" + modelClass + ".class)")
        .line(0, "public final class " + simpleName + " {");
    out.line(1, "private static final " + out.type(ParameterizedTypeName.get(RuntimeNames.GENERATED_MODEL,
            model.modelClass())) + " M = " + out.type(RuntimeNames.GENERATED_MODELS) + ".model(")
        .line(3, out.type(METHOD_HANDLES) + ".lookup(), " + modelClass + ".class, " + JavaSource.literal(model.modelName())
            + ", " + JavaSource.literal(model.tableName()) + ",");
    List<String> pieces = specPieces();
    for (int i = 0; i < pieces.size(); i++) {
      out.line(3, (i == 0 ? "" : "+ ") + JavaSource.literal(pieces.get(i)) + (i == pieces.size() - 1 ? ");" : ""));
    }
    for (AttributeDescriptor a : model.attributes()) {
      out.blankLine();
      attributeField(a);
    }
    for (ModelDescriptor.HiddenColumn hidden : model.hiddenTimestamps()) {
      out.blankLine();
      hiddenTimestamp(hidden);
    }
    for (AssociationDescriptor a : model.associations()) {
      out.blankLine();
      associationField(a);
    }
    out.blankLine();
    modelField();
    out.blankLine()
        .line(1, "private " + simpleName + "() {")
        .line(1, "}")
        .blankLine();
    builderMethods();
    out.blankLine();
    factory();
    out.blankLine();
    builderClass();
    if (model.primaryKey().size() > 1) {
      out.blankLine();
      keyRecord();
    }
    out.line(0, "}");
    return out.toString();
  }

  // ---- the spec ----------------------------------------------------------------------------------

  /** The spec string ({@code GeneratedModels}' format), cut after whole attributes into lines of readable length. */
  private List<String> specPieces() {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    List<AttributeDescriptor> attributes = model.attributes();
    for (int i = 0; i < attributes.size(); i++) {
      String attribute = spec(attributes.get(i)) + (i == attributes.size() - 1 ? "" : ";");
      if (piece.length() > 0 && piece.length() + attribute.length() > SPEC_LINE) {
        pieces.add(piece.toString());
        piece.setLength(0);
      }
      piece.append(attribute);
    }
    pieces.add(piece.toString());
    return pieces;
  }

  /** {@code name:column:TYPE:flags[:getter]}. */
  private String spec(AttributeDescriptor a) {
    String type = switch (a.type()) {
      case ENUM -> "ENUM(" + a.enumTypeName() + ")";
      case ARRAY -> (a.isList() ? "LIST(" : "ARRAY(") + a.elementType().columnTypeConstant() + ")";
      default -> a.type().columnTypeConstant();
    };
    String spec = a.name() + ":" + a.column() + ":" + type + ":" + String.join(",", flags(a));
    return a.getter().equals(a.name()) ? spec : spec + ":" + a.getter();
  }

  /** The runtime flags of an attribute, in a fixed order. */
  private List<String> flags(AttributeDescriptor a) {
    List<String> flags = new ArrayList<>();
    if (a.primaryKey()) {
      flags.add("pk");
    }
    if (a.autoIncrement()) {
      flags.add("ai");
    }
    if (a.notNull()) {
      flags.add("nn");
    }
    if (a.unique()) {
      flags.add("uq");
    }
    if (a.defaultLiteral() != null) {
      flags.add("df");
    }
    if (a.column().equals(model.createdAtColumn())) {
      flags.add("ca");
    }
    if (a.column().equals(model.updatedAtColumn())) {
      flags.add("ua");
    }
    return flags;
  }

  // ---- constants ---------------------------------------------------------------------------------

  private void attributeField(AttributeDescriptor a) {
    out.javadoc(1, attributeDoc(a));
    String factory = switch (a.type().operators()) {
      case STRING -> "string";
      case BOOLEAN -> "bool";
      case NUMBER -> "number";
      case COMPARABLE -> "comparable";
      case ARRAY -> "array";
      case JSON -> "json";
      case EQUALITY -> "attribute";
    };
    out.line(1, "public static final " + out.type(attributeType(a)) + " " + a.constant() + " = M." + typeArguments(a)
        + factory + "(" + model.attributes().indexOf(a) + ");");
  }

  /** {@code {@link Product#price()}: column {@code price}, {@code DECIMAL(10,2)}.} */
  private String attributeDoc(AttributeDescriptor a) {
    return "{@link " + modelClass + "#" + a.getter() + "()}: column {@code " + JavaSource.doc(a.column()) + "}, {@code "
        + JavaSource.doc(columnSql(a)) + "}" + (a.primaryKey() ? ", primary key" : "") + ".";
  }

  /**
   * The type arguments of the attribute's factory call, written out: inferring them from the field's type (with
   * bounds such as {@code T extends Number & Comparable<? super T>}) is most of what javac spends on a constant.
   */
  private String typeArguments(AttributeDescriptor a) {
    return switch (a.type().operators()) {
      case STRING, BOOLEAN, JSON -> "";
      case NUMBER, COMPARABLE, EQUALITY -> "<" + out.type(a.boxedType()) + ">";
      case ARRAY -> "<" + out.type(a.boxedType()) + ", " + out.type(a.elementJavaType()) + ">";
    };
  }

  private TypeName attributeType(AttributeDescriptor a) {
    return switch (a.type().operators()) {
      case STRING -> ParameterizedTypeName.get(RuntimeNames.STRING_ATTRIBUTE, model.modelClass());
      case BOOLEAN -> ParameterizedTypeName.get(RuntimeNames.BOOLEAN_ATTRIBUTE, model.modelClass());
      case NUMBER -> ParameterizedTypeName.get(RuntimeNames.NUMBER_ATTRIBUTE, model.modelClass(), a.boxedType());
      case COMPARABLE -> ParameterizedTypeName.get(RuntimeNames.COMPARABLE_ATTRIBUTE, model.modelClass(), a.boxedType());
      case ARRAY -> ParameterizedTypeName.get(RuntimeNames.ARRAY_ATTRIBUTE, model.modelClass(), a.boxedType(),
          a.elementJavaType());
      case JSON -> ParameterizedTypeName.get(RuntimeNames.JSON_ATTRIBUTE, model.modelClass());
      case EQUALITY -> ParameterizedTypeName.get(RuntimeNames.ATTRIBUTE, model.modelClass(), a.boxedType());
    };
  }

  /** The column's SQL after its name: {@code DECIMAL(10,2) NOT NULL}. */
  private static String columnSql(AttributeDescriptor a) {
    return Ddl.columnDefinition(SchemaBuilder.column(a)).substring(Sql.quote(a.column()).length() + 1);
  }

  /** A timestamp column the model class does not declare: an expression for criteria and order keys. */
  private void hiddenTimestamp(ModelDescriptor.HiddenColumn hidden) {
    boolean created = hidden.column().equals(model.createdAtColumn());
    out.javadoc(1, "Column {@code " + JavaSource.doc(hidden.column()) + "}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}: when the row was "
        + (created ? "created" : "last updated") + ", set by Sequor; not declared by {@link " + modelClass + "}, so its\n"
        + "instances do not hold it.");
    out.line(1, "public static final " + out.type(ParameterizedTypeName.get(RuntimeNames.COMPARABLE_EXPRESSION,
            model.modelClass(), INSTANT)) + " " + hidden.constant() + " = M." + (created ? "createdAt" : "updatedAt")
            + "(" + JavaSource.literal(hidden.column()) + ");");
  }

  /** An association: a constant for {@code Query.include}, naming the target's generated class, read on first use. */
  private void associationField(AssociationDescriptor a) {
    ModelDescriptor target = a.target();
    String targetClass = out.type(target.modelClass());
    String pairing = a.through() != null
        ? "through join table {@code " + JavaSource.doc(a.through().table()) + "}"
        : "by " + (a.foreignKeyOnSource() ? "this model's" : "{@link " + targetClass + "}'s") + " foreign key {@code "
            + a.foreignKey() + "}";
    out.javadoc(1, "{@link " + modelClass + "#" + a.getter() + "()}: {@code @" + a.kind().annotation() + "} {@link "
        + targetClass + "}, paired " + pairing + ";\npass it to {@code Query.include} to load it.");
    String getter = a.getter().equals(a.name()) ? "" : ":" + a.getter();
    String declaration = "public static final " + out.type(RuntimeNames.ASSOCIATION) + "<" + modelClass + ", "
        + targetClass + "> " + a.constant() + " = M.<" + targetClass + ">";
    String index = model.associations().indexOf(a) + ", " + out.type(target.generatedClass()) + ".class, ";
    AssociationDescriptor.Through through = a.through();
    if (through == null) {
      out.line(1, declaration + "association(" + index
          + JavaSource.literal(a.name() + ":" + a.kind().name() + ":" + a.foreignKey() + getter) + ");");
    } else if (through.model() == null) {
      out.line(1, declaration + "belongsToMany(" + index + JavaSource.literal(String.join(":", a.name(), through.table(),
          through.foreignKeyColumn(), through.otherKeyColumn(), through.createdAtColumn(), through.updatedAtColumn())
          + getter) + ");");
    } else {
      out.line(1, declaration + "belongsToMany(" + index + out.type(through.model().generatedClass()) + ".class, "
          + JavaSource.literal(a.name() + ":" + through.foreignKey() + ":" + through.otherKey() + getter) + ");");
    }
  }

  private void modelField() {
    String keyType = out.type(model.keyType());
    out.javadoc(1, "The model {@code " + JavaSource.doc(model.modelName()) + "}: pass it to {@link "
        + out.type(RuntimeNames.SEQUOR) + "#repository} for its finders and writes.");
    List<AttributeDescriptor> key = model.primaryKey();
    String compositeKey = key.size() == 1 ? ""
        : "key -> new Object[] {" + String.join(", ", key.stream().map(a -> "key." + a.name() + "()").toList()) + "}";
    out.line(1, "public static final " + out.type(RuntimeNames.MODEL_TYPE) + "<" + modelClass + ", " + keyType
        + "> MODEL = M.<" + keyType + ">build(" + compositeKey + ");");
  }

  // ---- the factory -------------------------------------------------------------------------------

  /**
   * Builds an instance from its attribute values: the runtime maps rows with it (and seed files), so no reflection
   * builds instances. One method, a cast per attribute, no lambda per attribute, which javac would compile far more
   * slowly; {@code GeneratedModels} finds it through the class's lookup rather than by a method reference, which
   * costs javac more.
   */
  private void factory() {
    out.javadoc(1, "Builds an instance from attribute values in declaration order; {@code MODEL} finds it by name, and\n"
        + "{@link " + BUILDER_CLASS + "#build()} calls it.");
    if (model.attributes().stream().anyMatch(AttributeDescriptor::isList)
        || model.associations().stream().anyMatch(a -> a.kind().isMany())) {
      // a cast to List<Long> is unchecked; the runtime built the value with the attribute's column type, or the
      // association's list of target instances
      out.line(1, "@SuppressWarnings(\"unchecked\")");
    }
    out.line(1, "private static " + modelClass + " create(" + out.type(ClassName.OBJECT) + "[] values) {");
    if (model.isRecord()) {
      List<String> arguments = new ArrayList<>();
      for (ModelDescriptor.ConstructorArgument argument : model.recordArguments()) {
        arguments.add(argument.attribute() != null ? value(argument.attribute())
            : argument.association() != null ? value(argument.association()) : argument.transientDefault());
      }
      out.line(2, "return new " + modelClass + "(");
      for (int i = 0; i < arguments.size(); i++) {
        out.line(4, arguments.get(i) + (i == arguments.size() - 1 ? ");" : ","));
      }
    } else {
      out.line(2, modelClass + " instance = new " + modelClass + "();");
      for (AttributeDescriptor a : model.attributes()) {
        out.line(2, "instance." + a.setter() + "(" + value(a) + ");");
      }
      for (AssociationDescriptor a : model.associations()) {
        out.line(2, "instance." + a.setter() + "(" + value(a) + ");");
      }
      out.line(2, "return instance;");
    }
    out.line(1, "}");
  }

  /**
   * A primitive attribute takes its Java default for a {@code null}: an instance of the model cannot hold
   * {@code null} there, and the runtime lets a {@code null} through only where the column has a default.
   */
  private String value(AttributeDescriptor a) {
    int index = model.attributes().indexOf(a);
    String cast = "(" + out.type(a.boxedType()) + ") values[" + index + "]";
    if (!a.javaType().isPrimitive()) {
      return cast;
    }
    String zero = a.javaType().equals(TypeName.BOOLEAN) ? "false" : a.javaType().equals(TypeName.SHORT) ? "(short) 0" : "0";
    return "values[" + index + "] == null ? " + zero + " : " + cast;
  }

  /** An association's value, after the attributes'. */
  private String value(AssociationDescriptor a) {
    return "(" + out.type(a.javaType()) + ") values[" + index(a) + "]";
  }

  /** Where {@code create} takes an association's value: after the attributes'. */
  private int index(AssociationDescriptor a) {
    return model.attributes().size() + model.associations().indexOf(a);
  }

  // ---- the builder -------------------------------------------------------------------------------

  /** {@code builder()} and {@code builder(from)}: a builder over an array of values, as {@code create} takes them. */
  private void builderMethods() {
    out.javadoc(1, "A builder of a new {@link " + modelClass + "}, every attribute unset ({@code null}, or a primitive's zero):\n"
        + "set what the row needs and leave out what is filled in when it is stored (the id, timestamps, defaults).");
    out.line(1, "public static " + BUILDER_CLASS + " builder() {")
        .line(2, "return new " + BUILDER_CLASS + "(new " + out.type(ClassName.OBJECT) + "[" + width() + "]);")
        .line(1, "}")
        .blankLine();
    out.javadoc(1, "A builder holding the attribute and association values of {@code from}: set what changes, then build a\n"
        + "copy; {@code from} itself is not changed.");
    out.line(1, "public static " + BUILDER_CLASS + " builder(" + modelClass + " from) {")
        .line(2, "return new " + BUILDER_CLASS + "(M.values(from));")
        .line(1, "}");
  }

  /**
   * The nested {@code Builder}: one setter per attribute and association, typed as declared, each storing its value
   * at the index {@code create} reads it from; {@code build()} calls {@code create}, so a built instance is made as a
   * row read from the database is. No field, method or cast per attribute beyond the setter: javac's cost stays
   * that of small methods.
   */
  private void builderClass() {
    out.javadoc(1, "Builds {@link " + modelClass + "} instances by attribute name, for {@code create}, {@code bulkCreate},\n"
        + "{@code findOrCreate} defaults and seeders. Each setter returns the builder; {@link #build()} may be called again.");
    out.line(1, "public static final class " + BUILDER_CLASS + " {")
        .line(2, "private final " + out.type(ClassName.OBJECT) + "[] values;")
        .blankLine()
        .line(2, "private " + BUILDER_CLASS + "(" + out.type(ClassName.OBJECT) + "[] values) {")
        .line(3, "this.values = values;")
        .line(2, "}");
    for (AttributeDescriptor a : model.attributes()) {
      out.blankLine();
      setter(a.name(), a.javaType(), model.attributes().indexOf(a), "Sets " + attributeDoc(a));
    }
    for (AssociationDescriptor a : model.associations()) {
      out.blankLine();
      setter(a.name(), a.javaType(), index(a),
          "Sets {@link " + modelClass + "#" + a.getter() + "()}: {@code @" + a.kind().annotation() + "} {@link "
              + out.type(a.target().modelClass()) + "}, stored by {@code create(instance, " + a.constant() + ")}.");
    }
    out.blankLine()
        .javadoc(2, "A new {@link " + modelClass + "} holding the values set; the builder is not reset.")
        .line(2, "public " + modelClass + " build() {")
        .line(3, "return " + out.type(model.generatedClass()) + ".create(values);")
        .line(2, "}")
        .line(1, "}");
  }

  private void setter(String name, TypeName type, int index, String doc) {
    out.javadoc(2, doc)
        .line(2, "public " + BUILDER_CLASS + " " + name + "(" + out.type(type) + " value) {")
        .line(3, "values[" + index + "] = value;")
        .line(3, "return this;")
        .line(2, "}");
  }

  /** How many values {@code create} takes: the attributes', then the associations'. */
  private int width() {
    return model.attributes().size() + model.associations().size();
  }

  private void keyRecord() {
    StringBuilder doc = new StringBuilder("The composite primary key of {@link ").append(modelClass)
        .append("}, the key type of {@code findByPk}.\n");
    List<String> components = new ArrayList<>();
    for (AttributeDescriptor a : model.primaryKey()) {
      doc.append("\n@param ").append(a.name()).append(" column {@code ").append(JavaSource.doc(a.column()))
          .append("}, {@code ").append(JavaSource.doc(columnSql(a))).append('}');
      components.add(out.type(a.boxedType()) + " " + a.name());
    }
    out.javadoc(1, doc.toString())
        .line(1, "public record Key(" + String.join(", ", components) + ") {")
        .line(1, "}");
  }
}
