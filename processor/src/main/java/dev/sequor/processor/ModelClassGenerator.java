package dev.sequor.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Generates a model's companion class {@code FooModel}: one typed attribute constant per column (for criteria, and
 * as jOOQ fields), the {@code ModelType} descriptor and a reflection-free row mapper. The class describes its model
 * through the runtime's one entry point for generated code, {@code GeneratedModels}.
 *
 * <p>The text is written directly ({@link JavaSource}), in the shape that javac compiles fastest: one switch instead
 * of a method reference per attribute, no lambda per attribute.
 */
final class ModelClassGenerator {

  private static final String KEY_CLASS = "Key";
  private static final ClassName INSTANT = ClassName.get("java.time", "Instant");

  private final ModelDescriptor model;
  private final JavaSource out;
  private final String modelClass;

  private ModelClassGenerator(ModelDescriptor model) {
    this.model = model;
    this.out = new JavaSource(model.generatedClass(), Set.of(KEY_CLASS, repositoryClass(model)));
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
        + ".field()}, with {@code MODEL.table()}), and {@link #MODEL} with {@link " + out.type(RuntimeNames.SEQUOR)
        + "#repository} for finders and writes.");
    out.line(0, "@" + out.type(RuntimeNames.GENERATED) + "(")
        .line(2, "value = " + JavaSource.literal(SequorProcessor.class.getName()) + ",")
        .line(2, "comments = " + JavaSource.literal("from " + model.qualifiedName()))
        .line(0, ")")
        .line(0, "public final class " + simpleName + " {");

    for (AttributeDescriptor a : model.attributes()) {
      if (a.columnTypeField() != null) {
        out.line(1, "private static final " + out.type(columnType(a)) + " " + a.columnTypeField() + " = "
            + columnTypeInitializer(a) + ";")
            .blankLine();
      }
    }
    out.line(1, "private static final " + out.type(ParameterizedTypeName.get(RuntimeNames.GENERATED_MODEL,
            model.modelClass(), model.keyType())) + " M =")
        .line(3, out.type(RuntimeNames.GENERATED_MODELS) + ".model(" + JavaSource.literal(model.modelName()) + ", "
            + modelClass + ".class, " + JavaSource.literal(model.tableName()) + ", " + simpleName + "::get);");
    for (AttributeDescriptor a : model.attributes()) {
      out.blankLine();
      attributeField(a);
    }
    for (ModelDescriptor.HiddenColumn hidden : model.hiddenTimestamps()) {
      out.blankLine();
      hiddenTimestamp(hidden);
    }
    out.blankLine();
    modelField();
    out.blankLine()
        .line(1, "private " + simpleName + "() {")
        .line(1, "}")
        .blankLine();
    accessor();
    out.blankLine();
    mapper();
    out.blankLine();
    factory();
    List<AttributeDescriptor> unique = uniqueAttributes();
    if (!unique.isEmpty()) {
      out.blankLine();
      repositoryFactory();
    }
    if (model.primaryKey().size() > 1) {
      out.blankLine();
      keyRecord();
    }
    if (!unique.isEmpty()) {
      out.blankLine();
      repository(unique);
    }
    out.line(0, "}");
    return out.toString();
  }

  // ---- attribute constants -----------------------------------------------------------------------

  private void attributeField(AttributeDescriptor a) {
    String type = out.type(attributeType(a));
    out.javadoc(1, "{@link " + modelClass + "#" + a.getter() + "()}: column {@code " + JavaSource.doc(a.column()) + "}, {@code "
        + JavaSource.doc(columnSql(a)) + "}" + (a.primaryKey() ? ", primary key" : "") + ".");
    String name = JavaSource.literal(a.name());
    String column = JavaSource.literal(a.column());
    String flags = flags(a);
    String call = switch (a.type().operators()) {
      case STRING -> "M.string(" + name + ", " + column + ", " + flags + ")";
      case BOOLEAN -> "M.bool(" + name + ", " + column + ", " + flags + ")";
      case NUMBER -> "M.number(" + name + ", " + column + ", " + columnTypeExpression(a) + ", " + flags + ")";
      case COMPARABLE -> "M.comparable(" + name + ", " + column + ", " + columnTypeExpression(a) + ", " + flags + ")";
      case ARRAY -> "M.array(" + name + ", " + column + ", " + columnTypeExpression(a) + ", " + flags + ")";
      case EQUALITY -> "M.attribute(" + name + ", " + column + ", " + columnTypeExpression(a) + ", " + flags + ")";
    };
    out.line(1, "public static final " + type + " " + a.constant() + " =")
        .line(3, call + ";");
  }

  /** The runtime flags of an attribute, in a fixed order: {@code GeneratedModels.PRIMARY_KEY | ...}, or 0. */
  private String flags(AttributeDescriptor a) {
    List<String> flags = new ArrayList<>();
    if (a.primaryKey()) {
      flags.add("PRIMARY_KEY");
    }
    if (a.autoIncrement()) {
      flags.add("AUTO_INCREMENT");
    }
    if (a.notNull()) {
      flags.add("NOT_NULL");
    }
    if (a.unique()) {
      flags.add("UNIQUE");
    }
    if (a.defaultLiteral() != null) {
      flags.add("HAS_DEFAULT");
    }
    if (a.column().equals(model.createdAtColumn())) {
      flags.add("CREATED_AT");
    }
    if (a.column().equals(model.updatedAtColumn())) {
      flags.add("UPDATED_AT");
    }
    if (flags.isEmpty()) {
      return "0";
    }
    String owner = out.type(RuntimeNames.GENERATED_MODELS) + ".";
    return owner + String.join(" | " + owner, flags);
  }

  /** A timestamp column the model class does not declare: an expression for criteria and order keys. */
  private void hiddenTimestamp(ModelDescriptor.HiddenColumn hidden) {
    boolean created = hidden.column().equals(model.createdAtColumn());
    out.javadoc(1, "Column {@code " + JavaSource.doc(hidden.column()) + "}, {@code TIMESTAMP WITH TIME ZONE NOT NULL}: when the row was "
        + (created ? "created" : "last updated") + ", set by Sequor; not declared by {@link " + modelClass + "}, so its instances do not hold it.");
    out.line(1, "public static final " + out.type(ParameterizedTypeName.get(RuntimeNames.COMPARABLE_EXPRESSION,
            model.modelClass(), INSTANT)) + " " + hidden.constant() + " =")
        .line(3, "M." + (created ? "createdAt" : "updatedAt") + "(" + JavaSource.literal(hidden.column()) + ");");
  }

  private TypeName attributeType(AttributeDescriptor a) {
    return switch (a.type().operators()) {
      case STRING -> ParameterizedTypeName.get(RuntimeNames.STRING_ATTRIBUTE, model.modelClass());
      case BOOLEAN -> ParameterizedTypeName.get(RuntimeNames.BOOLEAN_ATTRIBUTE, model.modelClass());
      case NUMBER -> ParameterizedTypeName.get(RuntimeNames.NUMBER_ATTRIBUTE, model.modelClass(), a.boxedType());
      case COMPARABLE -> ParameterizedTypeName.get(RuntimeNames.COMPARABLE_ATTRIBUTE, model.modelClass(), a.boxedType());
      case ARRAY -> ParameterizedTypeName.get(RuntimeNames.ARRAY_ATTRIBUTE, model.modelClass(), a.boxedType(),
          a.elementJavaType());
      case EQUALITY -> ParameterizedTypeName.get(RuntimeNames.ATTRIBUTE, model.modelClass(), a.boxedType());
    };
  }

  /** The column's SQL after its name: {@code DECIMAL(10,2) NOT NULL}. */
  private static String columnSql(AttributeDescriptor a) {
    return Ddl.columnDefinition(SchemaBuilder.column(a)).substring(Sql.quote(a.column()).length() + 1);
  }

  /** The type of the private constant holding an enum's or an array's column type. */
  private static TypeName columnType(AttributeDescriptor a) {
    return a.type() == AttributeType.ARRAY
        ? ParameterizedTypeName.get(RuntimeNames.ARRAY_COLUMN_TYPE, a.boxedType(), a.elementJavaType())
        : ParameterizedTypeName.get(RuntimeNames.COLUMN_TYPE, a.boxedType());
  }

  /**
   * {@code ColumnTypes.enumType(Status.class, "enum_t_status")}, {@code ColumnTypes.array(ColumnTypes.STRING,
   * String[]::new)} or {@code ColumnTypes.list(ColumnTypes.LONG)}.
   */
  private String columnTypeInitializer(AttributeDescriptor a) {
    String columnTypes = out.type(RuntimeNames.COLUMN_TYPES);
    if (a.type() == AttributeType.ENUM) {
      return columnTypes + ".enumType(" + out.type(a.javaType()) + ".class, " + JavaSource.literal(a.enumTypeName()) + ")";
    }
    String element = columnTypes + "." + a.elementType().columnTypeConstant();
    return a.isList()
        ? columnTypes + ".list(" + element + ")"
        : columnTypes + ".array(" + element + ", " + out.type(a.javaType()) + "::new)";
  }

  private String columnTypeExpression(AttributeDescriptor a) {
    return a.columnTypeField() != null
        ? a.columnTypeField()
        : out.type(RuntimeNames.COLUMN_TYPES) + "." + a.type().columnTypeConstant();
  }

  // ---- the model descriptor ----------------------------------------------------------------------

  private void modelField() {
    String keyType = out.type(model.keyType());
    String modelType = out.type(RuntimeNames.MODEL_TYPE);
    String simpleName = model.generatedClass().simpleName();
    out.javadoc(1, "The model {@code " + JavaSource.doc(model.modelName()) + "}: pass it to {@link "
        + out.type(RuntimeNames.SEQUOR) + "#repository} for its finders and writes.");
    List<AttributeDescriptor> key = model.primaryKey();
    String build = "M.build(" + simpleName + "::map, " + simpleName + "::create";
    if (key.size() > 1) {
      build += ", key -> new Object[] {" + String.join(", ", key.stream().map(a -> "key." + a.name() + "()").toList()) + "}";
    }
    out.line(1, "public static final " + modelType + "<" + modelClass + ", " + keyType + "> MODEL = " + build + ");");
  }

  // ---- the row mapper, the factory and the accessor ----------------------------------------------

  private void mapper() {
    out.javadoc(1, "Reads the current row, whose columns are the attributes in declaration order.")
        .line(1, "private static " + modelClass + " map(" + out.type(RuntimeNames.RESULT_SET) + " rs) throws "
            + out.type(RuntimeNames.SQL_EXCEPTION) + " {");
    construct(this::read);
    out.line(1, "}");
  }

  /**
   * One method for the runtime's instance factory (seed files): a cast per attribute, no lambda per attribute,
   * which javac would compile far more slowly.
   */
  private void factory() {
    out.javadoc(1, "Builds an instance from attribute values in declaration order.");
    if (model.attributes().stream().anyMatch(AttributeDescriptor::isList)) {
      // a cast to List<Long> is unchecked; the runtime built the value with the attribute's column type
      out.line(1, "@SuppressWarnings(\"unchecked\")");
    }
    out.line(1, "private static " + modelClass + " create(" + out.type(ClassName.OBJECT) + "[] values) {");
    construct(this::value);
    out.line(1, "}");
  }

  /** The body of {@code map} or {@code create}: the record's constructor, or the setters, with each value. */
  private void construct(Function<AttributeDescriptor, String> value) {
    if (model.isRecord()) {
      List<String> arguments = new ArrayList<>();
      for (ModelDescriptor.ConstructorArgument argument : model.recordArguments()) {
        arguments.add(argument.attribute() == null ? argument.transientDefault() : value.apply(argument.attribute()));
      }
      out.line(2, "return new " + modelClass + "(");
      for (int i = 0; i < arguments.size(); i++) {
        out.line(4, arguments.get(i) + (i == arguments.size() - 1 ? ");" : ","));
      }
    } else {
      out.line(2, modelClass + " instance = new " + modelClass + "();");
      for (AttributeDescriptor a : model.attributes()) {
        out.line(2, "instance." + a.setter() + "(" + value.apply(a) + ");");
      }
      out.line(2, "return instance;");
    }
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

  private String read(AttributeDescriptor a) {
    return columnTypeExpression(a) + ".read(rs, " + (model.attributes().indexOf(a) + 1) + ")";
  }

  /** One switch instead of a method reference per attribute: far cheaper for javac to compile. */
  private void accessor() {
    out.javadoc(1, "Reads attribute {@code index}, in declaration order.")
        .line(1, "private static " + out.type(ClassName.OBJECT) + " get(" + modelClass + " instance, int index) {")
        .line(2, "switch (index) {");
    for (AttributeDescriptor a : model.attributes()) {
      out.line(3, "case " + model.attributes().indexOf(a) + ": return instance." + a.getter() + "();");
    }
    out.line(3, "default: throw new " + out.type(ClassName.get(IndexOutOfBoundsException.class)) + "(index);")
        .line(2, "}")
        .line(1, "}");
  }

  // ---- nested types ------------------------------------------------------------------------------

  // ---- the typed repository of unique attributes --------------------------------------------------

  /**
   * The single-column unique attributes that get a {@code findBy<Attribute>} finder: not the primary key
   * ({@code findByPk} finds by it), and not one named {@code pk}, whose finder would clash with {@code findByPk}.
   */
  private List<AttributeDescriptor> uniqueAttributes() {
    return model.attributes().stream()
        .filter(a -> a.unique() && !a.primaryKey() && !finderName(a).equals("findByPk"))
        .toList();
  }

  private static String finderName(AttributeDescriptor a) {
    return "findBy" + Character.toUpperCase(a.name().charAt(0)) + a.name().substring(1);
  }

  /** {@code FooRepository}: named after the model, so that no wildcard import makes it ambiguous. */
  private static String repositoryClass(ModelDescriptor model) {
    return model.modelClass().simpleName() + "Repository";
  }

  private void repositoryFactory() {
    String repository = repositoryClass(model);
    out.javadoc(1, "The repository of {@link " + modelClass + "} with its {@code findBy} finders of unique attributes.")
        .line(1, "public static " + repository + " repository(" + out.type(RuntimeNames.SEQUOR) + " sequor) {")
        .line(2, "return new " + repository + "(sequor.repository(MODEL));")
        .line(1, "}");
  }

  private void repository(List<AttributeDescriptor> unique) {
    String keyType = out.type(model.keyType());
    String noun = Character.toLowerCase(model.modelName().charAt(0)) + model.modelName().substring(1);
    out.javadoc(1, "The repository of {@link " + modelClass + "} with a finder per unique attribute: {@code "
            + model.generatedClass().simpleName() + ".repository(sequor)." + finderName(unique.get(0)) + "(...)}.")
        .line(1, "public static final class " + repositoryClass(model) + " extends " + out.type(RuntimeNames.FORWARDING_REPOSITORY) + "<"
            + modelClass + ", " + keyType + "> {")
        .javadoc(2, "Forwards to {@code delegate}, typically {@code sequor.repository(MODEL)}.")
        .line(2, "public " + repositoryClass(model) + "(" + out.type(ParameterizedTypeName.get(RuntimeNames.REPOSITORY, model.modelClass(), model.keyType()))
            + " delegate) {")
        .line(3, "super(delegate);")
        .line(2, "}");
    String optional = out.type(ParameterizedTypeName.get(ClassName.get("java.util", "Optional"), model.modelClass()));
    for (AttributeDescriptor a : unique) {
      out.blankLine()
          .javadoc(2, "The " + JavaSource.doc(noun) + " whose " + a.name() + " is {@code value}, if any: unique attribute, at most one row.")
          .line(2, "public " + optional + " " + finderName(a) + "(" + out.type(a.boxedType()) + " value) {")
          .line(3, "return findBy(" + a.constant() + ", value);")
          .line(2, "}");
    }
    out.line(1, "}");
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
