package dev.sequor.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code N} Sequor models for the compile-time benchmark, shaped like the peers' anchor entities: in package
 * {@code demo.model}, names such as {@code Invoice0001}, a {@code Long id} and 8 attributes ({@code String},
 * {@code Integer}, {@code BigDecimal}, {@code Boolean}, {@code Instant}, {@code LocalDate}, a unique {@code UUID},
 * and a nested enum), column options on most of them, and on every 4th model ({@code i % 4 == 1}) a
 * {@code @References} attribute to the previous model. As records (the form Sequor's documentation uses), or as
 * classes with a no-argument constructor, getters and setters (the anchor's JPA form).
 */
final class ModelSources {

  enum Shape { RECORD, CLASS }

  static final String PACKAGE = "demo.model";

  private static final String[] NOUNS = {"Customer", "Invoice", "OrderLine", "Product", "Supplier", "Warehouse",
      "Shipment", "Payment", "Refund", "Account", "Ledger", "Budget", "Employee", "Department", "Project", "Task",
      "Ticket", "Comment", "Attachment", "Contract", "Vendor", "Asset", "Lease", "Vehicle", "Driver", "Route", "Stop",
      "Booking", "Room", "Guest", "Course", "Lesson", "Student", "Teacher", "Grade", "Policy", "Claim", "Premium",
      "Patient", "Visit"};

  /** Type, name and annotations of each attribute after {@code id}. */
  private static final String[][] ATTRIBUTES = {
      {"String", "name", "@Column(allowNull = false, length = 120)"},
      {"Integer", "quantity", "@Column(allowNull = false)"},
      {"BigDecimal", "amount", "@Column(precision = 12, scale = 2)"},
      {"Boolean", "active", "@Column(allowNull = false)"},
      {"Instant", "createdAt", ""},
      {"LocalDate", "dueDate", ""},
      {"UUID", "externalId", "@Column(allowNull = false, unique = true)"},
      {"Status", "status", "@Column(allowNull = false)"},
  };

  private ModelSources() {}

  static String name(int i) {
    return NOUNS[i % NOUNS.length] + String.format("%04d", i);
  }

  /** Writes the models under {@code root} and returns their paths relative to it, in order. */
  static List<String> write(Path root, int count, Shape shape) {
    Path dir = root.resolve(PACKAGE.replace('.', '/'));
    List<String> files = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < count; i++) {
        Path file = dir.resolve(name(i) + ".java");
        Files.writeString(file, shape == Shape.RECORD ? record(i, count) : javaClass(i, count));
        files.add(root.relativize(file).toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static List<String[]> attributes(int i) {
    List<String[]> attributes = new ArrayList<>(List.of(ATTRIBUTES));
    if (i % 4 == 1) {
      attributes.add(new String[] {"Long", "parentId", "@References(" + name(i - 1) + ".class)"});
    }
    return attributes;
  }

  private static String header(int i, int count) {
    return "package " + PACKAGE + ";\n\n"
        + "import dev.sequor.Column;\n"
        + "import dev.sequor.Model;\n"
        + (i % 4 == 1 ? "import dev.sequor.References;\n" : "")
        + "import java.math.BigDecimal;\n"
        + "import java.time.Instant;\n"
        + "import java.time.LocalDate;\n"
        + "import java.util.UUID;\n\n"
        + "/** Model " + (i + 1) + " of " + count + " of the compile-time benchmark. */\n"
        + "@Model(underscored = true)\n";
  }

  private static final String STATUS = "  /** The lifecycle of a row. */\n"
      + "  public enum Status { DRAFT, ACTIVE, SUSPENDED, ARCHIVED }\n";

  private static String record(int i, int count) {
    StringBuilder out = new StringBuilder(header(i, count)).append("public record ").append(name(i)).append("(\n");
    out.append("    Long id");
    for (String[] a : attributes(i)) {
      out.append(",\n    ").append(a[2].isEmpty() ? "" : a[2] + " ").append(a[0]).append(' ').append(a[1]);
    }
    return out.append(") {\n\n").append(STATUS).append("}\n").toString();
  }

  private static String javaClass(int i, int count) {
    List<String[]> attributes = new ArrayList<>();
    attributes.add(new String[] {"Long", "id", ""});
    attributes.addAll(attributes(i));
    StringBuilder out = new StringBuilder(header(i, count)).append("public class ").append(name(i)).append(" {\n\n");
    out.append(STATUS).append('\n');
    for (String[] a : attributes) {
      out.append(a[2].isEmpty() ? "" : "  " + a[2] + "\n").append("  private ").append(a[0]).append(' ').append(a[1])
          .append(";\n\n");
    }
    out.append("  public ").append(name(i)).append("() {\n  }\n");
    for (String[] a : attributes) {
      String suffix = Character.toUpperCase(a[1].charAt(0)) + a[1].substring(1);
      out.append("\n  public ").append(a[0]).append(" get").append(suffix).append("() {\n    return ").append(a[1])
          .append(";\n  }\n\n  public void set").append(suffix).append('(').append(a[0]).append(' ').append(a[1])
          .append(") {\n    this.").append(a[1]).append(" = ").append(a[1]).append(";\n  }\n");
    }
    return out.append("}\n").toString();
  }
}
