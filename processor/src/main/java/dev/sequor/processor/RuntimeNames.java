package dev.sequor.processor;

import com.palantir.javapoet.ClassName;
import java.util.Set;

/** The runtime and jOOQ types generated code refers to, by name: the processor never loads them. */
final class RuntimeNames {

  private RuntimeNames() {}

  static final String MODEL_ANNOTATION = "dev.sequor.Model";
  static final String COLUMN_ANNOTATION = "dev.sequor.Column";
  static final String DEFAULT_VALUE_ANNOTATION = "dev.sequor.DefaultValue";
  static final String PRIMARY_KEY_ANNOTATION = "dev.sequor.PrimaryKey";
  static final String TRANSIENT_ANNOTATION = "dev.sequor.Transient";
  static final String RENAMED_FROM_ANNOTATION = "dev.sequor.RenamedFrom";
  static final String INDEX_ANNOTATION = "dev.sequor.Index";
  static final String INDEXES_ANNOTATION = "dev.sequor.Indexes";
  static final String REFERENCES_ANNOTATION = "dev.sequor.References";
  static final String BELONGS_TO_ANNOTATION = "dev.sequor.BelongsTo";
  static final String HAS_ONE_ANNOTATION = "dev.sequor.HasOne";
  static final String HAS_MANY_ANNOTATION = "dev.sequor.HasMany";
  static final String BELONGS_TO_MANY_ANNOTATION = "dev.sequor.BelongsToMany";
  /** Every annotation of a model: the {@link ModelProcessor}'s to read and claim. */
  static final Set<String> MODEL_ANNOTATIONS = Set.of(MODEL_ANNOTATION, COLUMN_ANNOTATION, DEFAULT_VALUE_ANNOTATION,
      PRIMARY_KEY_ANNOTATION, TRANSIENT_ANNOTATION, RENAMED_FROM_ANNOTATION, INDEX_ANNOTATION, INDEXES_ANNOTATION,
      REFERENCES_ANNOTATION, BELONGS_TO_ANNOTATION, HAS_ONE_ANNOTATION, HAS_MANY_ANNOTATION,
      BELONGS_TO_MANY_ANNOTATION);
  /** The test extension's, in the testing module. */
  static final String SEQUOR_TEST_ANNOTATION = "dev.sequor.testing.SequorTest";
  static final String SEED_ANNOTATION = "dev.sequor.seed.Seed";
  static final String SEEDER_INTERFACE = "dev.sequor.seed.Seeder";

  static final ClassName ATTRIBUTE = ClassName.get("dev.sequor", "Attribute");
  static final ClassName GENERATED_MODELS = ClassName.get("dev.sequor", "GeneratedModels");
  static final ClassName GENERATED_MODEL = GENERATED_MODELS.nestedClass("Model");
  /** The mark of a generated companion class, naming its model. */
  static final ClassName COMPANION_OF = GENERATED_MODELS.nestedClass("CompanionOf");
  static final ClassName COMPARABLE_EXPRESSION = ClassName.get("dev.sequor", "ComparableExpression");
  static final ClassName COMPARABLE_ATTRIBUTE = ClassName.get("dev.sequor", "ComparableAttribute");
  static final ClassName STRING_ATTRIBUTE = ClassName.get("dev.sequor", "StringAttribute");
  static final ClassName NUMBER_ATTRIBUTE = ClassName.get("dev.sequor", "NumberAttribute");
  static final ClassName BOOLEAN_ATTRIBUTE = ClassName.get("dev.sequor", "BooleanAttribute");
  static final ClassName ARRAY_ATTRIBUTE = ClassName.get("dev.sequor", "ArrayAttribute");
  static final ClassName JSON_ATTRIBUTE = ClassName.get("dev.sequor", "JsonAttribute");
  static final ClassName MODEL_TYPE = ClassName.get("dev.sequor", "ModelType");
  static final ClassName ASSOCIATION = ClassName.get("dev.sequor", "Association");
  static final ClassName SEQUOR = ClassName.get("dev.sequor", "Sequor");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
}
