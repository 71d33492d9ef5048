package dev.sequor.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated text with a golden file under {@code src/test/resources}, exactly.
 *
 * <p>To regenerate the goldens after an intended change to the generated code, run the tests with
 * {@code GOLDEN_FILE_ROOT} set to the resources directory, then review the diff:
 *
 * <pre>GOLDEN_FILE_ROOT=$PWD/processor/src/test/resources ./mvnw -q -pl processor -am test</pre>
 *
 * In that mode the tests rewrite the goldens instead of asserting, and print each file they write.
 */
final class GoldenFiles {

  private static final String ROOT_VARIABLE = "GOLDEN_FILE_ROOT";

  private GoldenFiles() {}

  /** Asserts that {@code actual} equals the resource {@code path}, or rewrites it in regenerate mode. */
  static void assertMatches(String path, String actual) {
    String root = System.getenv(ROOT_VARIABLE);
    if (root != null && !root.isEmpty()) {
      rewrite(Path.of(root).resolve(path), actual);
      return;
    }
    String expected = read(path);
    assertWithMessage("golden file %s is missing; create it by running with %s=<module>/src/test/resources",
        path, ROOT_VARIABLE).that(expected).isNotNull();
    assertWithMessage("generated text differs from golden file %s (if the change is intended, regenerate it "
        + "with %s=<module>/src/test/resources and review the diff)", path, ROOT_VARIABLE)
        .that(actual).isEqualTo(expected);
  }

  private static String read(String path) {
    try (InputStream in = GoldenFiles.class.getClassLoader().getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rewrite(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.err.println("[GoldenFiles] " + ROOT_VARIABLE + " is set: rewrote " + file + " instead of comparing");
  }
}
