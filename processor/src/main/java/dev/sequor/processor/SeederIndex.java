package dev.sequor.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every valid seeder of the compilation, across rounds, and the index the runtime reads:
 * {@code META-INF/sequor/seeders}, one line {@code <name> <binary class name> [env1,env2]} per seeder, sorted by
 * name. Reports a name used twice on the later seeder's {@code name}.
 */
final class SeederIndex {

  static final String PATH = "META-INF/sequor/seeders";

  private final ErrorReporter reporter;
  private final Map<String, SeederDescriptor> byName = new LinkedHashMap<>();

  SeederIndex(ErrorReporter reporter) {
    this.reporter = reporter;
  }

  void add(SeederDescriptor seeder) {
    SeederDescriptor other = byName.putIfAbsent(seeder.name(), seeder);
    if (other != null) {
      reporter.error(seeder.element(), seeder.annotation(), seeder.nameValue(),
          Messages.seedDuplicateName(seeder.name(), seeder.qualifiedName(), other.qualifiedName()));
    }
  }

  boolean isEmpty() {
    return byName.isEmpty();
  }

  /** The seeders, sorted by name. */
  List<SeederDescriptor> seeders() {
    List<SeederDescriptor> sorted = new ArrayList<>(byName.values());
    sorted.sort(Comparator.comparing(SeederDescriptor::name));
    return sorted;
  }

  /** The index file's text, UTF-8, one line per seeder. */
  String text() {
    StringBuilder text = new StringBuilder();
    for (SeederDescriptor seeder : seeders()) {
      text.append(seeder.name()).append(' ').append(seeder.binaryName());
      if (!seeder.environments().isEmpty()) {
        text.append(' ').append(String.join(",", seeder.environments()));
      }
      text.append('\n');
    }
    return text.toString();
  }
}
