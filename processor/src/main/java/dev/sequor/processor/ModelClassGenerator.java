package dev.sequor.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates a model's companion class {@code FooModel}: jOOQ table metadata, one typed attribute constant
 * per column for criteria, the {@code ModelType} descriptor and a reflection-free row mapper.
 */
final class ModelClassGenerator {

  private static final String COLUMNS_CLASS = "Columns";
  private static final String KEY_CLASS = "Key";
  private static final String REPOSITORY_CLASS = "Repository";

  private final ModelDescriptor model;
  private final ClassName columnsClass;

  private ModelClassGenerator(ModelDescriptor model) {
    this.model = model;
    this.columnsClass = model.generatedClass().nestedClass(COLUMNS_CLASS);
  }

  static TypeSpec generate(ModelDescriptor model) {
    return new ModelClassGenerator(model).build();
  }

  private TypeSpec build() {
    TypeSpec.Builder type = TypeSpec.classBuilder(model.generatedClass())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Sequor metadata for {@link $T}: table {@code $L}.\n\n", model.modelClass(), model.tableName())
        .addJavadoc("<p>Use the attribute constants in criteria ({@code $L.eq(...)}), {@link #MODEL} with\n",
            model.attributes().get(0).constant())
        .addJavadoc("{@link $T#repository} for finders and writes, and {@link #TABLE} with {@link Columns} in jOOQ's DSL.\n",
            RuntimeNames.SEQUOR);

    for (AttributeDescriptor a : model.attributes()) {
      if (a.type() == AttributeType.ENUM) {
        type.addField(FieldSpec.builder(columnType(a), a.columnTypeField(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.enumType($T.class, $S)", RuntimeNames.COLUMN_TYPES, a.javaType(), a.enumTypeName())
            .build());
      } else if (a.type() == AttributeType.ARRAY) {
        type.addField(FieldSpec.builder(columnType(a), a.columnTypeField(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(arrayColumnType(a))
            .build());
      }
    }
    type.addField(FieldSpec.builder(RuntimeNames.MODEL_TABLE, "TABLE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The {@code $L} table as jOOQ metadata; its columns are in {@link Columns}.\n", model.tableName())
        .initializer("new $T($S)", RuntimeNames.MODEL_TABLE, model.tableName())
        .build());
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.ATTRIBUTE_ACCESSOR, model.modelClass()),
            "ACCESSOR", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T::get", model.generatedClass())
        .build());
    for (AttributeDescriptor a : model.attributes()) {
      type.addField(attributeField(a));
    }
    type.addField(modelField());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(accessor());
    type.addMethod(mapper());
    type.addMethod(factory());
    List<AttributeDescriptor> unique = uniqueAttributes();
    if (!unique.isEmpty()) {
      type.addMethod(repositoryFactory());
    }
    type.addType(columns());
    if (model.primaryKey().size() > 1) {
      type.addType(keyRecord());
    }
    if (!unique.isEmpty()) {
      type.addType(repository(unique));
    }
    return type.build();
  }

  // ---- attribute constants -----------------------------------------------------------------------

  private FieldSpec attributeField(AttributeDescriptor a) {
    // explicit type arguments: javac infers a diamond far more slowly, and there is one per column
    CodeBlock.Builder init = CodeBlock.builder().add("new $T($S, $S,$W$T.$N, $L, ACCESSOR, $L",
        attributeType(a), model.modelName(), a.name(), columnsClass, a.constant(), columnTypeExpression(a),
        model.attributes().indexOf(a));
    for (String flag : flags(a)) {
      init.add(",$W$T.$N", RuntimeNames.ATTRIBUTE_FLAG, flag);
    }
    init.add(")");
    return FieldSpec.builder(attributeType(a), a.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("{@link $T#$N()}: column {@code $L}, {@code $L}$L.\n", model.modelClass(), a.getter(), a.column(),
            columnSql(a), a.primaryKey() ? ", primary key" : "")
        .initializer(init.build())
        .build();
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

  /** {@code ColumnTypes.array(ColumnTypes.STRING, String[]::new)} or {@code ColumnTypes.list(ColumnTypes.LONG)}. */
  private static CodeBlock arrayColumnType(AttributeDescriptor a) {
    CodeBlock element = CodeBlock.of("$T.$N", RuntimeNames.COLUMN_TYPES, a.elementType().columnTypeConstant());
    return a.isList()
        ? CodeBlock.of("$T.list($L)", RuntimeNames.COLUMN_TYPES, element)
        : CodeBlock.of("$T.array($L, $T::new)", RuntimeNames.COLUMN_TYPES, element, a.javaType());
  }

  private static CodeBlock columnTypeExpression(AttributeDescriptor a) {
    return a.columnTypeField() != null
        ? CodeBlock.of("$N", a.columnTypeField())
        : CodeBlock.of("$T.$N", RuntimeNames.COLUMN_TYPES, a.type().columnTypeConstant());
  }

  // ---- the model descriptor ----------------------------------------------------------------------

  private FieldSpec modelField() {
    TypeName keyType = model.keyType();
    CodeBlock.Builder init = CodeBlock.builder()
        .add("$T.<$T, $T>builder($S, $T.class, TABLE)\n", RuntimeNames.MODEL_TYPE, model.modelClass(), keyType,
            model.modelName(), model.modelClass())
        .indent().indent()
        .add(".attributes($L)\n", model.attributes().stream().map(a -> CodeBlock.of("$N", a.constant()))
            .collect(CodeBlock.joining(",$W")));
    List<AttributeDescriptor> key = model.primaryKey();
    if (key.size() == 1) {
      init.add(".key($N)\n", key.get(0).constant());
    } else {
      init.add(".compositeKey(key -> new Object[] {$L}, $L)\n",
          key.stream().map(a -> CodeBlock.of("key.$N()", a.name())).collect(CodeBlock.joining(", ")),
          key.stream().map(a -> CodeBlock.of("$N", a.constant())).collect(CodeBlock.joining(", ")));
    }
    if (model.createdAtColumn() != null) {
      init.add(".timestamps($T.$N, $T.$N)\n", columnsClass, tableFieldName(model.createdAtColumn()),
          columnsClass, tableFieldName(model.updatedAtColumn()));
    }
    init.add(".mapper($T::map)\n", model.generatedClass())
        .add(".factory($T::create)\n", model.generatedClass())
        .add(".build()").unindent().unindent();
    return FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.MODEL_TYPE, model.modelClass(), keyType), "MODEL",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The model {@code $L}: pass it to {@link $T#repository} for its finders and writes.\n",
            model.modelName(), RuntimeNames.SEQUOR)
        .initializer(init.build())
        .build();
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

  // ---- the row mapper ----------------------------------------------------------------------------

  private MethodSpec mapper() {
    MethodSpec.Builder map = MethodSpec.methodBuilder("map")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Reads the current row, whose columns are the attributes in declaration order.\n")
        .returns(model.modelClass())
        .addParameter(ParameterSpec.builder(RuntimeNames.RESULT_SET, "rs").build())
        .addException(RuntimeNames.SQL_EXCEPTION);
    if (model.isRecord()) {
      List<CodeBlock> arguments = new ArrayList<>();
      for (ModelDescriptor.ConstructorArgument argument : model.recordArguments()) {
        arguments.add(argument.attribute() == null
            ? CodeBlock.of("$L", argument.transientDefault())
            : read(argument.attribute()));
      }
      map.addStatement("return new $T(\n$L)", model.modelClass(), CodeBlock.join(arguments, ",\n"));
    } else {
      map.addStatement("$T instance = new $T()", model.modelClass(), model.modelClass());
      for (AttributeDescriptor a : model.attributes()) {
        map.addStatement("instance.$N($L)", a.setter(), read(a));
      }
      map.addStatement("return instance");
    }
    return map.build();
  }

  /**
   * One method for the runtime's instance factory (seed files): a cast per attribute, no lambda per attribute,
   * which javac would compile far more slowly.
   */
  private MethodSpec factory() {
    MethodSpec.Builder create = MethodSpec.methodBuilder("create")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Builds an instance from attribute values in declaration order.\n")
        .returns(model.modelClass())
        .addParameter(Object[].class, "values");
    if (model.attributes().stream().anyMatch(AttributeDescriptor::isList)) {
      // a cast to List<Long> is unchecked; the runtime built the value with the attribute's column type
      create.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
    }
    if (model.isRecord()) {
      List<CodeBlock> arguments = new ArrayList<>();
      for (ModelDescriptor.ConstructorArgument argument : model.recordArguments()) {
        arguments.add(argument.attribute() == null
            ? CodeBlock.of("$L", argument.transientDefault())
            : value(argument.attribute()));
      }
      create.addStatement("return new $T(\n$L)", model.modelClass(), CodeBlock.join(arguments, ",\n"));
    } else {
      create.addStatement("$T instance = new $T()", model.modelClass(), model.modelClass());
      for (AttributeDescriptor a : model.attributes()) {
        create.addStatement("instance.$N($L)", a.setter(), value(a));
      }
      create.addStatement("return instance");
    }
    return create.build();
  }

  /**
   * A primitive attribute takes its Java default for a {@code null}: an instance of the model cannot hold
   * {@code null} there, and the runtime lets a {@code null} through only where the column has a default.
   */
  private CodeBlock value(AttributeDescriptor a) {
    int index = model.attributes().indexOf(a);
    if (!a.javaType().isPrimitive()) {
      return CodeBlock.of("($T) values[$L]", a.boxedType(), index);
    }
    String zero = a.javaType().equals(TypeName.BOOLEAN) ? "false" : a.javaType().equals(TypeName.SHORT) ? "(short) 0" : "0";
    return CodeBlock.of("values[$L] == null ? $L : ($T) values[$L]", index, zero, a.boxedType(), index);
  }

  private CodeBlock read(AttributeDescriptor a) {
    return CodeBlock.of("$L.read(rs, $L)", columnTypeExpression(a), model.attributes().indexOf(a) + 1);
  }

  // ---- nested types ------------------------------------------------------------------------------

  /** One switch instead of a method reference per attribute: far cheaper for javac to compile. */
  private MethodSpec accessor() {
    MethodSpec.Builder get = MethodSpec.methodBuilder("get")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Reads attribute {@code index}, in declaration order.\n")
        .returns(Object.class)
        .addParameter(model.modelClass(), "instance")
        .addParameter(int.class, "index")
        .beginControlFlow("switch (index)");
    for (AttributeDescriptor a : model.attributes()) {
      get.addStatement("case $L: return instance.$N()", model.attributes().indexOf(a), a.getter());
    }
    get.addStatement("default: throw new $T(index)", IndexOutOfBoundsException.class);
    return get.endControlFlow().build();
  }

  private TypeSpec columns() {
    TypeSpec.Builder columns = TypeSpec.classBuilder(columnsClass)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The columns of {@code $L} as typed jOOQ fields: {@code dsl.select(Columns.$L).from(TABLE)}.\n",
            model.tableName(), model.attributes().get(0).constant());
    for (AttributeDescriptor a : model.attributes()) {
      columns.addField(column(a.constant(), a.column(), a.boxedType(), columnTypeExpression(a),
          columnSql(a) + (a.primaryKey() ? ", primary key" : "")));
    }
    for (ModelDescriptor.HiddenColumn hidden : model.hiddenTimestamps()) {
      columns.addField(column(hidden.constant(), hidden.column(), ClassName.get("java.time", "Instant"),
          CodeBlock.of("$T.INSTANT", RuntimeNames.COLUMN_TYPES), "TIMESTAMP WITH TIME ZONE NOT NULL"));
    }
    columns.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    return columns.build();
  }

  private static FieldSpec column(String name, String column, TypeName type, CodeBlock columnType, String sqlType) {
    return FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.JOOQ_TABLE_FIELD, RuntimeNames.JOOQ_RECORD, type),
            name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Column {@code $L}: {@code $L}.\n", column, sqlType)
        .initializer("TABLE.column($S, $L)", column, columnType)
        .build();
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

  private ClassName repositoryClass() {
    return model.generatedClass().nestedClass(REPOSITORY_CLASS);
  }

  private MethodSpec repositoryFactory() {
    return MethodSpec.methodBuilder("repository")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The repository of {@link $T} with its {@code findBy} finders of unique attributes.\n",
            model.modelClass())
        .returns(repositoryClass())
        .addParameter(RuntimeNames.SEQUOR, "sequor")
        .addStatement("return new $T(sequor.repository(MODEL))", repositoryClass())
        .build();
  }

  private TypeSpec repository(List<AttributeDescriptor> unique) {
    TypeName keyType = model.keyType();
    String noun = Character.toLowerCase(model.modelName().charAt(0)) + model.modelName().substring(1);
    TypeSpec.Builder repository = TypeSpec.classBuilder(repositoryClass())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(RuntimeNames.FORWARDING_REPOSITORY, model.modelClass(), keyType))
        .addJavadoc("The repository of {@link $T} with a finder per unique attribute: {@code $L.repository(sequor).$N(...)}.\n",
            model.modelClass(), model.generatedClass().simpleName(), finderName(unique.get(0)))
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Forwards to {@code delegate}, typically {@code sequor.repository(MODEL)}.\n")
            .addParameter(ParameterizedTypeName.get(RuntimeNames.REPOSITORY, model.modelClass(), keyType), "delegate")
            .addStatement("super(delegate)")
            .build());
    for (AttributeDescriptor a : unique) {
      repository.addMethod(MethodSpec.methodBuilder(finderName(a))
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("The $L whose $L is {@code value}, if any: unique attribute, at most one row.\n", noun, a.name())
          .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), model.modelClass()))
          .addParameter(a.boxedType(), "value")
          .addStatement("return findBy($N, value)", a.constant())
          .build());
    }
    return repository.build();
  }

  private TypeSpec keyRecord() {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    CodeBlock.Builder params = CodeBlock.builder();
    for (AttributeDescriptor a : model.primaryKey()) {
      constructor.addParameter(a.boxedType(), a.name());
      params.add("@param $N column {@code $L}, {@code $L}\n", a.name(), a.column(), columnSql(a));
    }
    return TypeSpec.recordBuilder(model.generatedClass().nestedClass(KEY_CLASS))
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The composite primary key of {@link $T}, the key type of {@code findByPk}.\n\n", model.modelClass())
        .addJavadoc(params.build())
        .recordConstructor(constructor.build())
        .build();
  }
}
