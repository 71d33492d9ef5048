package dev.sequor.it;

import dev.sequor.Query;
import dev.sequor.Repository;
import dev.sequor.Sequor;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every {@code items} row of a schema in a small heap, for {@link StreamTest}: {@code stream} counts the
 * rows and sums a checksum as they pass, {@code findAll} loads them all at once. Prints
 * {@code rows=<n> checksum=<sum>}, or {@code OutOfMemoryError} and exits with 3.
 */
public final class StreamMain {

  private StreamMain() {}

  public static void main(String[] args) {
    String url = args[0];
    String mode = args[1];
    try (Sequor db = Sequor.builder().url(url).poolSize(1).build()) {
      Repository<Item, Long> items = db.repository(ItemModel.MODEL);
      long[] totals = new long[2];
      if (mode.equals("stream")) {
        try (Stream<Item> rows = items.stream(Query.all(), 500)) {
          rows.forEach(item -> add(totals, item));
        }
      } else {
        List<Item> rows = items.findAll();
        rows.forEach(item -> add(totals, item));
      }
      System.out.println("rows=" + totals[0] + " checksum=" + totals[1]);
    } catch (OutOfMemoryError e) {
      System.out.println("OutOfMemoryError");
      System.exit(3);
    }
  }

  private static void add(long[] totals, Item item) {
    totals[0]++;
    totals[1] += item.quantity() + item.name().length();
  }
}
