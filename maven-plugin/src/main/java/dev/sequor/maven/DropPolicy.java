package dev.sequor.maven;

import dev.sequor.internal.format.PendingProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which pending problems {@code -DallowDrop=<target>[,<target>...]} lets generation go past: the drops it names
 * ({@code products} for a table, {@code products.price} for a column), or every drop with {@code *}. A NOT NULL
 * column without a default, and any problem of a kind this plugin does not know, is never allowed: there is no
 * safe SQL to generate for it.
 */
final class DropPolicy {

  private final Set<String> targets;
  private final boolean all;

  private DropPolicy(Set<String> targets) {
    this.targets = targets;
    this.all = targets.contains("*");
  }

  /** No drop allowed. */
  static DropPolicy none() {
    return new DropPolicy(Set.of());
  }

  /** From {@code -DallowDrop}: targets separated by commas or spaces; null or blank allows none. */
  static DropPolicy parse(String allowDrop) {
    Set<String> targets = new LinkedHashSet<>();
    if (allowDrop != null) {
      for (String target : allowDrop.split("[,\\s]+")) {
        if (!target.isEmpty()) {
          targets.add(target);
        }
      }
    }
    return new DropPolicy(targets);
  }

  boolean allows(PendingProblem problem) {
    return problem.isDrop() && (all || targets.contains(problem.target()));
  }

  /** The problems that stop generation, in their order. */
  List<PendingProblem> refused(List<PendingProblem> problems) {
    return problems.stream().filter(problem -> !allows(problem)).toList();
  }

  /** Targets named in {@code -DallowDrop} that match no pending drop: most likely a typo. */
  List<String> unused(List<PendingProblem> problems) {
    List<String> unused = new ArrayList<>();
    for (String target : targets) {
      boolean used = target.equals("*")
          ? problems.stream().anyMatch(PendingProblem::isDrop)
          : problems.stream().anyMatch(p -> p.isDrop() && p.target().equals(target));
      if (!used) {
        unused.add(target);
      }
    }
    return unused;
  }

  /**
   * The message of a refusal: each problem as the processor described it, then the ways out that apply, with the
   * exact {@code -DallowDrop} value that would allow the drops.
   */
  static String refusal(List<PendingProblem> refused) {
    StringBuilder message = new StringBuilder("Sequor did not write the migration: ")
        .append(refused.size() == 1 ? "1 change needs" : refused.size() + " changes need")
        .append(" a decision first.");
    for (PendingProblem problem : refused) {
      message.append("\n  ").append(problem);
    }
    List<String> drops = refused.stream().filter(PendingProblem::isDrop).map(PendingProblem::target).toList();
    boolean notNull = refused.stream().anyMatch(p -> p.kind().equals(PendingProblem.NOT_NULL_WITHOUT_DEFAULT));
    boolean other = refused.stream().anyMatch(p -> !p.isDrop()
        && !p.kind().equals(PendingProblem.NOT_NULL_WITHOUT_DEFAULT));
    message.append("\nWays out:");
    if (!drops.isEmpty()) {
      message.append("\n  - renamed, not removed? Declare the old name on the model or attribute,"
              + " @RenamedFrom(\"<old name>\"), and the migration renames it, keeping the data.")
          .append("\n  - removed on purpose? Run again with -DallowDrop=").append(String.join(",", drops))
          .append(" (the data in ").append(drops.size() == 1 ? "it" : "them").append(" is lost).");
    }
    if (notNull) {
      message.append("\n  - a new NOT NULL column cannot be added to rows that exist without a value: give it a")
          .append(" @DefaultValue, or allow null and fill it in a hand-written migration")
          .append(" (sequor:migration-generate with no model change writes an empty one), then make it NOT NULL.");
    }
    if (other) {
      message.append("\n  - this plugin does not know every kind of problem listed: is sequor-maven-plugin older")
          .append(" than sequor-processor? Use the same version of both.");
    }
    return message.toString();
  }
}
