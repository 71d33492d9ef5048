package dev.sequor.examples.products.seeders;

import static dev.sequor.examples.products.ProductModel.NAME;

import dev.sequor.examples.products.Product;
import dev.sequor.examples.products.ProductModel;
import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The lesson's products seeder ({@code npx sequelize seed:generate --name products}): typed instances, written with
 * the generated builder, stored with {@code bulkCreate}, one statement for all of them. The id and timestamps are
 * left out: the database numbers the rows and Sequor stamps them. Runs in every environment.
 */
@Seed(name = "20261125170000-products")
public class Products implements Seeder {

  static final List<Product> PRODUCTS = List.of(
      product("Laptop", "electronics", "1299.00", 5),
      product("Headphones", "electronics", "199.99", 25),
      product("Coffee mug", "kitchen", "12.50", 100),
      product("Chef's knife", "kitchen", "89.00", 0),
      product("Notebook", "office", "4.99", 250),
      product("Desk lamp", "office", "39.90", 12));

  private static Product product(String name, String category, String price, int stock) {
    return ProductModel.builder().name(name).category(category).price(new BigDecimal(price)).stock(stock).build();
  }

  @Override
  public void up(SeedContext context) {
    context.repository(ProductModel.MODEL).bulkCreate(PRODUCTS);
  }

  @Override
  public void down(SeedContext context) {
    context.repository(ProductModel.MODEL).destroy(NAME.in(PRODUCTS.stream().map(Product::name).toList()));
  }
}
