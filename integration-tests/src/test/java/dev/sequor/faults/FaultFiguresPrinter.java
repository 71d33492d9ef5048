package dev.sequor.faults;

import java.util.List;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the {@link FaultFigures} when the test run ends (registered through {@code META-INF/services}, so it runs
 * under Surefire and an IDE alike); prints nothing when no fault scenario ran.
 */
public final class FaultFiguresPrinter implements TestExecutionListener {

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    List<FaultFigures.Figure> figures = FaultFigures.all();
    if (figures.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder("\nFault-injection suite: ").append(figures.size())
        .append(figures.size() == 1 ? " scenario" : " scenarios").append('\n');
    int width = figures.stream().mapToInt(f -> f.scenario().length()).max().orElse(0);
    for (FaultFigures.Figure f : figures) {
      out.append(String.format("  %-" + width + "s  runs %5d  failures %d%s%n", f.scenario(), f.runs(), f.failures(),
          f.detail() == null || f.detail().isEmpty() ? "" : "  (" + f.detail() + ")"));
    }
    System.out.print(out);
    System.out.flush();
  }
}
