package dev.sequor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.testsupport.Things;
import dev.sequor.testsupport.Things.Thing;
import java.util.List;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class QueryTest {

  private static final NumberAttribute<Thing, Integer> RANK = Things.PRICE;
  private static final StringAttribute<Thing> LABEL = Things.NAME;
  private static final ComparableAttribute<Thing, Things.Size> NOTE = Things.SIZE;
  private static final List<Attribute<Thing, ?>> ALL = List.of(RANK, LABEL, NOTE);

  @Test
  void refiningAQueryLeavesTheOriginalUnchanged() {
    Query<Thing> base = Query.where(RANK.gt(1));

    Query<Thing> refined = base.and(RANK.lt(9)).order(RANK.asc()).limit(5).offset(10);

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
    Query<Thing> query = Query.orderBy(RANK.desc()).order(RANK.asc().nullsFirst());

    assertEquals(List.of(RANK.desc().sortField(), RANK.asc().nullsFirst().sortField()),
        query.order().stream().map(Order::sortField).toList());
  }

  @Test
  void aQueryWithoutWhereHasNoCondition() {
    assertTrue(Query.<Thing>all().where().isEmpty());
    assertEquals(DSL.noCondition(), Query.<Thing>all().condition());
  }

  @Test
  void aNegativeLimitOrOffsetIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Query.<Thing>all().limit(-1));
    assertThrows(IllegalArgumentException.class, () -> Query.<Thing>all().offset(-1));
  }

  @Test
  void attributesSelectASubsetInColumnOrder() {
    assertEquals(List.of(RANK, NOTE), Query.<Thing>all().attributes(NOTE, RANK).selected(ALL));
    assertEquals(List.of(LABEL), Query.<Thing>all().exclude(RANK, NOTE).selected(ALL));
    assertEquals(ALL, Query.<Thing>all().selected(ALL));
    assertEquals(ALL, Query.<Thing>all().exclude().selected(ALL), "excluding nothing selects everything");
  }

  @Test
  void lockOptionsTakeForUpdateWhenNoLevelIsGiven() {
    assertEquals(Optional.empty(), Query.<Thing>all().lock());
    assertEquals(Optional.of(Lock.UPDATE), Query.<Thing>all().forUpdate().lock());
    assertEquals(Optional.of(Lock.UPDATE), Query.<Thing>all().skipLocked().lock());
    assertEquals(Lock.Wait.SKIP_LOCKED, Query.<Thing>all().skipLocked().lockWait());
    assertEquals(Optional.of(Lock.SHARE), Query.<Thing>all().lock(Lock.SHARE).noWait().lock());
    assertEquals(Lock.Wait.NOWAIT, Query.<Thing>all().lock(Lock.SHARE).noWait().lockWait());
    assertEquals(Lock.Wait.WAIT, Query.<Thing>all().forUpdate().lockWait());
  }

  @Test
  void theCountQueryKeepsOnlyTheWhere() {
    Query<Thing> page = Query.where(RANK.gt(1)).order(RANK.desc()).limit(20).offset(40).attributes(RANK).forUpdate();

    Query<Thing> count = page.forCount();

    assertEquals(page.condition(), count.condition());
    assertEquals(List.of(), count.order());
    assertEquals(Optional.empty(), count.limit());
    assertEquals(Optional.empty(), count.offset());
    assertEquals(Optional.empty(), count.lock());
    assertEquals(ALL, count.selected(ALL));
  }
}
