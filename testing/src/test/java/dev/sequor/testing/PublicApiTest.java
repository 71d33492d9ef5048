package dev.sequor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What users see of sequor-testing: four public types, none of whose signatures names the runtime's internals. */
class PublicApiTest {

  private static List<Class<?>> publicClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(SequorTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
            .replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
        if (Modifier.isPublic(type.getModifiers())) {
          found.add(type);
        }
      }
    }
    return found;
  }

  @Test
  void theApiIsTheAnnotationTheExtensionTheDatabaseAndTheLog() throws Exception {
    assertEquals(List.of(SequorExtension.class, SequorTest.class, StatementLog.class, TestDatabase.class),
        publicClasses());
  }

  @Test
  void noPublicSignatureNamesAnInternalType() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : publicClasses()) {
      List<String> signatures = new ArrayList<>();
      signatures.add(type.toGenericString());
      Stream.of(type.getGenericInterfaces()).forEach(t -> signatures.add(t.getTypeName()));
      for (Field field : type.getDeclaredFields()) {
        if (visible(field.getModifiers())) {
          signatures.add(field.toGenericString());
        }
      }
      Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
          .filter(e -> visible(e.getModifiers())).forEach(e -> signatures.add(e.toGenericString()));
      signatures.stream().filter(s -> s.contains("dev.sequor.internal")).forEach(problems::add);
    }
    assertEquals(List.of(), problems);
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }
}
