package dev.sequor.examples.products.seeders;

import static dev.sequor.examples.products.ProductModel.NAME;

import dev.sequor.Repository;
import dev.sequor.examples.products.Order;
import dev.sequor.examples.products.OrderModel;
import dev.sequor.examples.products.Product;
import dev.sequor.examples.products.ProductModel;
import dev.sequor.seed.Seed;
import dev.sequor.seed.SeedContext;
import dev.sequor.seed.Seeder;
import java.util.List;

/**
 * Orders of the seeded products, each pointing at its product by key: the products seeder runs first (seeders run
 * in name order), and its rows are found here by their unique names. Each order is written with the generated
 * builder, naming what it sets.
 */
@Seed(name = "20261203100100-orders")
public class Orders implements Seeder {

  static final List<String> CUSTOMERS = List.of("Ada", "Grace", "Linus");

  @Override
  public void up(SeedContext context) {
    Repository<Product, Long> products = context.repository(ProductModel.MODEL);
    long laptop = products.findBy(NAME, "Laptop").orElseThrow().id();
    long mug = products.findBy(NAME, "Coffee mug").orElseThrow().id();
    long lamp = products.findBy(NAME, "Desk lamp").orElseThrow().id();
    context.repository(OrderModel.MODEL).bulkCreate(List.of(
        order(laptop, "Ada", 1),
        order(mug, "Ada", 4),
        order(mug, "Grace", 2),
        order(lamp, "Linus", 1)));
  }

  private static Order order(long productId, String customer, int quantity) {
    return OrderModel.builder().productId(productId).customer(customer).quantity(quantity).build();
  }

  @Override
  public void down(SeedContext context) {
    context.repository(OrderModel.MODEL).destroy(OrderModel.CUSTOMER.in(CUSTOMERS));
  }
}
