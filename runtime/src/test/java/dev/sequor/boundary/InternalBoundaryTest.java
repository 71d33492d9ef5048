package dev.sequor.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sequor.Sequor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public API never mentions {@code dev.sequor.internal}: no public or protected signature of a class outside it
 * (supertypes, type parameters, fields, constructors, methods, exceptions, generic arguments included) names an
 * internal type. Read from the compiled classes by reflection, not from the source text.
 */
class InternalBoundaryTest {

  private static final String INTERNAL = "dev.sequor.internal";

  @Test
  void noPublicSignatureOfTheRuntimeNamesAnInternalType() throws ClassNotFoundException {
    PublicSignatures signatures = new PublicSignatures(INTERNAL);
    List<String> classes = PublicSignatures.classesUnder(Sequor.class, "dev.sequor");
    int checked = 0;
    for (String name : classes) {
      if (!name.startsWith(INTERNAL + ".")) {
        signatures.check(Class.forName(name, false, getClass().getClassLoader()));
        checked++;
      }
    }

    assertEquals(List.of(), signatures.problems());
    assertEquals(true, checked > 50, "only " + checked + " classes found under dev.sequor");
  }

  @Test
  void theScanFindsEveryKindOfCrossing() {
    PublicSignatures signatures = new PublicSignatures(INTERNAL).check(Leaky.class).check(Leaky.Nested.class);

    assertEquals(List.of(
            "dev.sequor.boundary.Leaky$Nested.get returns: dev.sequor.internal.Operator",
            "dev.sequor.boundary.Leaky.field: dev.sequor.internal.Operator",
            "dev.sequor.boundary.Leaky.inList parameter: dev.sequor.internal.Operator",
            "dev.sequor.boundary.Leaky.wildcard returns: dev.sequor.internal.Operator",
            "dev.sequor.boundary.Leaky<T>: dev.sequor.internal.Operator"),
        signatures.problems());
  }
}
