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
  private static final StringAttribute<Object> LABEL = new StringAttribute<>("thing", "label",
      THINGS.column("label", ColumnTypes.STRING), ColumnTypes.STRING, (o, i) -> null, 1);
  private static final StringAttribute<Object> NOTE = new StringAttribute<>("thing", "note",
      THINGS.column("note", ColumnTypes.STRING), ColumnTypes.STRING, (o, i) -> null, 2);
  private static final List<Attribute<Object, ?>> ALL = List.of(RANK, LABEL, NOTE);

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

  @Test
  void attributesSelectASubsetInColumnOrder() {
    assertEquals(List.of(RANK, NOTE), Query.all().attributes(NOTE, RANK).selected(ALL));
    assertEquals(List.of(LABEL), Query.all().exclude(RANK, NOTE).selected(ALL));
    assertEquals(ALL, Query.all().selected(ALL));
    assertEquals(ALL, Query.all().exclude().selected(ALL), "excluding nothing selects everything");
  }

  @Test
  void lockOptionsTakeForUpdateWhenNoLevelIsGiven() {
    assertEquals(Optional.empty(), Query.all().lock());
    assertEquals(Optional.of(Lock.UPDATE), Query.all().forUpdate().lock());
    assertEquals(Optional.of(Lock.UPDATE), Query.all().skipLocked().lock());
    assertEquals(Lock.Wait.SKIP_LOCKED, Query.all().skipLocked().lockWait());
    assertEquals(Optional.of(Lock.SHARE), Query.all().lock(Lock.SHARE).noWait().lock());
    assertEquals(Lock.Wait.NOWAIT, Query.all().lock(Lock.SHARE).noWait().lockWait());
    assertEquals(Lock.Wait.WAIT, Query.all().forUpdate().lockWait());
  }

  @Test
  void theCountQueryKeepsOnlyTheWhere() {
    Query<Object> page = Query.where(RANK.gt(1)).order(RANK.desc()).limit(20).offset(40).attributes(RANK).forUpdate();

    Query<Object> count = page.forCount();

    assertEquals(page.condition(), count.condition());
    assertEquals(List.of(), count.order());
    assertEquals(Optional.empty(), count.limit());
    assertEquals(Optional.empty(), count.offset());
    assertEquals(Optional.empty(), count.lock());
    assertEquals(ALL, count.selected(ALL));
  }
}
