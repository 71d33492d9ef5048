package dev.sequor.examples.products.seeders;

import static dev.sequor.examples.products.ProductModel.CATEGORY;

import dev.sequor.examples.products.ProductModel;
import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;

/**
 * Demo data for development only, loaded from {@code seeders/demo-products.csv} through the model: the header
 * names attributes, every value is parsed as its attribute's type, and a bad file inserts nothing.
 */
@Seed(name = "20261125170100-demo-products", environments = "development")
public class DemoProducts implements Seeder {

  @Override
  public void up(SeedContext context) {
    context.repository(ProductModel.MODEL)
        .bulkCreate(context.loadCsv(ProductModel.MODEL, "seeders/demo-products.csv"));
  }

  @Override
  public void down(SeedContext context) {
    context.repository(ProductModel.MODEL).destroy(CATEGORY.eq("demo"));
  }
}
