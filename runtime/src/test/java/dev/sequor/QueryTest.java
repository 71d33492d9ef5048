package dev.sequor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class QueryTest {

  private static final ModelTable THINGS = new ModelTable("things");
  private static final ComparableAttribute<Object, Integer> RANK = new ComparableAttribute<>("thing", "rank",
      THINGS.column("rank", ColumnTypes.INTEGER), ColumnTypes.INTEGER, (o, i) -> null, 0);

  @Test
  void refiningAQueryLeavesTheOriginalUnchanged() {
    Query<Object> base = Query.where(RANK.gt(1));

    Query<Object> refined = base.and(RANK.lt(9)).order(RANK.asc()).limit(5).offset(10);

    assertEquals(List.of(), base.order());
    assertEquals(Optional.empty(), base.limit());
    assertEquals(Optional.empty(), base.offset());
    assertEquals(RANK.gt(1).condition(), base.condition());
    assertEquals(Optional.of(5), refined.limit());
    assertEquals(Optional.of(10), refined.offset());
    assertEquals(1, refined.order().size());
  }

  @Test
  void orderAddsKeysAfterThoseAlreadyGiven() {
    Query<Object> query = Query.orderBy(RANK.desc()).order(RANK.asc().nullsFirst());

    assertEquals(List.of(RANK.desc().sortField(), RANK.asc().nullsFirst().sortField()),
        query.order().stream().map(Order::sortField).toList());
  }

  @Test
  void aQueryWithoutWhereHasNoCondition() {
    assertTrue(Query.all().where().isEmpty());
    assertEquals(DSL.noCondition(), Query.all().condition());
  }

  @Test
  void aNegativeLimitOrOffsetIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Query.all().limit(-1));
    assertThrows(IllegalArgumentException.class, () -> Query.all().offset(-1));
  }
}
