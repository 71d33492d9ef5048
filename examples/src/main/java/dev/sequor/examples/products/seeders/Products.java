package dev.sequor.examples.products.seeders;

import static dev.sequor.examples.products.ProductModel.NAME;

import dev.sequor.examples.products.Product;
import dev.sequor.examples.products.ProductModel;
import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;
import java.util.List;

/**
 * The lesson's products seeder ({@code npx sequelize seed:generate --name products}): typed instances stored
 * with {@code bulkCreate}, one statement for all of them. Runs in every environment.
 */
@Seed(name = "20261125170000-products")
public class Products implements Seeder {

  static final List<Product> PRODUCTS = List.of(
      Product.of("Laptop", "electronics", "1299.00", 5),
      Product.of("Headphones", "electronics", "199.99", 25),
      Product.of("Coffee mug", "kitchen", "12.50", 100),
      Product.of("Chef's knife", "kitchen", "89.00", 0),
      Product.of("Notebook", "office", "4.99", 250),
      Product.of("Desk lamp", "office", "39.90", 12));

  @Override
  public void up(SeedContext context) {
    context.repository(ProductModel.MODEL).bulkCreate(PRODUCTS);
  }

  @Override
  public void down(SeedContext context) {
    context.repository(ProductModel.MODEL).destroy(NAME.in(PRODUCTS.stream().map(Product::name).toList()));
  }
}
