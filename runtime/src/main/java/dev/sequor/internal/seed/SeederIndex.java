package dev.sequor.internal.seed;

import dev.sequor.seed.SeedException;
import dev.sequor.seed.SeederRunner;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the seeder index {@value SeederRunner#INDEX} (format in {@link SeederRunner}); not an API. */
public final class SeederIndex {

  static final Pattern NAME = Pattern.compile("\\d{14}-[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern ENVIRONMENT = Pattern.compile("[A-Za-z0-9_.-]+");

  /** One seeder of the index; no environments means every environment. */
  public record Entry(String name, String className, List<String> environments, String location) {

    public Entry {
      environments = List.copyOf(environments);
    }

    boolean runsIn(String environment) {
      return environments.isEmpty() || environments.contains(environment);
    }
  }

  private SeederIndex() {}

  /** Every seeder of every index on the class path, in name order. */
  static List<Entry> load(ClassLoader loader) {
    Map<String, Entry> byName = new LinkedHashMap<>();
    List<URL> urls;
    try {
      urls = Collections.list(loader.getResources(SeederRunner.INDEX));
    } catch (IOException e) {
      throw new SeedException("Unable to look up the seeder index " + SeederRunner.INDEX + ": " + e.getMessage(),
          null, SeederRunner.INDEX, 0, null, e);
    }
    for (URL url : urls) {
      String text;
      try (InputStream in = url.openStream()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new SeedException("Unable to read the seeder index " + url + ": " + e.getMessage(), null,
            url.toString(), 0, null, e);
      }
      for (Entry entry : parse(text, url.toString())) {
        Entry earlier = byName.putIfAbsent(entry.name(), entry);
        if (earlier != null && !earlier.className().equals(entry.className())) {
          throw new SeedException("Two seeders are named " + entry.name() + ": " + earlier.className() + " ("
              + earlier.location() + ") and " + entry.className() + " (" + entry.location() + ")", entry.name(),
              entry.location(), 0, null, null);
        }
      }
    }
    List<Entry> entries = new ArrayList<>(byName.values());
    entries.sort(Comparator.comparing(Entry::name));
    return entries;
  }

  /** The seeders of one index file, in file order. */
  static List<Entry> parse(String text, String location) {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String at = location + ":" + (i + 1);
      String[] fields = line.split("[ \t]+");
      if (fields.length < 2 || fields.length > 3) {
        throw malformed(at, i + 1, location, "expected '<name> <class> [environment,...]', found: " + line);
      }
      if (!NAME.matcher(fields[0]).matches()) {
        throw malformed(at, i + 1, location, "the seeder name " + fields[0]
            + " is not <yyyyMMddHHmmss>-<kebab-case-name> (for example 20261125120000-demo-products)");
      }
      List<String> environments = List.of();
      if (fields.length == 3) {
        environments = Arrays.stream(fields[2].split(",", -1)).map(String::strip).toList();
        for (String environment : environments) {
          if (!ENVIRONMENT.matcher(environment).matches()) {
            throw malformed(at, i + 1, location, "'" + fields[2] + "' is not a comma-separated list of environments");
          }
        }
      }
      entries.add(new Entry(fields[0], fields[1], environments, at));
    }
    return entries;
  }

  private static SeedException malformed(String at, int line, String location, String problem) {
    return new SeedException("Malformed seeder index " + at + ": " + problem, null, location, line, null, null);
  }
}
