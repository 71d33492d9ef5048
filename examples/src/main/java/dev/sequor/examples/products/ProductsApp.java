package dev.sequor.examples.products;

import static dev.sequor.Query.where;
import static dev.sequor.examples.products.ProductModel.CATEGORY;
import static dev.sequor.examples.products.ProductModel.ID;
import static dev.sequor.examples.products.ProductModel.NAME;
import static dev.sequor.examples.products.ProductModel.PRICE;
import static dev.sequor.examples.products.ProductModel.STOCK;

import dev.sequor.Op;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.migration.MigrationReport;
import dev.sequor.migration.Migrator;
import dev.sequor.seed.SeedReport;
import dev.sequor.seed.SeederRunner;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * The lesson's products app, step by step in the lesson's order: set up, migrate (the committed migrations
 * in {@code src/main/resources/db/migrations}, generated from {@link Product}), seed (the seeders in
 * {@code seeders/}), then instances, querying and finders.
 *
 * <p>Runs on {@code DATABASE_URL} when it is set, else on an embedded PostgreSQL; {@code SEQUOR_ENV} picks the
 * environment (default {@code development}, which also loads the demo seeder). It undoes and re-runs its
 * seeders at every start, so point {@code DATABASE_URL} at a scratch database.
 */
public final class ProductsApp {

  private final Repository<Product, Long> products;
  private final PrintStream out;

  ProductsApp(Sequor db, PrintStream out) {
    this.products = db.repository(ProductModel.MODEL);
    this.out = out;
  }

  public static void main(String[] args) {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    try (Sequor db = Sequor.fromEnvironment()) {
      new ProductsApp(db, System.out).run(migrator(db), seeders(db));
    }
  }

  /** The migrations packaged with the app; the schema only ever comes from them, never from the models at run time. */
  static Migrator migrator(Sequor db) {
    return Migrator.of(db, "db/migrations", ProductsApp.class.getClassLoader());
  }

  /** The seeders the processor indexed at compile time, for the environment {@code SEQUOR_ENV} names. */
  static SeederRunner seeders(Sequor db) {
    String environment = System.getenv("SEQUOR_ENV");
    return SeederRunner.of(db, ProductsApp.class.getClassLoader(),
        environment == null || environment.isBlank() ? "development" : environment);
  }

  void run(Migrator migrator, SeederRunner seeders) {
    section("Migrations: apply what is pending at start-up");
    MigrationReport report = migrator.migrate();
    out.println(report.steps().isEmpty() ? "schema already up to date"
        : "applied " + report.steps().stream().map(MigrationReport.Step::name).toList());

    section("Seeders: undo what earlier runs seeded, then seed again");
    seeders.undoAll(); // the instance section below changes the data: every run starts from the seeds
    SeedReport seeded = seeders.seedAll();
    out.println("seeded " + seeded.names(SeedReport.Action.SEEDED) + ", skipped "
        + seeded.names(SeedReport.Action.SKIPPED) + ": " + products.count() + " products");

    section("Model basics: modelName 'product', underscored: true");
    out.println("table: " + ProductModel.MODEL.table().getName() + ", columns: "
        + ProductModel.MODEL.attributes().stream().map(a -> a.column()).toList());

    section("Instances: create returns the stored row; toJSON");
    Product pen = products.create(Product.of("Fountain pen", "office", "24.00", 40));
    out.println(products.toJSON(pen));

    section("Instances: update writes only what changed and bumps updatedAt");
    Product cheaper = products.update(pen, PRICE.set(new BigDecimal("19.90")), STOCK.set(40));
    out.println("price " + pen.price() + " -> " + cheaper.price() + ", updatedAt moved: "
        + cheaper.updatedAt().isAfter(pen.updatedAt()));
    out.println("update with no change runs no query: " + (products.update(cheaper, STOCK.set(40)) == cheaper));

    section("Querying: findAll with where, operators and order");
    print("office products by price", products.findAll(where(CATEGORY.eq("office")).order(PRICE.asc())));
    print("price > 50, most expensive first",
        products.findAll(where(PRICE.gt(new BigDecimal("50"))).order(PRICE.desc())));
    print("in stock and (kitchen or name starts with 'Desk')",
        products.findAll(where(STOCK.gt(0).and(Op.or(CATEGORY.eq("kitchen"), NAME.startsWith("Desk"))))));
    print("category in (electronics, kitchen), price between 10 and 200",
        products.findAll(where(CATEGORY.in("electronics", "kitchen"))
            .and(PRICE.between(new BigDecimal("10"), new BigDecimal("200"))).order(NAME.asc())));
    print("name iLike '%NOTE%'", products.findAll(NAME.iLike("%NOTE%")));
    print("page 2 of 3 by name", products.findAll(where(ID.isNotNull()).order(NAME.asc()).limit(3).offset(3)));

    section("Finders: findByPk, findOne, count");
    out.println("findByPk(" + pen.id() + "): " + products.findByPk(pen.id()).map(Product::name).orElse("none"));
    out.println("findByPk(999): " + products.findByPk(999L).map(Product::name).orElse("none"));
    out.println("findOne(name = 'Laptop'): " + products.findOne(NAME.eq("Laptop")).map(products::toJSON).orElse("none"));
    out.println("count(): " + products.count() + ", count(stock = 0): " + products.count(STOCK.eq(0)));

    section("Bulk update and destroy");
    out.println("restocked " + products.update(STOCK.eq(0), STOCK.set(10)) + " product(s)");
    out.println("destroyed the pen: " + products.destroy(cheaper));
    out.println("destroyed " + products.destroy(PRICE.lt(new BigDecimal("5"))) + " product(s) under 5.00");
    out.println(products.count() + " products left");
  }

  private void section(String title) {
    out.println();
    out.println("== " + title);
  }

  private void print(String title, List<Product> rows) {
    out.println(title + ":");
    for (Product p : rows) {
      out.printf("  #%d %-14s %-12s %8s  stock %d%n", p.id(), p.name(), p.category(), p.price(), p.stock());
    }
  }
}
