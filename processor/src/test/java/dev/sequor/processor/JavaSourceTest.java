package dev.sequor.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The import rules and escaping of {@link JavaSource}, which the golden files cover only in part. */
class JavaSourceTest {

  private static final ClassName DECLARED = ClassName.get("shop", "ProductModel");

  @Test
  void importsEachTopLevelClassOnce_sorted_notJavaLangNorSamePackage() {
    JavaSource source = new JavaSource(DECLARED, Set.of());
    assertEquals("List<Product.Status>", source.type(ParameterizedTypeName.get(ClassName.get(List.class),
        ClassName.get("shop", "Product", "Status"))));
    assertEquals("String[]", source.type(ArrayTypeName.of(ClassName.get(String.class))));
    assertEquals("BigDecimal", source.type(ClassName.get("java.math", "BigDecimal")));
    assertEquals("int", source.type(TypeName.INT));
    source.line(0, "class Body {}");
    assertEquals("package shop;\n\nimport java.math.BigDecimal;\nimport java.util.List;\n\nclass Body {}\n",
        source.toString());
  }

  @Test
  void simpleNameTaken_writesQualified() {
    JavaSource source = new JavaSource(DECLARED, Set.of("Repository"));
    assertEquals("dev.sequor.Repository", source.type(ClassName.get("dev.sequor", "Repository")));
    assertEquals("Record", source.type(ClassName.get("org.jooq", "Record")));
    assertEquals("other.Record", source.type(ClassName.get("other", "Record")));
    assertEquals("ProductModel", source.type(DECLARED));
    assertEquals("Key", source.type(DECLARED.nestedClass("Key")));
    assertEquals("other.ProductModel", source.type(ClassName.get("other", "ProductModel")));
    assertEquals("import org.jooq.Record;\n", source.toString().lines().filter(l -> l.startsWith("import"))
        .map(l -> l + "\n").reduce("", String::concat));
  }

  @Test
  void literalsAndJavadocAreEscaped() {
    assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", JavaSource.literal("a\"b\\c\nd\u0001"));
    assertEquals("a*&#47;b", JavaSource.doc("a*/b"));
  }

  @Test
  void wrapsLongListsAtColumn100() {
    JavaSource source = new JavaSource(DECLARED, Set.of());
    List<String> items = List.of("A".repeat(40), "B".repeat(40), "C".repeat(40));
    source.wrapped(1, ".attributes(", items, ")");
    assertEquals("package shop;\n\n  .attributes(" + "A".repeat(40) + ", " + "B".repeat(40) + ",\n      "
        + "C".repeat(40) + ")\n", source.toString());
  }
}
