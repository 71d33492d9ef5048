package dev.sequor.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Sequor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The generated {@code findBy<Attribute>} finders of unique attributes. */
@ExtendWith(PostgresExtension.class)
class FindByTest {

  private final Sequor db;
  private final ItemModel.ItemRepository items;

  FindByTest(Sequor db) {
    this.db = db;
    this.items = ItemModel.repository(db);
  }

  @BeforeAll
  static void seed(TestDatabase database) {
    database.createTables(ItemModel.MODEL, PostModel.MODEL);
    ItemModel.repository(database.sequor()).bulkCreate(List.of(
        Item.of("p1", "pen", 3),
        Item.of("p2", "paper", 5)));
    PostModel.repository(database.sequor()).create(Post.of("hello", new String[] {"x"}, null, null));
  }

  @Test
  void findByAUniqueAttribute_findsItsRow() {
    Item pen = items.findByCode("p1").orElseThrow();

    assertEquals("pen", pen.name());
    assertEquals(pen, items.findByPk(pen.id()).orElseThrow()); // the rest of the repository is forwarded
    assertArrayEquals(new String[] {"x"}, PostModel.repository(db).findBySlug("hello").orElseThrow().tags());
  }

  @Test
  void findByAnAbsentValue_isEmpty() {
    assertEquals(Optional.empty(), items.findByCode("p9"));
  }

  @Test
  void findByNull_isEmpty_withoutAQuery(StatementLog log) {
    assertEquals(Optional.empty(), items.findByCode(null));
    assertTrue(log.all().isEmpty(), log.all().toString());
  }
}
