package dev.sequor.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;

/** Sequor's processors as the processor jar registers them, for a test that names the processors it runs. */
final class SequorProcessors {

  private SequorProcessors() {}

  /** A new instance of each of Sequor's processors, then {@code others}. */
  static List<Processor> with(Processor... others) {
    List<Processor> all = new ArrayList<>(List.of(new ModelProcessor(), new GeneratedClaims(), new SequorProcessor()));
    all.addAll(List.of(others));
    return all;
  }

  /** {@code first}, then a new instance of each of Sequor's processors. */
  static List<Processor> after(Processor... first) {
    List<Processor> all = new ArrayList<>(List.of(first));
    all.addAll(with());
    return all;
  }
}
