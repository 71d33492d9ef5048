package dev.sequor.it;

import dev.sequor.ModelType;
import dev.sequor.Sequor;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A seeder that creates the instances of one seed file, {@code <name>.csv} or, run as {@code *-json}, {@code
 * <name>.json}; {@link #seed} runs it on a file as an application does. Subclasses name the model and the file.
 *
 * @param <M> the model
 */
public abstract class FileSeeder<M> implements Seeder {

  private final ModelType<M, ?> model;
  private final String name;

  protected FileSeeder(ModelType<M, ?> model, String name) {
    this.model = model;
    this.name = name;
  }

  @Override
  public void up(SeedContext context) {
    context.repository(model).bulkCreate(context.seeder().endsWith("-json")
        ? context.loadJson(model, name + ".json")
        : context.loadCsv(model, name + ".csv"));
  }

  @Override
  public void down(SeedContext context) {}

  /**
   * Seeds {@code file} ({@code <name>.csv} or {@code <name>.json}) with {@code seeder}: loaded from the class path of
   * its folder, where a seeder index lists it.
   */
  static void seed(Sequor db, Path file, Class<? extends FileSeeder<?>> seeder) throws IOException {
    Path folder = file.getParent();
    String csv = "20260101000000-csv";
    String json = "20260101000001-json";
    write(folder, "META-INF/sequor/seeders", csv + " " + seeder.getName() + "\n" + json + " " + seeder.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()},
        FileSeeder.class.getClassLoader())) {
      db.seeders(loader, "test").untracked().seed(file.getFileName().toString().endsWith(".csv") ? csv : json);
    }
  }

  /** Writes {@code content} to {@code name} in {@code folder}, making the folders it needs. */
  static Path write(Path folder, String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
