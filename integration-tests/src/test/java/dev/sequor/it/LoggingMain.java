package dev.sequor.it;

import dev.sequor.Query;
import dev.sequor.Sequor;
import dev.sequor.UniqueConstraintException;
import java.util.stream.Stream;

/**
 * Runs the same statements on two {@code Sequor}s of a schema, without and with {@code logBindValues}, for
 * {@link LoggingTest}, which starts it with {@code dev.sequor.sql} at DEBUG and reads what it logged. Prints a
 * {@code == <section>} line before each part.
 */
public final class LoggingMain {

  private LoggingMain() {}

  public static void main(String[] args) {
    String url = args[0];
    try (Sequor plain = Sequor.builder().url(url).poolSize(1).build();
        Sequor verbose = Sequor.builder().url(url).poolSize(1).logBindValues(true).build()) {
      section("default");
      statements(plain, "private-1");
      section("logBindValues");
      statements(verbose, "private-2");
      section("end");
    }
  }

  private static void statements(Sequor db, String code) {
    var items = db.repository(ItemModel.MODEL);
    items.create(Item.of(code, "Ada Lovelace", 42));
    items.findByPk(42L);
    try {
      items.create(Item.of(code, "twice", 1));
    } catch (UniqueConstraintException expected) {
      // logged as failed
    }
    try (Stream<Item> rows = items.stream(Query.where(ItemModel.QUANTITY.eq(42)))) {
      rows.forEach(row -> { });
    }
  }

  private static void section(String name) {
    System.out.println("== " + name);
  }
}
