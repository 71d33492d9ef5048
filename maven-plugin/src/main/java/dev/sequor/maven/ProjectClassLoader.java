package dev.sequor.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The class loader the seed goals find the project's seeders, models and seed files with: the project's runtime
 * class path ({@code target/classes} and its runtime dependencies) over the plugin's own class loader.
 *
 * <p>Which loader owns {@code dev.sequor.*}: the plugin's. The runner the plugin calls checks that a seeder is a
 * {@code dev.sequor.seed.Seeder} and hands it a {@code SeedContext}, and the project's generated models are
 * {@code dev.sequor.ModelType}s (over jOOQ types) that the plugin's runtime reads; if the project's loader defined
 * those classes again from the project's copy of sequor-runtime, the same name would be two classes and the first
 * cast would fail with a {@code ClassCastException} ("Seeder cannot be cast to Seeder"). So:
 * <ul>
 *   <li>the loader is parent-first (the JDK's {@link URLClassLoader} delegation) with the plugin's loader as parent:
 *       every class the plugin has (Sequor's runtime, jOOQ, PostgreSQL's driver) is the plugin's, and only what
 *       the plugin lacks (the project's classes and other libraries) comes from the project;
 *   <li>the project's sequor-runtime jar is left out of the URLs altogether: parent-first would never load a class
 *       from it, but its resources would be found twice and a reader of the path could think it is used. A
 *       project on another runtime version than the plugin's gets a warning from the goal.
 * </ul>
 * Child-first would be wrong here: it would load the project's copy of the shared types.
 */
final class ProjectClassLoader {

  private ProjectClassLoader() {}

  /**
   * The URLs of the class path elements, in order, without those in {@code excluded} (compared as absolute, normal
   * paths).
   */
  static List<URL> urls(Collection<String> classpathElements, Collection<File> excluded) {
    Set<Path> left = excluded.stream().map(ProjectClassLoader::normal).collect(Collectors.toSet());
    List<URL> urls = new ArrayList<>();
    for (String element : classpathElements) {
      Path path = normal(new File(element));
      if (left.contains(path)) {
        continue;
      }
      try {
        urls.add(path.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("Cannot use class path element " + element + ": " + e.getMessage(), e);
      }
    }
    return urls;
  }

  /** A parent-first loader over {@code urls}, whose parent is the plugin's loader. */
  static URLClassLoader create(List<URL> urls) {
    return new URLClassLoader("sequor-project", urls.toArray(URL[]::new), ProjectClassLoader.class.getClassLoader());
  }

  private static Path normal(File file) {
    return file.toPath().toAbsolutePath().normalize();
  }
}
