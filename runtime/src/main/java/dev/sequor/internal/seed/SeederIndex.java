package dev.sequor.internal.seed;

import dev.sequor.internal.format.SeederIndexFile;
import dev.sequor.seed.SeedException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the seeder index ({@link SeederIndexFile}) from every class path entry that has one. */
final class SeederIndex {

  /** One seeder of the index, and where it is listed ({@code <index URL>:<line>}) for messages. */
  record Entry(SeederIndexFile.Entry seeder, String location) {

    String name() {
      return seeder.name();
    }

    String className() {
      return seeder.className();
    }

    List<String> environments() {
      return seeder.environments();
    }

    boolean runsIn(String environment) {
      return seeder.runsIn(environment);
    }
  }

  private SeederIndex() {}

  /** Every seeder of every index on the class path, in name order. */
  static List<Entry> load(ClassLoader loader) {
    Map<String, Entry> byName = new LinkedHashMap<>();
    List<URL> urls;
    try {
      urls = Collections.list(loader.getResources(SeederIndexFile.RESOURCE));
    } catch (IOException e) {
      throw new SeedException("Unable to look up the seeder index " + SeederIndexFile.RESOURCE + ": " + e.getMessage(),
          null, SeederIndexFile.RESOURCE, 0, null, e);
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
    try {
      return SeederIndexFile.parse(text).stream()
          .map(seeder -> new Entry(seeder, location + ":" + seeder.line()))
          .toList();
    } catch (SeederIndexFile.MalformedException e) {
      throw new SeedException("Malformed seeder index " + location + ":" + e.line() + ": " + e.getMessage(), null,
          location, e.line(), null, null);
    }
  }
}
