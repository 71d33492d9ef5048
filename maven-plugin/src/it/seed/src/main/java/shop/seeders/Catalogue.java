package shop.seeders;

import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;
import shop.ProductModel;

/** The products every environment has, from a CSV file. */
@Seed(name = "20261125120000-catalogue")
public class Catalogue implements Seeder {

  @Override
  public void up(SeedContext context) {
    context.repository(ProductModel.MODEL).bulkCreate(context.loadCsv(ProductModel.MODEL, "seeders/products.csv"));
  }

  @Override
  public void down(SeedContext context) {
    context.repository(ProductModel.MODEL).destroy(ProductModel.NAME.in("Pen", "Paper, A4", "Stapler"));
  }
}
