package shop.seeders;

import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;
import java.math.BigDecimal;
import java.util.List;
import shop.Product;
import shop.ProductModel;

/** Demo data, only for development. */
@Seed(name = "20261125130000-demo-products", environments = "development")
public class DemoProducts implements Seeder {

  @Override
  public void up(SeedContext context) {
    context.repository(ProductModel.MODEL).bulkCreate(List.of(
        new Product(null, "Demo lamp", new BigDecimal("19.90"), null, null),
        new Product(null, "Demo desk", new BigDecimal("149.00"), null, null)));
  }

  @Override
  public void down(SeedContext context) {
    context.repository(ProductModel.MODEL).destroy(ProductModel.NAME.like("Demo %"));
  }
}
