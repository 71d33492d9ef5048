package dev.sequor.seed;

/**
 * Seed data as code (a sequelize-cli seeder): {@code up} inserts it, {@code down} removes it, both through the
 * typed model API of the {@link SeedContext}.
 *
 * <pre>{@code
 * public final class DemoProducts implements Seeder {
 *   public void up(SeedContext context) {
 *     context.repository(ProductModel.MODEL).bulkCreate(context.loadCsv(ProductModel.MODEL, "seeders/products.csv"));
 *   }
 *
 *   public void down(SeedContext context) {
 *     context.repository(ProductModel.MODEL).destroy(ProductModel.CODE.like("DEMO-%"));
 *   }
 * }
 * }</pre>
 *
 * Each call runs in a transaction of its own (with the seeder's history row): when it throws, everything it did
 * is rolled back. A seeder needs a public no-arg constructor; the runner creates one instance per run. The Sequor
 * processor lists seeders in the index {@code META-INF/sequor/seeders} (see {@link SeederRunner}).
 */
public interface Seeder {

  /** Inserts the seed data. */
  void up(SeedContext context) throws Exception;

  /** Removes what {@link #up} inserted. */
  void down(SeedContext context) throws Exception;
}
