package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code findBy(attribute, value)}: the finder of a unique attribute's row. */
@SequorTest(migrate = false, truncate = false)
class FindByTest {

  private final Sequor db;
  private final Repository<Item, Long> items;

  FindByTest(Sequor db) {
    this.db = db;
    this.items = db.repository(ItemModel.MODEL);
  }

  @BeforeAll
  static void seed(TestDatabase database) {
    TestTables.create(database, ItemModel.MODEL, PostModel.MODEL);
    database.sequor().repository(ItemModel.MODEL).bulkCreate(List.of(
        Item.of("p1", "pen", 3),
        Item.of("p2", "paper", 5)));
    database.sequor().repository(PostModel.MODEL).create(Post.of("hello", new String[] {"x"}, null, null));
  }

  @Test
  void findByAUniqueAttribute_findsItsRow() {
    Item pen = items.findBy(ItemModel.CODE, "p1").orElseThrow();

    assertEquals("pen", pen.name());
    assertArrayEquals(new String[] {"x"}, db.repository(PostModel.MODEL).findBy(PostModel.SLUG, "hello").orElseThrow().tags());
  }

  @Test
  void findByAnAbsentValue_isEmpty() {
    assertEquals(Optional.empty(), items.findBy(ItemModel.CODE, "p9"));
  }

  @Test
  void findByNull_isEmpty_withoutAQuery(StatementLog log) {
    assertEquals(Optional.empty(), items.findBy(ItemModel.CODE, null));
    assertTrue(log.all().isEmpty(), log.all().toString());
  }
}
