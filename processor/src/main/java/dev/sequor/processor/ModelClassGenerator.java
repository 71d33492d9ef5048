package dev.sequor.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Generates a model's companion class {@code FooModel}: jOOQ table metadata, one typed attribute constant
 * per column for criteria, the {@code ModelType} descriptor and a reflection-free row mapper.
 *
 * <p>The text is written directly ({@link JavaSource}), in the shape that javac compiles fastest: explicit type
 * arguments wherever javac would otherwise infer them, one switch instead of a method reference per attribute, no
 * lambda per attribute.
 */
final class ModelClassGenerator {

  private static final String COLUMNS_CLASS = "Columns";
  private static final String KEY_CLASS = "Key";
  private static final String REPOSITORY_CLASS = "Repository";
  private static final ClassName INSTANT = ClassName.get("java.time", "Instant");

  private final ModelDescriptor model;
  private final JavaSource out;
  private final String modelClass;

  private ModelClassGenerator(ModelDescriptor model) {
    this.model = model;
    this.out = new JavaSource(model.generatedClass(), Set.of(COLUMNS_CLASS, KEY_CLASS, REPOSITORY_CLASS));
    this.modelClass = out.type(model.modelClass());
  }

  /** The source of {@code FooModel}, marked as generated from {@code model}. */
  static String generate(ModelDescriptor model) {
    return new ModelClassGenerator(model).build();
  }

  private String build() {
    String simpleName = model.generatedClass().simpleName();
    out.javadoc(0, "Sequor metadata for {@link " + modelClass + "}: table {@code " + JavaSource.doc(model.tableName()) + "}.\n"
        + "\n"
        + "<p>Use the attribute constants in criteria ({@code " + model.attributes().get(0).constant() + ".eq(...)}), {@link #MODEL} with\n"
        + "{@link " + out.type(RuntimeNames.SEQUOR) + "#repository} for finders and writes, and {@link #TABLE} with {@link Columns} in jOOQ's DSL.");
    out.line(0, "@" + out.type(RuntimeNames.GENERATED) + "(")
        .line(2, "value = " + JavaSource.literal(SequorProcessor.class.getName()) + ",")
        .line(2, "comments = " + JavaSource.literal("from " + model.qualifiedName()))
        .line(0, ")")
        .line(0, "public final class " + simpleName + " {");

    boolean first = true;
    for (AttributeDescriptor a : model.attributes()) {
      if (a.columnTypeField() != null) {
        if (!first) {
          out.blankLine();
        }
        first = false;
        out.line(1, "private static final " + out.type(columnType(a)) + " " + a.columnTypeField() + " = "
            + columnTypeInitializer(a) + ";");
      }
    }
    if (!first) {
      out.blankLine();
    }
    out.javadoc(1, "The {@code " + JavaSource.doc(model.tableName()) + "} table as jOOQ metadata; its columns are in {@link Columns}.")
        .line(1, "public static final " + out.type(RuntimeNames.MODEL_TABLE) + " TABLE = new "
            + out.type(RuntimeNames.MODEL_TABLE) + "(" + JavaSource.literal(model.tableName()) + ");")
        .blankLine()
        .line(1, "private static final " + out.type(ParameterizedTypeName.get(RuntimeNames.ATTRIBUTE_ACCESSOR, model.modelClass()))
            + " ACCESSOR = " + simpleName + "::get;");
    for (AttributeDescriptor a : model.attributes()) {
      out.blankLine();
      attributeField(a);
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
    out.blankLine();
    columns();
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
    // explicit type arguments: javac infers a diamond far more slowly, and there is one per column
    String type = out.type(attributeType(a));
    out.javadoc(1, "{@link " + modelClass + "#" + a.getter() + "()}: column {@code " + JavaSource.doc(a.column()) + "}, {@code "
        + JavaSource.doc(columnSql(a)) + "}" + (a.primaryKey() ? ", primary key" : "") + ".");
    out.line(1, "public static final " + type + " " + a.constant() + " = new " + type + "("
        + JavaSource.literal(model.modelName()) + ", " + JavaSource.literal(a.name()) + ",");
    List<String> arguments = new ArrayList<>(List.of("Columns." + a.constant(), columnTypeExpression(a), "ACCESSOR",
        String.valueOf(model.attributes().indexOf(a))));
    for (String flag : flags(a)) {
      arguments.add(out.type(RuntimeNames.ATTRIBUTE_FLAG) + "." + flag);
    }
    out.wrapped(1, "    ", arguments, ");");
  }

  /** The runtime flags of an attribute, in a fixed order. */
  private static List<String> flags(AttributeDescriptor a) {
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
    return flags;
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
    out.line(1, "public static final " + modelType + "<" + modelClass + ", " + keyType + "> MODEL = " + modelType + ".<"
        + modelClass + ", " + keyType + ">builder(" + JavaSource.literal(model.modelName()) + ", " + modelClass + ".class, TABLE)");
    out.wrapped(3, ".attributes(", model.attributes().stream().map(AttributeDescriptor::constant).toList(), ")");
    List<AttributeDescriptor> key = model.primaryKey();
    if (key.size() == 1) {
      out.line(3, ".key(" + key.get(0).constant() + ")");
    } else {
      out.line(3, ".compositeKey(key -> new Object[] {"
          + String.join(", ", key.stream().map(a -> "key." + a.name() + "()").toList()) + "}, "
          + String.join(", ", key.stream().map(AttributeDescriptor::constant).toList()) + ")");
    }
    if (model.createdAtColumn() != null) {
      out.line(3, ".timestamps(Columns." + tableFieldName(model.createdAtColumn()) + ", Columns."
          + tableFieldName(model.updatedAtColumn()) + ")");
    }
    out.line(3, ".mapper(" + simpleName + "::map)")
        .line(3, ".factory(" + simpleName + "::create)")
        .line(3, ".build();");
  }

  /** The constant of the table field for a column: an attribute's constant, or a hidden timestamp's. */
  private String tableFieldName(String column) {
    for (AttributeDescriptor a : model.attributes()) {
      if (a.column().equals(column)) {
        return a.constant();
      }
    }
    for (ModelDescriptor.HiddenColumn hidden : model.hiddenTimestamps()) {
      if (hidden.column().equals(column)) {
        return hidden.constant();
      }
    }
    throw new IllegalStateException("no field for column " + column);
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

  private void columns() {
    out.javadoc(1, "The columns of {@code " + JavaSource.doc(model.tableName()) + "} as typed jOOQ fields: {@code dsl.select(Columns."
            + model.attributes().get(0).constant() + ").from(TABLE)}.")
        .line(1, "public static final class Columns {");
    boolean first = true;
    for (AttributeDescriptor a : model.attributes()) {
      if (!first) {
        out.blankLine();
      }
      first = false;
      column(a.constant(), a.column(), a.boxedType(), columnTypeExpression(a),
          columnSql(a) + (a.primaryKey() ? ", primary key" : ""));
    }
    for (ModelDescriptor.HiddenColumn hidden : model.hiddenTimestamps()) {
      out.blankLine();
      column(hidden.constant(), hidden.column(), INSTANT, out.type(RuntimeNames.COLUMN_TYPES) + ".INSTANT",
          "TIMESTAMP WITH TIME ZONE NOT NULL");
    }
    out.blankLine()
        .line(2, "private Columns() {")
        .line(2, "}")
        .line(1, "}");
  }

  /**
   * A column's field, from its column type: a call javac resolves on that small interface, with no inference, where
   * {@code TABLE.column(...)} made it infer a type and search jOOQ's whole table hierarchy, once per column.
   */
  private void column(String name, String column, TypeName type, String columnType, String sqlType) {
    out.javadoc(2, "Column {@code " + JavaSource.doc(column) + "}: {@code " + JavaSource.doc(sqlType) + "}.")
        .line(2, "public static final " + out.type(RuntimeNames.JOOQ_TABLE_FIELD) + "<" + out.type(RuntimeNames.JOOQ_RECORD)
            + ", " + out.type(type) + "> " + name + " = " + columnType + ".column(TABLE, " + JavaSource.literal(column) + ");");
  }

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

  private void repositoryFactory() {
    out.javadoc(1, "The repository of {@link " + modelClass + "} with its {@code findBy} finders of unique attributes.")
        .line(1, "public static Repository repository(" + out.type(RuntimeNames.SEQUOR) + " sequor) {")
        .line(2, "return new Repository(sequor.repository(MODEL));")
        .line(1, "}");
  }

  private void repository(List<AttributeDescriptor> unique) {
    String keyType = out.type(model.keyType());
    String noun = Character.toLowerCase(model.modelName().charAt(0)) + model.modelName().substring(1);
    out.javadoc(1, "The repository of {@link " + modelClass + "} with a finder per unique attribute: {@code "
            + model.generatedClass().simpleName() + ".repository(sequor)." + finderName(unique.get(0)) + "(...)}.")
        .line(1, "public static final class Repository extends " + out.type(RuntimeNames.FORWARDING_REPOSITORY) + "<"
            + modelClass + ", " + keyType + "> {")
        .javadoc(2, "Forwards to {@code delegate}, typically {@code sequor.repository(MODEL)}.")
        .line(2, "public Repository(" + out.type(ParameterizedTypeName.get(RuntimeNames.REPOSITORY, model.modelClass(), model.keyType()))
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
