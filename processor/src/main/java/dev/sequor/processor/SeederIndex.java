package dev.sequor.processor;

import dev.sequor.internal.format.SeederIndexFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every valid seeder of the compilation, across rounds, and the index the runtime reads ({@link SeederIndexFile}).
 * Reports a name used twice on the later seeder's {@code name}.
 */
final class SeederIndex {

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

  /** The index file's text. */
  String text() {
    return SeederIndexFile.write(seeders().stream()
        .map(seeder -> new SeederIndexFile.Entry(seeder.name(), seeder.binaryName(), seeder.environments()))
        .toList());
  }
}
