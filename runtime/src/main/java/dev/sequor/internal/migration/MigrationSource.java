package dev.sequor.internal.migration;

import dev.sequor.migration.MigrationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Where migration files come from: a folder on disk, or a resource folder on the class path (inside a jar). */
abstract class MigrationSource {

  /** Every migration file, sorted by name; reads them anew on each call. */
  abstract List<MigrationFile> load();

  /** The folder's name, for messages. */
  abstract String describe();

  static MigrationSource directory(Path directory) {
    return new Directory(directory);
  }

  static MigrationSource classpath(String location, ClassLoader loader) {
    return new Classpath(location, loader);
  }

  /** Files directly in a folder; sub-folders and files that do not end in {@code .sql} are ignored. */
  private static final class Directory extends MigrationSource {
    private final Path directory;

    Directory(Path directory) {
      this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    List<MigrationFile> load() {
      if (!Files.isDirectory(directory)) {
        throw new MigrationException("The migrations folder " + directory + " does not exist"
            + (Files.exists(directory) ? " (it is a file)" : ""), null);
      }
      Map<String, MigrationFile> files = new TreeMap<>();
      try (Stream<Path> entries = Files.list(directory)) {
        for (Path path : (Iterable<Path>) entries::iterator) {
          String name = path.getFileName().toString();
          if (Files.isRegularFile(path) && MigrationFile.isMigrationName(name, path.toString())) {
            files.put(name, MigrationFile.of(name, path.toString(), Files.readAllBytes(path)));
          }
        }
      } catch (IOException | UncheckedIOException e) {
        throw new MigrationException("Unable to read the migrations folder " + directory + ": " + e.getMessage(), null,
            null, null, e);
      }
      return List.copyOf(files.values());
    }

    @Override
    String describe() {
      return directory.toString();
    }
  }

  /**
   * Resources directly under a class path folder, gathered from every class path entry that has it (folders and
   * jars, including jars inside jars that the class loader opens through {@link JarURLConnection}). The same name
   * in two entries must have the same content.
   */
  private static final class Classpath extends MigrationSource {
    private final String location;
    private final ClassLoader loader;

    Classpath(String location, ClassLoader loader) {
      String trimmed = location.strip();
      while (trimmed.startsWith("/")) {
        trimmed = trimmed.substring(1);
      }
      while (trimmed.endsWith("/")) {
        trimmed = trimmed.substring(0, trimmed.length() - 1);
      }
      if (trimmed.isEmpty()) {
        throw new IllegalArgumentException("classpath location is empty; give a folder such as db/migrations");
      }
      this.location = trimmed;
      this.loader = loader;
    }

    @Override
    List<MigrationFile> load() {
      List<URL> roots;
      try {
        roots = Collections.list(loader.getResources(location));
      } catch (IOException e) {
        throw new MigrationException("Unable to look up " + describe() + ": " + e.getMessage(), null, null, null, e);
      }
      if (roots.isEmpty()) {
        throw new MigrationException("The migrations folder " + describe() + " is not on the class path (is "
            + "src/main/resources/" + location + " there, with at least one migration?)", null);
      }
      Map<String, MigrationFile> files = new TreeMap<>();
      for (URL root : roots) {
        List<MigrationFile> found;
        try {
          found = read(root);
        } catch (IOException | UncheckedIOException e) {
          throw new MigrationException("Unable to read " + root + ": " + e.getMessage(), null, null, null, e);
        }
        for (MigrationFile file : found) {
          MigrationFile other = files.putIfAbsent(file.name(), file);
          if (other != null && !other.checksum().equals(file.checksum())) {
            throw new MigrationException("Two different migrations named " + file.name() + " are on the class path: "
                + other.location() + " and " + file.location() + "; remove one", file.name());
          }
        }
      }
      return List.copyOf(files.values());
    }

    private List<MigrationFile> read(URL root) throws IOException {
      if (root.getProtocol().equals("file")) {
        Path directory;
        try {
          directory = Paths.get(root.toURI());
        } catch (URISyntaxException e) {
          throw new IOException("not a file path: " + root, e);
        }
        return new Directory(directory).load();
      }
      URLConnection connection = root.openConnection();
      if (!(connection instanceof JarURLConnection jar)) {
        throw new MigrationException("Unable to list the migrations in " + root + ": only folders and jars are"
            + " supported; use db.migrator(Path) for migrations elsewhere", null);
      }
      jar.setUseCaches(false);
      List<MigrationFile> files = new ArrayList<>();
      try (JarFile jarFile = jar.getJarFile()) {
        String prefix = jar.getEntryName() == null ? "" : jar.getEntryName().replaceAll("/+$", "") + "/";
        for (Enumeration<JarEntry> entries = jarFile.entries(); entries.hasMoreElements(); ) {
          JarEntry entry = entries.nextElement();
          String entryName = entry.getName();
          if (entry.isDirectory() || !entryName.startsWith(prefix) || entryName.indexOf('/', prefix.length()) >= 0) {
            continue;
          }
          String name = entryName.substring(prefix.length());
          String where = root.toString().replaceAll("/+$", "") + "/" + name;
          if (MigrationFile.isMigrationName(name, where)) {
            try (InputStream in = jarFile.getInputStream(entry)) {
              files.add(MigrationFile.of(name, where, in.readAllBytes()));
            }
          }
        }
      }
      return files;
    }

    @Override
    String describe() {
      return "classpath:" + location;
    }
  }
}
