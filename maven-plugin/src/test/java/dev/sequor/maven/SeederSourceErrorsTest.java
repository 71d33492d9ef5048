package dev.sequor.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeederSourceErrorsTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @Test
  void missingName_asksForOne() {
    UsageException e = assertThrows(UsageException.class, () -> SeederSource.of("shop", " ", NOW));
    assertTrue(e.getMessage().contains("Give the seeder a name: -Dname=<name>"), e.getMessage());
    assertThrows(UsageException.class, () -> SeederSource.of("shop", null, NOW));
  }

  @Test
  void nameWithoutLetters_isRefused() {
    UsageException e = assertThrows(UsageException.class, () -> SeederSource.of("shop", "--- ...", NOW));
    assertTrue(e.getMessage().contains("seeder name '--- ...' has no letters or digits"), e.getMessage());
  }

  @Test
  void nonAsciiName_isRefused() {
    UsageException e = assertThrows(UsageException.class, () -> SeederSource.of("shop", "démo", NOW));
    assertTrue(e.getMessage().contains("-Dname=demo-products"), e.getMessage());
  }

  @Test
  void tooLongName_isRefused() {
    UsageException e = assertThrows(UsageException.class, () -> SeederSource.of("shop", "a".repeat(241), NOW));
    assertTrue(e.getMessage().contains("at most 240"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"seeder", "seed-context", "seed"})
  void nameOfATypeTheSkeletonUses_isRefused(String name) {
    UsageException e = assertThrows(UsageException.class, () -> SeederSource.of("shop", name, NOW));
    assertTrue(e.getMessage().contains("cannot name a seeder class"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "com.example-shop", "shop.class", "1shop"})
  void badPackage_isRefused(String pkg) {
    UsageException e = assertThrows(UsageException.class, () -> SeederSource.of(pkg, "demo-products", NOW));
    assertTrue(e.getMessage().contains("-Dpackage=com.example.shop"), e.getMessage());
  }
}
