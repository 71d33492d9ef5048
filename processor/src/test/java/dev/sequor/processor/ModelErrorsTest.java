package dev.sequor.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per mistake a user can make in a {@code @Model}: the processor reports exactly one error, with
 * its stable tag, on the line of the offending element, and does not crash. Inputs are under {@code bad/}.
 */
final class ModelErrorsTest {

  // ---- the annotated type ------------------------------------------------------------------------

  @Test
  void modelOnInterface_fails() {
    assertOneError(bad("OnInterface"), "[ModelNotClass]", "public interface OnInterface");
  }

  @Test
  void modelOnAbstractClass_fails() {
    assertOneError(bad("OnAbstractClass"), "[ModelNotClass]", "public abstract class OnAbstractClass");
  }

  @Test
  void modelOnEnum_fails() {
    assertOneError(bad("OnEnum"), "[ModelNotClass]", "public enum OnEnum");
  }

  @Test
  void privateNestedModel_fails() {
    assertOneError(bad("PrivateNested"), "[ModelNotAccessible]", "private record Hidden");
  }

  @Test
  void innerClassModel_fails() {
    assertOneError(bad("InnerClass"), "[ModelNotAccessible]", "public class Inner {");
  }

  @Test
  void classWithoutNoArgConstructor_fails() {
    assertOneError(bad("NoNoArgConstructor"), "[ModelNoConstructor]", "public class NoNoArgConstructor");
  }

  @Test
  void classWithPrivateNoArgConstructor_fails() {
    assertOneError(bad("PrivateNoArgConstructor"), "[ModelNoConstructor]", "public class PrivateNoArgConstructor");
  }

  @Test
  void classFieldWithoutGetter_fails() {
    assertOneError(bad("MissingGetter"), "[ModelMissingAccessor]", "private String name;",
        "needs a non-private getter getName()");
  }

  @Test
  void classFieldWithoutSetter_fails() {
    assertOneError(bad("MissingSetter"), "[ModelMissingAccessor]", "private boolean active;",
        "needs a non-private setter setActive(boolean)");
  }

  // ---- attributes and keys -----------------------------------------------------------------------

  @Test
  void longAttributeNamedWait_fails_becauseItsBuilderSetterWouldBeObjectsWait() {
    assertOneError(bad("WaitAttribute"), "[ModelBuilderSetter]", "long wait", "Object's final wait(long)");
  }

  @Test
  void unsupportedDateAttribute_fails() {
    assertOneError(bad("UnsupportedDate"), "[ModelUnsupportedType]", "Date bornOn", "has type java.util.Date");
  }

  @Test
  void listOfAnUnsupportedElementType_fails_namingTheArrayElementTypes() {
    assertOneError(bad("UnsupportedList"), "[ModelUnsupportedType]", "List<Instant> seenAt",
        "has type java.util.List<java.time.Instant>",
        "array or List of String, Integer, Long, Short, Boolean, Double, BigDecimal or UUID");
  }

  @Test
  void arrayOfPrimitives_fails() {
    assertOneError(bad("PrimitiveArray"), "[ModelUnsupportedType]", "int[] scores", "has type int[]", "not int[]");
  }

  @Test
  void listOfArrays_fails() {
    assertOneError(bad("NestedArray"), "[ModelUnsupportedType]", "List<String[]> groups",
        "has type java.util.List<java.lang.String[]>");
  }

  @Test
  void arrayPrimaryKey_failsOnce_evenWithAutoIncrement() {
    assertOneError(bad("ArrayKey"), "[ModelArrayKey]", "Long[] ids", "may not be an array, found: java.lang.Long[]");
  }

  @Test
  void defaultOnArray_fails() {
    assertOneError(bad("ArrayDefault"), "[ModelBadDefault]", "@DefaultValue(\"{a,b}\") String[] tags",
        "array attributes cannot have a default");
  }

  @Test
  void unsupportedIdType_reportsTheTypeButNotAMissingKey() {
    assertOneError(bad("UnsupportedId"), "[ModelUnsupportedType]", "Date id,");
  }

  @Test
  void unknownAttributeType_leavesTheOnlyErrorToJavac() {
    // javac says "cannot find symbol ... class NoSuchType"; the processor defers the model and adds nothing
    assertOneError(bad("UnknownType"), "NoSuchType", "NoSuchType thing)");
  }

  @Test
  void noPrimaryKey_fails() {
    assertOneError(bad("NoPrimaryKey"), "[ModelNoPrimaryKey]", "public record NoPrimaryKey(");
  }

  @Test
  void explicitColumnNameUsedTwice_failsOnTheSecondAttribute() {
    assertOneError(bad("ExplicitColumnClash"), "[ModelDuplicateColumn]", "String label)",
        "maps to column \"label\", which attribute 'title' already uses");
  }

  @Test
  void underscoredColumnNameUsedTwice_failsOnTheSecondAttribute() {
    assertOneError(bad("UnderscoredColumnClash"), "[ModelDuplicateColumn]", "String foo_bar)",
        "maps to column \"foo_bar\", which attribute 'fooBar' already uses");
  }

  @Test
  void attributeOnTheCreatedAtColumn_fails_suggestingARenameOrNoTimestamps() {
    assertOneError(bad("TimestampColumnClash"), "[ModelTimestampColumn]", "String created_at)",
        "Attribute 'created_at' of @Model test.bad.TimestampColumnClash maps to column \"created_at\", which holds the "
            + "createdAt timestamp Sequor fills (@Model timestamps). Rename the attribute",
        "or set @Model(timestamps = false)");
  }

  @Test
  void columnNamedLikeTheUpdatedAtColumn_fails_suggestingARenameOrNoTimestamps() {
    assertOneError(bad("TimestampColumnByName"), "[ModelTimestampColumn]", "String lastChange)",
        "Attribute 'lastChange' of @Model test.bad.TimestampColumnByName maps to column \"updatedAt\", which holds the "
            + "updatedAt timestamp", "declare it as Instant updatedAt to read the timestamp, or set @Model(timestamps = false)");
  }

  @Test
  void autoIncrementOnString_fails() {
    assertOneError(bad("AutoIncrementString"), "[ModelAutoIncrement]", "@PrimaryKey(autoIncrement = true) String code",
        "found: type java.lang.String");
  }

  @Test
  void createdAtOfTypeString_fails() {
    assertOneError(bad("StringCreatedAt"), "[ModelTimestampType]", "String createdAt)",
        "Change its type, rename the attribute, or set @Model(timestamps = false)");
  }

  // ---- names -------------------------------------------------------------------------------------

  @Test
  void emptyTableName_fails() {
    assertOneError(bad("EmptyTableName"), "[ModelInvalidName]", "tableName = \"\"", "it is empty");
  }

  @Test
  void emptyModelName_fails() {
    assertOneError(bad("EmptyModelName"), "[ModelInvalidName]", "modelName = \"\"", "it is empty");
  }

  @Test
  void emptyColumnName_fails_pointingAtTheAnnotationValue() {
    JavaFileObject file = bad("EmptyColumnName");
    Compilation compilation =
        assertOneError(file, "[ModelInvalidName]", "@Column(name = \"\") String name", "it is empty");
    // at the "" of line 9, `    @Column(name = "") String name`, also on JDK 17, whose javac gives no position
    // to a message on a record component (JDK-8295184)
    assertThat(compilation).hadErrorContaining("[ModelInvalidName]").inFile(file).onLine(9).atColumn(20);
  }

  @Test
  void tableNameWithSpace_fails() {
    assertOneError(bad("InvalidTableName"), "[ModelInvalidName]", "tableName = \"my table\"", "it contains ' '");
  }

  @Test
  void tableNameOf64Characters_fails() {
    assertOneError(bad("LongTableName"), "[ModelInvalidName]", "tableName = \"a_table_name_of_sixty_four",
        "it has 64 characters and PostgreSQL keeps only 63");
  }

  @Test
  void columnNameStartingWithDigit_fails() {
    assertOneError(bad("InvalidColumnName"), "[ModelInvalidName]", "@Column(name = \"1st\")", "it starts with '1'");
  }

  @Test
  void twoModelsOnOneTable_failsOnTheSecond() {
    JavaFileObject bill = bad("Bill");
    JavaFileObject invoice = bad("Invoice");
    assertOneError(List.of(bill, invoice), invoice, "[ModelDuplicateTable]", "public record Invoice(",
        "maps to table \"invoices\", which @Model test.bad.Bill already uses");
  }

  @Test
  void modelNamedLikeAnotherModelsGeneratedClass_fails() {
    JavaFileObject foo = bad("Foo");
    assertOneError(List.of(foo, bad("FooModel")), foo, "[ModelNameClash]", "public record Foo(");
  }

  @Test
  void genericModel_fails() {
    assertOneError(bad("GenericBox"), "[ModelGeneric]", "public record GenericBox<T>(");
  }

  @Test
  void classNamedLikeTheGeneratedClass_fails() {
    JavaFileObject bar = bad("Bar");
    assertOneError(List.of(bar, bad("BarModel")), bar, "[ModelNameClash]", "public record Bar(",
        "Sequor generates class test.bad.BarModel");
  }

  // ---- column options and defaults ---------------------------------------------------------------

  @Test
  void defaultNotAnInteger_fails() {
    assertOneError(bad("BadIntegerDefault"), "[ModelBadDefault]", "@DefaultValue(\"abc\") Integer count");
  }

  @Test
  void defaultNotAnEnumConstant_fails() {
    assertOneError(bad("BadEnumDefault"), "[ModelBadDefault]", "@DefaultValue(\"PURPLE\") Color color",
        "not one of the constants [RED, GREEN]");
  }

  @Test
  void lengthOnInteger_fails() {
    assertOneError(bad("LengthOnInteger"), "[ModelColumnOption]", "@Column(length = 10) Integer count");
  }

  @Test
  void textOnInteger_fails() {
    assertOneError(bad("TextOnInteger"), "[ModelColumnOption]", "@Column(text = true) Integer count",
        "@Column(text = true) on attribute 'count' applies only to String attributes, found type java.lang.Integer");
  }

  @Test
  void textWithLength_fails() {
    assertOneError(bad("TextWithLength"), "[ModelColumnOption]", "@Column(text = true, length = 40) String body",
        "may not have a length: a TEXT column is unbounded, found length = 40");
  }

  @Test
  void jsonPrimaryKey_fails() {
    assertOneError(bad("JsonKey"), "[ModelJsonKey]", "@PrimaryKey Json key", "may not be a Json value");
  }

  @Test
  void jsonDefaultThatIsNotJson_fails() {
    assertOneError(bad("BadJsonDefault"), "[ModelBadDefault]", "@DefaultValue(\"{tags: []}\") Json meta",
        "is not a valid dev.sequor.Json: not JSON (line 1: expected a key in double quotes, found 'tags:')");
  }

  @Test
  void scaleWithoutPrecision_fails_withoutNamingAPrecisionTheUserDidNotWrite() {
    Compilation compilation = assertOneError(bad("ScaleWithoutPrecision"), "[ModelColumnOption]",
        "@Column(scale = 2) BigDecimal price", "@Column(scale = 2) on attribute 'price' needs a precision");
    assertThat(compilation).hadErrorContaining("Add precision (the total number of digits), or remove scale");
    assertFalse(compilation.errors().get(0).getMessage(null).contains("precision ="));
  }

  @Test
  void negativeLength_fails() {
    assertOneError(bad("NegativeLength"), "[ModelColumnOption]", "@Column(length = -1) String code",
        "@Column(length = -1) on attribute 'code' must not be negative");
  }

  @Test
  void precisionBeyondPostgresLimit_fails() {
    assertOneError(bad("PrecisionTooLarge"), "[ModelColumnOption]", "@Column(precision = 1001) BigDecimal amount",
        "exceeds PostgreSQL's limit of 1000 digits for a DECIMAL");
  }

  @Test
  void allowNullOnAPrimitive_fails_suggestingTheBoxedType() {
    assertOneError(bad("AllowNullOnPrimitive"), "[ModelColumnOption]", "@Column(allowNull = true) int stock",
        "@Column(allowNull = true) on attribute 'stock' contradicts its column, which is NOT NULL: a primitive int "
            + "cannot hold null. Remove allowNull, or declare the attribute java.lang.Integer to allow null.");
  }

  @Test
  void allowNullOnThePrimaryKey_fails() {
    assertOneError(bad("AllowNullOnKey"), "[ModelColumnOption]", "@Column(allowNull = true) Long id",
        "contradicts its column, which is NOT NULL: a primary key is never null. Remove allowNull.");
  }

  @Test
  void uniqueOnASingleAttributeKey_fails() {
    assertOneError(bad("UniqueKey"), "[ModelColumnOption]", "@PrimaryKey @Column(unique = true) String code",
        "@Column(unique = true) on attribute 'code' adds nothing: a primary key of one attribute is unique already");
  }

  @Test
  void stringDefaultLongerThanItsLength_fails() {
    assertOneError(bad("DefaultTooLong"), "[ModelBadDefault]", "@DefaultValue(\"EURO\") String currency",
        "@DefaultValue(\"EURO\") on attribute 'currency' has 4 characters, more than its column holds: VARCHAR(3).",
        "@Column(length = 4) or @Column(text = true)");
  }

  /** TEXT is unbounded, so its default is too: only a VARCHAR's length limits one. */
  @Test
  void longDefaultOnATextColumn_compiles() {
    String longDefault = "x".repeat(300);
    JavaFileObject file = JavaFileObjects.forSourceLines("test.good.Notice", "package test.good;",
        "import dev.sequor.Column;", "import dev.sequor.DefaultValue;", "import dev.sequor.Model;",
        "@Model", "public record Notice(Long id,",
        "    @Column(text = true) @DefaultValue(\"" + longDefault + "\") String body) {}");

    assertThat(javac().withProcessors(SequorProcessors.with()).compile(file)).succeededWithoutWarnings();
  }

  @Test
  void decimalDefaultWithMoreFractionDigitsThanItsScale_fails() {
    assertOneError(bad("DefaultBeyondScale"), "[ModelBadDefault]", "@DefaultValue(\"1.234\") BigDecimal price",
        "does not fit its column DECIMAL(5,2): 3 digits after the point, more than its scale of 2");
  }

  @Test
  void decimalDefaultWithAFractionWhereNoScaleWasGiven_fails_withoutNamingAScale() {
    Compilation compilation = assertOneError(bad("DefaultWithoutScale"), "[ModelBadDefault]",
        "@DefaultValue(\"2.5\") BigDecimal weight", "does not fit its column DECIMAL(4,0): 1 digit after the point, "
            + "where it keeps none (no scale given), so PostgreSQL would round it");
    assertFalse(compilation.errors().get(0).getMessage(null).contains("scale of"));
  }

  @Test
  void decimalDefaultWithMoreWholeDigitsThanItsPrecisionLeaves_fails() {
    assertOneError(bad("DefaultBeyondPrecision"), "[ModelBadDefault]", "@DefaultValue(\"1234.5\") BigDecimal price",
        "does not fit its column DECIMAL(5,2): 4 digits before the point, more than the 3 that precision - scale leaves");
  }

  @Test
  void shortDefaultOutOfRange_fails_suggestingInteger() {
    assertOneError(bad("ShortDefaultOutOfRange"), "[ModelBadDefault]", "@DefaultValue(\"40000\") Short rank",
        "is out of range for its SMALLINT column, which holds -32768 to 32767. Change the default, or declare the "
            + "attribute Integer.");
  }

  @Test
  void intDefaultOutOfRange_fails_suggestingLong() {
    assertOneError(bad("IntegerDefaultOutOfRange"), "[ModelBadDefault]", "@DefaultValue(\"3000000000\") int views",
        "is out of range for its INTEGER column, which holds -2147483648 to 2147483647. Change the default, or "
            + "declare the attribute Long.");
  }

  @Test
  void longDefaultOutOfRange_fails() {
    assertOneError(bad("LongDefaultOutOfRange"), "[ModelBadDefault]", "Long balance",
        "is out of range for its BIGINT column, which holds -9223372036854775808 to 9223372036854775807. Change the "
            + "default.");
  }

  @Test
  void nowAsTheDefaultOfAnInstant_fails_sayingHowToGetNow() {
    assertOneError(bad("DefaultNow"), "[ModelBadDefault]", "@DefaultValue(\"NOW()\") Instant publishedAt",
        "is SQL, not a value", "Sequor has no DataTypes.NOW",
        "set the value in the builder (Instant.now()), or read the createdAt timestamp Sequor fills");
  }

  @Test
  void currentDateAsTheDefaultOfALocalDate_fails_namingLocalDateNow() {
    assertOneError(bad("DefaultCurrentDate"), "[ModelBadDefault]", "LocalDate joinedOn",
        "@DefaultValue(\"current_date\") on attribute 'joinedOn' is SQL, not a value",
        "set the value in the builder (LocalDate.now())");
  }

  @Test
  void currentTimestampAsTheDefaultOfCreatedAt_fails_sayingSequorFillsIt() {
    assertOneError(bad("CreatedAtDefaultNow"), "[ModelBadDefault]", "Instant createdAt",
        "Sequor fills 'createdAt' itself on every create (@Model timestamps); remove @DefaultValue.");
  }

  @Test
  void defaultOnUpdatedAt_fails_becauseItWouldNeverBeUsed() {
    assertOneError(bad("UpdatedAtDefault"), "[ModelBadDefault]", "Instant updatedAt",
        "would never be used: Sequor fills 'updatedAt' itself");
  }

  @Test
  void defaultOnAnAutoIncrementedKey_fails() {
    assertOneError(bad("DefaultOnAutoIncrementKey"), "[ModelBadDefault]", "@DefaultValue(\"1\") Long id",
        "an integral key named 'id' is numbered by default", "declare the key @PrimaryKey without autoIncrement");
  }

  // ---- attributes without a column ---------------------------------------------------------------

  @Test
  void columnOptionOnATransientAttribute_fails() {
    assertOneError(bad("TransientWithColumn"), "[ModelTransient]", "@Transient @Column(unique = true) String label",
        "Attribute 'label' of @Model test.bad.TransientWithColumn is transient (not stored), so it has no column and "
            + "cannot take @Column.");
  }

  @Test
  void indexOnATransientAttribute_fails() {
    assertOneError(bad("TransientWithIndex"), "[ModelTransient]", "@Transient @Index String label",
        "cannot take @Index");
  }

  @Test
  void defaultOnATransientAttribute_fails() {
    assertOneError(bad("TransientWithDefault"), "[ModelTransient]", "@Transient @DefaultValue(\"none\") String label",
        "cannot take @DefaultValue");
  }

  @Test
  void referencesOnATransientAttribute_fails() {
    assertOneError(bad("TransientWithReferences"), "[ModelTransient]", "@Transient @References(Owner.class) Long ownerId",
        "cannot take @References");
  }

  @Test
  void renamedFromOnATransientAttribute_fails() {
    assertOneError(bad("TransientWithRenamedFrom"), "[ModelTransient]", "@Transient @RenamedFrom(\"title\") String label",
        "cannot take @RenamedFrom");
  }

  @Test
  void columnOptionOnATransientField_fails() {
    assertOneError(bad("TransientFieldWithColumn"), "[ModelTransient]", "private transient String cache;",
        "cannot take @Column. Remove @Column, or remove @Transient (or the transient modifier)");
  }

  @Test
  void scaleGreaterThanPrecision_fails() {
    assertOneError(bad("ScaleExceedsPrecision"), "[ModelColumnOption]", "@Column(precision = 4, scale = 6)",
        "must not exceed its precision, found precision = 4");
  }

  // ---- indexes, foreign keys, renames -------------------------------------------------------------

  @Test
  void indexOnUnknownAttribute_fails() {
    assertOneError(bad("IndexUnknownAttribute"), "[ModelIndex]", "@Index(attributes = {\"name\", \"nope\"})",
        "names attribute 'nope', which the model does not have as a persistent attribute. Use one of [id, name, "
            + "createdAt, updatedAt]");
  }

  @Test
  void indexOnASingleAttributeKey_fails() {
    assertOneError(bad("IndexOnKey"), "[ModelIndex]", "@Index Long id",
        "@Index on attribute 'id' adds nothing: a primary key of one attribute is indexed (and unique) already");
  }

  @Test
  void repeatedIndexListingAnAttributeTwice_failsOnThatIndex() {
    assertOneError(bad("IndexRepeatedAttribute"), "[ModelIndex]", "@Index(attributes = {\"name\", \"name\"}",
        "names attribute 'name' twice");
  }

  @Test
  void modelIndexWithoutAttributes_fails() {
    assertOneError(bad("IndexWithoutAttributes"), "[ModelIndex]", "@Index(unique = true)",
        "must list the attributes it indexes, found none");
  }

  @Test
  void attributeIndexListingAttributes_fails() {
    assertOneError(bad("IndexAttributesOnAttribute"), "[ModelIndex]", "@Index(attributes = {\"id\", \"name\"}) String name",
        "indexes that attribute and may not list attributes");
  }

  @Test
  void inferredIndexNameOver63Characters_fails() {
    assertOneError(bad("IndexNameTooLong"), "[ModelInvalidName]", "@Index String aColumnOfTwentyFiveLetters",
        "The index name \"a_table_with_a_long_name_of_forty_characters_a_column_of_twenty_five_letters\" inferred for "
            + "@Model test.bad.IndexNameTooLong is not a valid name: it has 76 characters and PostgreSQL keeps only 63. "
            + "Set it explicitly with @Index(name = ...).");
  }

  @Test
  void twoIndexesWithOneName_failOnTheSecond() {
    assertOneError(bad("DuplicateIndexName"), "[ModelDuplicateIndex]", "@Index(name = \"by_name\") String title",
        "is named \"by_name\", like an index of the same model");
  }

  @Test
  void repeatedIndexOnAnAttributeWithTheSameName_failsOnTheSecond() {
    assertOneError(bad("RepeatedIndexOnAttribute"), "[ModelDuplicateIndex]", "@Index(name = \"by_name\", unique = true)");
  }

  @Test
  void invalidIndexName_fails() {
    assertOneError(bad("InvalidIndexName"), "[ModelInvalidName]", "@Index(name = \"by name\")", "it contains ' '");
  }

  @Test
  void referenceToAClassThatIsNotAModel_fails() {
    assertOneError(bad("ReferencesNotAModel"), "[ModelReference]", "@References(String.class) Long ownerId",
        "must name a @Model, found: java.lang.String");
  }

  @Test
  void referenceOfAnotherTypeThanTheKey_fails() {
    assertOneError(bad("ReferencesTypeMismatch"), "[ModelReferenceType]", "@References(Owner.class) Integer ownerId",
        "Attribute 'ownerId' has type java.lang.Integer, but it references the primary key 'id' of @Model "
            + "test.bad.ReferencesTypeMismatch.Owner, of type java.lang.Long. Give the attribute the key's type.");
  }

  @Test
  void referenceToACompositeKey_fails() {
    assertOneError(bad("ReferencesCompositeKey"), "[ModelReference]", "@References(Pair.class) Long pairId",
        "has the composite key [left, right]");
  }

  @Test
  void onDeleteSetNullOnANotNullColumn_fails() {
    assertOneError(bad("ReferencesSetNullOnNotNull"), "[ModelReference]", "onDelete = ReferentialAction.SET_NULL",
        "@References(onDelete = SET_NULL) on attribute 'ownerId' needs a nullable column, found NOT NULL");
  }

  @Test
  void renamedFromTheCurrentColumnName_fails() {
    assertOneError(bad("RenamedFromItself"), "[ModelRenamedFrom]", "@RenamedFrom(\"name\") String name",
        "names the current column name");
  }

  @Test
  void renamedFromAnInvalidTableName_fails() {
    assertOneError(bad("RenamedFromInvalid"), "[ModelInvalidName]", "@RenamedFrom(\"old things\")", "it contains ' '");
  }

  // ---- associations ------------------------------------------------------------------------------

  @Test
  void associationOfATypeThatIsNotAModel_fails() {
    assertOneError(bad("AssociationNotAModel"), "[ModelAssociation]", "@BelongsTo String owner",
        "@BelongsTo owner of @Model test.bad.AssociationNotAModel must have the type of a @Model, found: "
            + "java.lang.String");
  }

  @Test
  void hasManyOfOneModel_fails_askingForAList() {
    assertOneError(bad("HasManyNotAList"), "[ModelAssociation]", "@HasMany Pet pet",
        "must have type List<T> of a @Model T, found: test.bad.HasManyNotAList.Pet");
  }

  @Test
  void associationOfAnUnknownType_failsOnceWithJavacsError() {
    JavaFileObject file = bad("AssociationUnknownTarget");
    Compilation compilation = javac().withProcessors(SequorProcessors.with()).compile(file);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(file).onLineContaining("Missing owner");
  }

  @Test
  void belongsToWithoutItsForeignKeyAttribute_fails_namingTheAttributeToDeclare() {
    assertOneError(bad("BelongsToWithoutForeignKey"), "[ModelAssociationKey]", "@BelongsTo Owner owner",
        "needs the foreign key attribute 'ownerId' on @Model test.bad.BelongsToWithoutForeignKey, as Sequelize names "
            + "it", "Declare 'java.lang.Long ownerId' in test.bad.BelongsToWithoutForeignKey");
  }

  @Test
  void foreignKeyOfAnotherTypeThanTheTargetsKey_fails() {
    assertOneError(bad("BelongsToKeyType"), "[ModelAssociationKey]", "@BelongsTo Owner owner",
        "its foreign key 'ownerId' of @Model test.bad.BelongsToKeyType has type java.lang.Integer, but it holds the "
            + "primary key 'id' of @Model test.bad.BelongsToKeyType.Owner, of type java.lang.Long");
  }

  @Test
  void hasManyWhoseTargetLacksTheForeignKey_failsOnTheDeclaringAttribute() {
    assertOneError(bad("HasManyWithoutForeignKey"), "[ModelAssociationKey]", "@HasMany List<Pet> pets",
        "needs the foreign key attribute 'ownerId' on @Model test.bad.HasManyWithoutForeignKey.Pet");
  }

  @Test
  void associationWithACompositeKeyTarget_fails() {
    assertOneError(bad("AssociationCompositeKey"), "[ModelAssociation]", "@BelongsTo Pair pair",
        "has the composite key [left, right]");
  }

  @Test
  void setNullOnANotNullForeignKey_fails() {
    assertOneError(bad("AssociationSetNullOnNotNull"), "[ModelAssociation]", "onDelete = ReferentialAction.SET_NULL",
        "@BelongsTo(onDelete = SET_NULL) on 'owner' needs a nullable foreign key");
  }

  @Test
  void foreignKeyThatAlsoHasReferences_fails() {
    assertOneError(bad("AssociationAndReferences"), "[ModelAssociationKey]", "@BelongsTo Owner owner",
        "also has @References");
  }

  @Test
  void twoAssociationsOnOneAttribute_fails() {
    assertOneError(bad("TwoAssociationsOnOneAttribute"), "[ModelAssociation]", "@BelongsTo @HasOne Owner owner",
        "declares more than one association");
  }

  @Test
  void bothSidesGivingDifferentActions_failsOnTheSecond() {
    assertOneError(bad("AssociationActionsDiffer"), "[ModelAssociation]",
        "@BelongsTo(onDelete = ReferentialAction.SET_NULL)",
        "The foreign key Pets.ownerId gets onDelete = SET_NULL from @BelongsTo owner of "
            + "test.bad.AssociationActionsDiffer.Pet but CASCADE from @HasMany pets of test.bad.AssociationActionsDiffer");
  }

  @Test
  void belongsToManyWithoutItsJoinTable_fails() {
    assertOneError(bad("BelongsToManyWithoutThrough"), "[ModelAssociation]", "@BelongsToMany List<Label> labels",
        "needs its join table: give through = \"<table>\"");
  }

  @Test
  void belongsToManyOfAModelWithItself_needsAnOtherKey() {
    assertOneError(bad("BelongsToManySameKey"), "[ModelAssociationKey]", "@BelongsToMany(through = \"friendships\")",
        "both join keys are inferred as 'personId' (a model associated with itself)");
  }

  @Test
  void joinModelWithoutAKeyAttribute_fails() {
    assertOneError(bad("JoinModelWithoutKey"), "[ModelAssociationKey]", "@BelongsToMany(throughModel = Tagging.class)",
        "needs the foreign key attribute 'labelId' on @Model test.bad.JoinModelWithoutKey.Tagging");
  }

  @Test
  void joinTableDeclaredWithOtherKeysOnTheOtherSide_fails() {
    assertOneError(bad("JoinTableDiffers"), "[ModelAssociation]", "otherKey = \"articleId\"",
        "The join table post_labels is declared by @BelongsToMany labels of test.bad.JoinTableDiffers and by "
            + "@BelongsToMany posts of test.bad.JoinTableDiffers.Label with other keys");
  }

  @Test
  void joinTableThatIsAModelsTable_fails() {
    assertOneError(bad("JoinTableIsAModelTable"), "[ModelAssociation]", "@BelongsToMany(through = \"Labels\")",
        "is the table of @Model test.bad.JoinTableIsAModelTable.Label. Use throughModel");
  }

  @Test
  void columnAnnotationOnAnAssociation_fails_onThatAnnotation() {
    assertOneError(bad("AssociationWithPrimaryKey"), "[ModelAssociation]", "@BelongsTo @PrimaryKey Owner owner",
        "is an association, not a column, so it cannot take @PrimaryKey");
  }

  @Test
  void repeatedIndexOnAnAssociation_fails() {
    assertOneError(bad("AssociationWithIndexes"), "[ModelAssociation]", "Owner owner)",
        "is an association, not a column, so it cannot take @Index");
  }

  @Test
  void oneForeignKeyColumnForTwoTargets_fails() {
    assertOneError(bad("ForeignKeyTwoTargets"), "[ModelAssociationKey]",
        "public record Team(Long id, @HasMany(foreignKey = \"ownerId\") List<Doc> docs) {}",
        "The foreign key Docs.ownerId references ForeignKeyTwoTargets for @HasMany docs of "
            + "test.bad.ForeignKeyTwoTargets but Teams for @HasMany docs of test.bad.ForeignKeyTwoTargets.Team");
  }

  @Test
  void associationOfAModelWithErrors_reportsOnlyThatModelsErrors() {
    JavaFileObject file = bad("AssociationTargetWithErrors");
    assertOneError(file, "[ModelUnsupportedType]", "java.util.Date bornOn");
  }

  /** The alias is the attribute's name, so two associations cannot share one: javac refuses the second. */
  @Test
  void twoAssociationsWithOneAlias_cannotBeWritten() {
    JavaFileObject file = bad("AssociationAliasTwice");
    Compilation compilation = javac().withProcessors(SequorProcessors.with()).compile(file);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("owner is already defined").inFile(file)
        .onLine(11);
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private static JavaFileObject bad(String model) {
    return JavaFileObjects.forResource("bad/test/bad/" + model + ".java");
  }

  private static Compilation assertOneError(JavaFileObject file, String tag, String line, String... messageParts) {
    return assertOneError(List.of(file), file, tag, line, messageParts);
  }

  /**
   * Compiles {@code inputs} and asserts exactly one error: it contains {@code tag} and every one of
   * {@code messageParts}, and sits on the one line of {@code file} that contains {@code line}.
   */
  private static Compilation assertOneError(List<JavaFileObject> inputs, JavaFileObject file, String tag, String line,
      String... messageParts) {
    Compilation compilation = javac().withProcessors(SequorProcessors.with()).compile(inputs);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(tag).inFile(file).onLineContaining(line);
    for (String part : messageParts) {
      assertThat(compilation).hadErrorContaining(part).inFile(file).onLineContaining(line);
    }
    return compilation;
  }
}
