package dev.sequor.internal.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The seeder index {@value #RESOURCE}: the processor writes it from the {@code @Seed} classes of a compilation, the
 * runtime reads every copy on the class path. UTF-8 text, one seeder a line; blank lines and lines starting with
 * {@code #} are ignored:
 *
 * <pre>
 * # name                          class (binary name)                        environments (optional)
 * 20261125120000-demo-products    dev.sequor.examples.products.DemoProducts  development
 * 20261125130000-countries        com.shop.seed.Countries
 * 20261126090000-test-users       com.shop.seed.TestUsers                    development,test
 * </pre>
 *
 * Fields are separated by spaces or tabs. A name ({@link #NAME}) is {@code <yyyyMMddHHmmss>-<kebab-case>}
 * ({@link TimestampedName}) and is the seeder's identity. The class is named as {@link Class#forName} takes it
 * ({@code Outer$Inner} for a nested class). The environments ({@link #ENVIRONMENT}), comma-separated, limit the
 * seeder to those environments; without them it runs in every environment.
 */
public final class SeederIndexFile {

  /** The class path resource. */
  public static final String RESOURCE = "META-INF/sequor/seeders";

  /** A seeder's name: a 14-digit UTC time stamp, a dash and dash-separated words of lower-case letters and digits. */
  public static final Pattern NAME =
      Pattern.compile("\\d{" + TimestampedName.TIMESTAMP_LENGTH + "}-[a-z0-9]+(-[a-z0-9]+)*");

  /** The longest kebab-case part of a name that the history holds with its time stamp. */
  public static final int MAX_NAME_LENGTH = TimestampedName.maxDescriptionLength("");

  /** An environment: a letter, then letters, digits, {@code _} and {@code -} (no spaces nor commas). */
  public static final Pattern ENVIRONMENT = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  /**
   * One seeder of the index.
   *
   * @param environments where it runs; none means every environment
   * @param line its 1-based line in the file it was read from; 0 when it was not read
   */
  public record Entry(String name, String className, List<String> environments, int line) {

    public Entry {
      environments = List.copyOf(environments);
    }

    /** An entry to write. */
    public Entry(String name, String className, List<String> environments) {
      this(name, className, environments, 0);
    }

    public boolean runsIn(String environment) {
      return environments.isEmpty() || environments.contains(environment);
    }
  }

  /** A line of an index that does not follow the format. */
  public static final class MalformedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int line;

    MalformedException(int line, String problem) {
      super(problem);
      this.line = line;
    }

    /** The 1-based line. */
    public int line() {
      return line;
    }
  }

  private SeederIndexFile() {}

  /** {@code <yyyyMMddHHmmss UTC>-<kebab-case name>}. */
  public static String name(Instant now, String kebabName) {
    return TimestampedName.of(now, kebabName);
  }

  /** The index's text: one line {@code <name> <class> [env1,env2]} per seeder, sorted by name. */
  public static String write(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(Entry::name));
    StringBuilder text = new StringBuilder();
    for (Entry entry : sorted) {
      text.append(entry.name()).append(' ').append(entry.className());
      if (!entry.environments().isEmpty()) {
        text.append(' ').append(String.join(",", entry.environments()));
      }
      text.append('\n');
    }
    return text.toString();
  }

  /**
   * The seeders of one index file, in file order.
   *
   * @throws MalformedException at the first line that does not follow the format
   */
  public static List<Entry> parse(String text) {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("[ \t]+");
      if (fields.length < 2 || fields.length > 3) {
        throw new MalformedException(number, "expected '<name> <class> [environment,...]', found: " + line);
      }
      if (!NAME.matcher(fields[0]).matches()) {
        throw new MalformedException(number, "the seeder name " + fields[0]
            + " is not <yyyyMMddHHmmss>-<kebab-case-name> (for example 20261125120000-demo-products)");
      }
      List<String> environments = List.of();
      if (fields.length == 3) {
        environments = Arrays.stream(fields[2].split(",", -1)).map(String::strip).toList();
        for (String environment : environments) {
          if (!ENVIRONMENT.matcher(environment).matches()) {
            throw new MalformedException(number, "'" + fields[2] + "' is not a comma-separated list of environments");
          }
        }
      }
      entries.add(new Entry(fields[0], fields[1], environments, number));
    }
    return entries;
  }
}
