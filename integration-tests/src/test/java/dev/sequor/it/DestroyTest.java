package dev.sequor.it;

import static dev.sequor.it.ItemModel.QUANTITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.ValidationException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SequorTest(migrate = false)
class DestroyTest {

  private final Repository<Item, Long> items;
  private List<Item> stored;

  DestroyTest(Sequor db) {
    this.items = db.repository(ItemModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, ItemModel.MODEL);
  }

  @BeforeEach
  void seed() {
    stored = items.bulkCreate(List.of(Item.of("a", "a", 1), Item.of("b", "b", 2), Item.of("c", "c", 3),
        Item.of("d", "d", null)));
  }

  @Test
  void destroyOfAnInstanceDeletesItsRowAndReturnsTrue() {
    assertTrue(items.destroy(stored.get(1)));

    assertTrue(items.findByPk(stored.get(1).id()).isEmpty());
    assertEquals(3, items.count());
  }

  @Test
  void destroyOfAnInstanceAlreadyGoneReturnsFalse() {
    items.destroy(stored.get(1));

    assertFalse(items.destroy(stored.get(1)));
    assertEquals(3, items.count());
  }

  @Test
  void destroyOfAnInstanceNeverStoredIsRefusedBeforeAnySql(StatementLog statements) {
    statements.clear();

    assertThrows(ValidationException.class, () -> items.destroy(Item.of("x", "x", 1)));

    assertEquals(0, statements.count());
  }

  @Test
  void destroyWithACriterionReturnsTheNumberOfRowsDeleted() {
    assertEquals(2, items.destroy(QUANTITY.lte(2)));

    assertEquals(List.of("c", "d"), items.findAll().stream().map(Item::code).sorted().toList());
  }

  @Test
  void destroyWithACriterionMatchingNothingReturnsZero() {
    assertEquals(0, items.destroy(QUANTITY.gt(100)));
    assertEquals(4, items.count());
  }
}
