package dev.sequor.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

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
  void unsupportedDateAttribute_fails() {
    assertOneError(bad("UnsupportedDate"), "[ModelUnsupportedType]", "Date bornOn", "has type java.util.Date");
  }

  @Test
  void unsupportedListAttribute_fails() {
    assertOneError(bad("UnsupportedList"), "[ModelUnsupportedType]", "List<String> tags",
        "has type java.util.List<java.lang.String>");
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
  void attributeOnTheCreatedAtColumn_fails() {
    assertOneError(bad("TimestampColumnClash"), "[ModelDuplicateColumn]", "String created_at)");
  }

  @Test
  void autoIncrementOnString_fails() {
    assertOneError(bad("AutoIncrementString"), "[ModelAutoIncrement]", "@PrimaryKey(autoIncrement = true) String code",
        "found: type java.lang.String");
  }

  @Test
  void createdAtOfTypeString_fails() {
    assertOneError(bad("StringCreatedAt"), "[ModelTimestampType]", "String createdAt)");
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
  void scaleGreaterThanPrecision_fails() {
    assertOneError(bad("ScaleExceedsPrecision"), "[ModelColumnOption]", "@Column(precision = 4, scale = 6)",
        "must not exceed its precision, found precision = 4");
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
    Compilation compilation = javac().withProcessors(new SequorProcessor()).compile(inputs);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(tag).inFile(file).onLineContaining(line);
    for (String part : messageParts) {
      assertThat(compilation).hadErrorContaining(part).inFile(file).onLineContaining(line);
    }
    return compilation;
  }
}
