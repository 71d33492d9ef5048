package dev.sequor.faults;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;

/** Checks on the cleanup failures an exception carries as suppressed. */
final class Suppressed {

  private Suppressed() {}

  /**
   * Asserts that {@code failure} carries, as suppressed, the failure of a cleanup step that called {@code method}
   * on the dead connection ({@code rollback}, {@code setAutoCommit}): the step failed, and did not replace it.
   */
  static void assertFrom(Throwable failure, String method) {
    for (Throwable suppressed : failure.getSuppressed()) {
      if (Arrays.stream(suppressed.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals(method))) {
        return;
      }
    }
    fail("no suppressed failure of " + method + "() on " + failure + "; suppressed: "
        + Arrays.toString(failure.getSuppressed()));
  }
}
