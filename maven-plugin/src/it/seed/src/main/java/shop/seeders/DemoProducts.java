package shop.seeders;

import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;
import java.math.BigDecimal;
import java.util.List;
import shop.ProductModel;

/** Demo data, only for development: rows written with the generated builder. */
@Seed(name = "20261125130000-demo-products", environments = "development")
public class DemoProducts implements Seeder {

  @Override
  public void up(SeedContext context) {
    context.repository(ProductModel.MODEL).bulkCreate(List.of(
        ProductModel.builder().name("Demo lamp").price(new BigDecimal("19.90")).build(),
        ProductModel.builder().name("Demo desk").price(new BigDecimal("149.00")).build()));
  }

  @Override
  public void down(SeedContext context) {
    context.repository(ProductModel.MODEL).destroy(ProductModel.NAME.like("Demo %"));
  }
}
