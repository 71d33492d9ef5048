package dev.sequor.maven.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What the scripts of the integration tests read from the project a test built: its log and its files. */
public final class ItProject {

  private ItProject() {}

  /**
   * The part of the project's {@code build.log} written since the last call (all invocations of a project write
   * to one log), remembered in the scripts' shared {@code context}.
   */
  public static String newOutput(File basedir, Map<String, Object> context) throws IOException {
    String log = Files.readString(basedir.toPath().resolve("build.log"), StandardCharsets.UTF_8);
    Object offset = context.get("logOffset");
    int from = offset == null ? 0 : Math.min((Integer) offset, log.length());
    context.put("logOffset", log.length());
    return log.substring(from);
  }

  /** The file names in {@code src/main/resources/db/migrations}, sorted. */
  public static List<String> migrations(File basedir) throws IOException {
    return names(basedir.toPath().resolve("src/main/resources/db/migrations"));
  }

  /** The file names in {@code src/main/resources/db/snapshot}, sorted. */
  public static List<String> snapshot(File basedir) throws IOException {
    return names(basedir.toPath().resolve("src/main/resources/db/snapshot"));
  }

  /** The migration whose name ends with {@code -<suffix>.sql}. */
  public static File migration(File basedir, String suffix) throws IOException {
    List<String> matching = migrations(basedir).stream().filter(n -> n.endsWith("-" + suffix + ".sql")).toList();
    if (matching.size() != 1) {
      throw new AssertionError("expected one migration *-" + suffix + ".sql, found " + migrations(basedir));
    }
    return basedir.toPath().resolve("src/main/resources/db/migrations").resolve(matching.get(0)).toFile();
  }

  private static List<String> names(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
