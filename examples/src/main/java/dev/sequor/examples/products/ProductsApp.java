package dev.sequor.examples.products;

import static dev.sequor.Query.where;
import static dev.sequor.examples.products.ProductModel.CATEGORY;
import static dev.sequor.examples.products.ProductModel.ID;
import static dev.sequor.examples.products.ProductModel.NAME;
import static dev.sequor.examples.products.ProductModel.PRICE;
import static dev.sequor.examples.products.ProductModel.STOCK;

import dev.sequor.Built;
import dev.sequor.Created;
import dev.sequor.Fn;
import dev.sequor.Op;
import dev.sequor.Query;
import dev.sequor.Repository;
import dev.sequor.Row1;
import dev.sequor.Row3;
import dev.sequor.RowsAndCount;
import dev.sequor.Sequor;
import dev.sequor.config.SequorConfig;
import dev.sequor.migration.MigrationReport;
import dev.sequor.migration.Migrator;
import dev.sequor.seed.SeedReport;
import dev.sequor.seed.SeederRunner;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lesson's products app, step by step in the lesson's order: set up, migrate (the committed migrations
 * in {@code src/main/resources/db/migrations}, generated from {@link Product}), seed (the seeders in
 * {@code seeders/}), then instances, querying and finders.
 *
 * <p>Runs on the database the Maven goals use ({@link Sequor#fromEnvironment()}: {@code DATABASE_URL}, or
 * {@code sequor.properties} in the module's folder when there is one), else on an embedded PostgreSQL;
 * {@code SEQUOR_ENV} picks the environment (default {@code development}, which also loads the demo seeder). It undoes
 * and re-runs its seeders at every start, so point it at a scratch database.
 */
public final class ProductsApp {

  private final Sequor db;
  private final Repository<Product, Long> products;
  private final PrintStream out;

  ProductsApp(Sequor db, PrintStream out) {
    this.db = db;
    this.products = db.repository(ProductModel.MODEL);
    this.out = out;
  }

  public static void main(String[] args) {
    try (Sequor db = Sequor.fromEnvironment()) {
      new ProductsApp(db, System.out).run(migrator(db), seeders(db));
    }
  }

  /** The migrations packaged with the app; the schema only ever comes from them, never from the models at run time. */
  static Migrator migrator(Sequor db) {
    return db.migrator("db/migrations", ProductsApp.class.getClassLoader());
  }

  /** The seeders the processor indexed at compile time, for the configuration's environment. */
  static SeederRunner seeders(Sequor db) {
    return db.seeders(ProductsApp.class.getClassLoader(), SequorConfig.load().environment());
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

    section("Instances: build a row by attribute name; create returns it stored; toJSON");
    Product pen = products.create(ProductModel.builder()
        .name("Fountain pen")
        .category("office")
        .price(new BigDecimal("24.00"))
        .stock(40)
        .build()); // the id and timestamps are left out: filled in when stored
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
    print("name regexp '^[A-D]', category not in (kitchen)",
        products.findAll(where(NAME.regexp("^[A-D]")).and(CATEGORY.notIn("kitchen")).order(NAME.asc())));
    print("name like any of ('Desk%', '%mug')",
        products.findAll(where(NAME.likeAny(List.of("Desk%", "%mug"))).order(NAME.asc())));
    print("price > all of (10, 100)",
        products.findAll(where(PRICE.gtAll(List.of(new BigDecimal("10"), new BigDecimal("100")))).order(PRICE.asc())));

    section("Querying: attributes, only some columns (the others stay null)");
    for (Product p : products.findAll(Query.<Product>orderBy(PRICE.desc()).attributes(NAME, PRICE).limit(3))) {
      out.println("  " + p.name() + " " + p.price() + " (category " + p.category() + ")");
    }

    section("Querying: group and having, total stock per category");
    List<Row3<String, Long, Integer>> perCategory = products.select(CATEGORY, Fn.count(), Fn.sum(STOCK))
        .groupBy(CATEGORY).orderBy(Fn.sum(STOCK).desc(), CATEGORY.asc()).fetch();
    for (Row3<String, Long, Integer> row : perCategory) {
      out.printf("  %-12s %d product(s), stock %d%n", row.value1(), row.value2(), row.value3());
    }
    out.println("categories holding more than 50 in stock: " + products.select(CATEGORY).groupBy(CATEGORY)
        .having(Fn.sum(STOCK).gt(50)).orderBy(CATEGORY.asc()).fetch(Row1::value1));

    section("Querying: limits and pagination");
    print("page 2 of 3 by name", products.findAll(Query.<Product>orderBy(NAME.asc()).limit(3).offset(3)));

    section("Querying: utility methods count, max, min, sum");
    out.println("count " + products.count() + ", max price " + products.max(PRICE).orElseThrow() + ", min price "
        + products.min(PRICE).orElseThrow() + ", total stock " + products.sum(STOCK) + ", office stock "
        + products.sum(STOCK, CATEGORY.eq("office")));

    section("Querying: increment and decrement, computed by the database");
    Product mug = products.findBy(NAME, "Coffee mug").orElseThrow();
    out.println("mug stock " + mug.stock() + " -> " + products.increment(mug, STOCK.by(5)).stock());
    out.println("office products restocked by 10: " + products.increment(CATEGORY.eq("office"), STOCK.by(10)));

    section("Finders: findByPk, findOne, and findBy on the unique name");
    out.println("findByPk(" + pen.id() + "): " + products.findByPk(pen.id()).map(Product::name).orElse("none"));
    out.println("findByPk(999): " + products.findByPk(999L).map(Product::name).orElse("none"));
    out.println("findOne(name = 'Laptop'): " + products.findOne(NAME.eq("Laptop")).map(products::toJSON).orElse("none"));
    out.println("findBy(NAME, 'Headphones'): " + products.findBy(NAME, "Headphones").map(Product::price).orElseThrow());

    section("Finders: findOrCreate and findOrBuild");
    Created<Product> stapler = products.findOrCreate(NAME.eq("Stapler"),
        ProductModel.builder().category("office").price(new BigDecimal("7.50")).stock(30).build());
    out.println("findOrCreate(Stapler): created " + stapler.created() + ", " + products.toJSON(stapler.instance()));
    out.println("findOrCreate(Stapler) again: created " + products.findOrCreate(NAME.eq("Stapler")).created());
    Built<Product> eraser = products.findOrBuild(NAME.eq("Eraser"),
        ProductModel.builder().category("office").price(new BigDecimal("0.99")).stock(80).build());
    out.println("findOrBuild(Eraser): built " + eraser.built() + ", stored " + products.findBy(NAME, "Eraser").isPresent());

    section("Finders: findAndCountAll, one page and the total");
    RowsAndCount<Product> page = products.findAndCountAll(where(PRICE.lt(new BigDecimal("100"))).order(NAME.asc())
        .limit(2).offset(2));
    out.println(page.count() + " products under 100.00; page 2: " + page.rows().stream().map(Product::name).toList());
    out.println("count(): " + products.count() + ", count(stock = 0): " + products.count(STOCK.eq(0)));

    section("Associations: an order belongs to a product, a product has many orders");
    Repository<Order, Long> orders = db.repository(OrderModel.MODEL);
    out.println("orders, each with its product (2 statements: orders, then their products):");
    for (Order order : orders.findAll(orders.query().include(OrderModel.PRODUCT).order(OrderModel.ID.asc()))) {
      out.println("  " + order.customer() + ": " + order.quantity() + " x " + order.product().name());
    }
    out.println("products that have orders, each with its orders (required, as an inner join):");
    for (Product p : products.findAll(products.query()
        .include(ProductModel.ORDERS.required().order(OrderModel.CUSTOMER.asc())).order(NAME.asc()))) {
      out.println("  " + p.name() + " <- " + p.orders().stream().map(o -> o.customer() + " x" + o.quantity()).toList());
    }
    out.println("products with an order of 2 or more: " + products.findAll(products.query()
        .include(ProductModel.ORDERS.where(OrderModel.QUANTITY.gte(2))).order(NAME.asc()))
        .stream().map(Product::name).toList());
    RowsAndCount<Product> ordered = products.findAndCountAll(products.query()
        .include(ProductModel.ORDERS.required()).order(NAME.asc()).limit(1));
    out.println("findAndCountAll counts products, not orders: " + ordered.count() + ", first "
        + ordered.rows().get(0).name() + " with " + ordered.rows().get(0).orders().size() + " order(s)");
    Product newProduct = ProductModel.builder().name("Tea pot").category("kitchen").price(new BigDecimal("29.00"))
        .stock(8).build();
    Order teaPot = orders.create(OrderModel.builder().product(newProduct).customer("Lin").quantity(2).build(),
        OrderModel.PRODUCT);
    out.println("created with include: an order of a new product, " + teaPot.product().name() + " #"
        + teaPot.product().id() + ", its key in the order's productId: " + teaPot.productId().equals(teaPot.product().id()));
    orders.destroy(teaPot);
    products.destroy(teaPot.product());

    section("Upsert: insert or update by the unique name");
    Created<Product> upserted = products.upsert(ProductModel.builder().name("Stapler").category("office")
        .price(new BigDecimal("6.90")).stock(35).build(), NAME);
    out.println("upsert(Stapler): created " + upserted.created() + ", price " + upserted.instance().price());

    section("Transactions: all or nothing, with a row lock");
    Product sold = db.transaction(tx -> {
      Product laptop = products.findOne(where(NAME.eq("Laptop")).forUpdate()).orElseThrow();
      return products.decrement(laptop, STOCK.by(1));
    });
    out.println("sold a laptop, stock now " + sold.stock());
    try {
      db.useTransaction(tx -> {
        products.create(ProductModel.builder().name("Ghost").category("demo").price(new BigDecimal("1.00")).stock(1)
            .build());
        throw new IllegalStateException("payment refused");
      });
    } catch (IllegalStateException e) {
      out.println("rolled back (" + e.getMessage() + "): Ghost stored " + products.findBy(NAME, "Ghost").isPresent());
    }

    section("Raw SQL mapped into the model");
    print("select * from products where stock > ? order by stock desc limit 2",
        products.query("select * from products where stock > ? order by stock desc limit 2", 50));

    section("Large results: a stream through a cursor, 2 rows per round trip");
    try (Stream<Product> all = products.stream(Query.orderBy(ID.asc()), 2)) {
      out.println("streamed " + all.count() + " products");
    }

    section("Bulk update and destroy");
    out.println("restocked " + products.update(STOCK.eq(0), STOCK.set(10)) + " product(s)");
    out.println("destroyed the pen: " + products.destroy(cheaper) + ", the stapler: "
        + (products.destroy(NAME.eq("Stapler")) == 1));
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
