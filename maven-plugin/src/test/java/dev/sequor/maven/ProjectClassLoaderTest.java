package dev.sequor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.sequor.seed.Seeder;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectClassLoaderTest {

  @Test
  void urls_keepTheOrder_andLeaveOutTheExcluded(@TempDir Path dir) throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path runtime = Files.createFile(dir.resolve("sequor-runtime-0.1.0.jar"));
    Path other = Files.createFile(dir.resolve("commons-csv.jar"));
    List<URL> urls = ProjectClassLoader.urls(
        List.of(classes.toString(), runtime.toString(), dir.resolve("x/../commons-csv.jar").toString()),
        List.of(new File(dir.resolve("./sequor-runtime-0.1.0.jar").toString())));
    assertEquals(List.of(classes.toUri().toURL(), other.toUri().toURL()), urls);
  }

  @Test
  void sequorTypes_areThePlugins_evenWhenTheProjectHasThemToo() throws Exception {
    // the runtime's own classes on the project path as well: parent-first still answers with the plugin's class
    URL runtimeClasses = Seeder.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader loader = ProjectClassLoader.create(List.of(runtimeClasses))) {
      assertSame(Seeder.class, loader.loadClass(Seeder.class.getName()));
      assertSame(ProjectClassLoader.class.getClassLoader(), loader.getParent());
    }
  }
}
