package dev.sequor.internal.seed;

import dev.sequor.ModelType;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.seed.SeedContext;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;

/** The {@link SeedContext} of one seeder run; its transaction is the thread's while the seeder runs. */
final class DefaultSeedContext implements SeedContext {

  private final Sequor sequor;
  private final DSLContext dsl;
  private final ClassLoader loader;
  private final String environment;
  private final String seeder;

  DefaultSeedContext(Sequor sequor, DSLContext dsl, ClassLoader loader, String environment, String seeder) {
    this.sequor = sequor;
    this.dsl = dsl;
    this.loader = loader;
    this.environment = environment;
    this.seeder = seeder;
  }

  @Override
  public <M, K> Repository<M, K> repository(ModelType<M, K> model) {
    return sequor.repository(model); // joins the thread's transaction, the seeder's
  }

  @Override
  public DSLContext dsl() {
    return dsl;
  }

  @Override
  public String environment() {
    return environment;
  }

  @Override
  public String seeder() {
    return seeder;
  }

  @Override
  public <M, K> List<M> loadCsv(ModelType<M, K> model, String resource) {
    return SeedFiles.csv(model, SeedFiles.Source.resource(loader, resource));
  }

  @Override
  public <M, K> List<M> loadCsv(ModelType<M, K> model, Path file) {
    return SeedFiles.csv(model, SeedFiles.Source.file(file));
  }

  @Override
  public <M, K> List<M> loadJson(ModelType<M, K> model, String resource) {
    return SeedFiles.json(model, SeedFiles.Source.resource(loader, resource));
  }

  @Override
  public <M, K> List<M> loadJson(ModelType<M, K> model, Path file) {
    return SeedFiles.json(model, SeedFiles.Source.file(file));
  }
}
