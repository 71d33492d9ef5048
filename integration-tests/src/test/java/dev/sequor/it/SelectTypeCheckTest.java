package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the aggregate signatures refuse at compile time: numeric aggregates of a text attribute. Each snippet is
 * compiled against the test classpath; a snippet that should compile proves the setup.
 */
class SelectTypeCheckTest {

  @TempDir
  Path out;

  private List<Diagnostic<? extends JavaFileObject>> compile(String statement) throws Exception {
    String source = """
        package dev.sequor.it;

        import static dev.sequor.it.ShopProductModel.CATEGORY;
        import static dev.sequor.it.ShopProductModel.NAME;
        import static dev.sequor.it.ShopProductModel.STOCK;

        import dev.sequor.Fn;
        import dev.sequor.Repository;

        class Snippet {
          void run(Repository<ShopProduct, Long> products) {
            %s
          }
        }
        """.formatted(statement);
    return Snippets.errors(out, source);
  }

  private void assertRefused(String statement) throws Exception {
    List<Diagnostic<? extends JavaFileObject>> errors = compile(statement);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).getMessage(Locale.ROOT).contains("sum") || errors.get(0).getMessage(Locale.ROOT)
        .contains("avg"), errors.get(0).getMessage(Locale.ROOT));
  }

  @Test
  void aggregatesOfNumbersAndCountOfAnyModelCompile() throws Exception {
    assertEquals(List.of(), compile("""
        products.select(CATEGORY, Fn.sum(STOCK)).groupBy(CATEGORY).having(Fn.sum(STOCK).gt(10)).fetch();
        products.select(CATEGORY, Fn.count()).groupBy(CATEGORY).having(Fn.count().gt(1L))
            .orderBy(Fn.count().desc()).fetch();
        Integer total = products.sum(STOCK);"""));
  }

  @Test
  void sumOfATextAttributeDoesNotCompile() throws Exception {
    assertRefused("Fn.sum(NAME);");
  }

  @Test
  void theSumFinderOfATextAttributeDoesNotCompile() throws Exception {
    assertRefused("products.sum(NAME);");
  }

  @Test
  void avgOfATextAttributeDoesNotCompile() throws Exception {
    assertRefused("Fn.avg(NAME);");
  }
}
