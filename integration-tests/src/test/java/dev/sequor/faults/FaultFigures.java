package dev.sequor.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of the fault-injection suite: each scenario records how many times it ran and how many runs broke an
 * invariant, and {@link FaultFiguresPrinter} prints them all once the test run ends, so that one look at the build
 * log says what the suite covered. A scenario still fails its own test when a run breaks an invariant; the figures
 * are the record, not the verdict.
 */
public final class FaultFigures {

  /**
   * One scenario's figures.
   *
   * @param scenario what was done, for example {@code migrator killed (SIGKILL) mid-migration}
   * @param runs how many times
   * @param failures how many runs broke an invariant (0 when the suite passes)
   * @param detail what else is worth a line: the spread of kill points, the errors seen
   */
  public record Figure(String scenario, int runs, int failures, String detail) {}

  private static final List<Figure> FIGURES = new ArrayList<>();

  private FaultFigures() {}

  /** Records a scenario's figures, to be printed at the end of the run. */
  public static synchronized void record(String scenario, int runs, int failures, String detail) {
    FIGURES.add(new Figure(scenario, runs, failures, detail));
  }

  static synchronized List<Figure> all() {
    return List.copyOf(FIGURES);
  }
}
