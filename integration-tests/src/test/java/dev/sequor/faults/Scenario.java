package dev.sequor.faults;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs a fault scenario a number of times, each run checking its invariants, and records its figures
 * ({@link FaultFigures}) whatever happens: every run is made even when one breaks an invariant, so that the figures
 * say how many did, then the first failure fails the test.
 */
final class Scenario {

  /** One run; {@code index} counts from 0, to vary where the fault strikes. */
  @FunctionalInterface
  interface Run {
    void run(int index) throws Exception;
  }

  private Scenario() {}

  /**
   * Makes {@code runs} runs of {@code scenario}; {@code detail}, asked once they are done, says what else is worth
   * a line (the time they took is added).
   */
  static void repeat(String scenario, int runs, Run run, Supplier<String> detail) throws Exception {
    long start = System.nanoTime();
    int failures = 0;
    Throwable first = null;
    for (int i = 0; i < runs; i++) {
      try {
        run.run(i);
      } catch (Exception | AssertionError e) {
        failures++;
        if (first == null) {
          first = e;
        }
      }
    }
    FaultFigures.record(scenario, runs, failures, detail.get() + "; "
        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
    if (first instanceof Exception e) {
      throw e;
    }
    if (first != null) {
      throw (AssertionError) first;
    }
  }
}
