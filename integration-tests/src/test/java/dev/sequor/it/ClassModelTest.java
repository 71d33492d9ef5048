package dev.sequor.it;

import static dev.sequor.it.NoteModel.PINNED;
import static dev.sequor.it.NoteModel.PRIORITY;
import static dev.sequor.it.NoteModel.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.jooq.Record2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A class model (no-arg constructor, getters and setters) whose timestamps are hidden columns. */
@SequorTest(migrate = false)
class ClassModelTest {

  private static final Instant LONG_AGO = Instant.parse("2001-02-03T04:05:06Z");

  private final Sequor db;
  private final Repository<Note, Long> notes;

  ClassModelTest(Sequor db) {
    this.db = db;
    this.notes = db.repository(NoteModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, NoteModel.MODEL);
  }

  private Record2<Instant, Instant> timestamps(long id) {
    return db.dsl().select(NoteModel.CREATED_AT.field(), NoteModel.UPDATED_AT.field()).from(NoteModel.MODEL.table())
        .where(NoteModel.ID.field().eq(id)).fetchSingle();
  }

  private void backdate(long id) {
    db.dsl().update(NoteModel.MODEL.table()).set(NoteModel.CREATED_AT.field(), LONG_AGO).set(NoteModel.UPDATED_AT.field(), LONG_AGO)
        .where(NoteModel.ID.field().eq(id)).execute();
  }

  @Test
  void createReturnsANewInstanceAndLeavesTheOneGivenUntouched() {
    Note given = new Note("Groceries", "milk", 2, true);
    given.setDraft("unsaved");

    Note created = notes.create(given);

    assertNull(given.getId());
    assertEquals("unsaved", given.getDraft());
    assertNotNull(created.getId());
    assertEquals("Groceries", created.getTitle());
    assertEquals("milk", created.getBody());
    assertEquals(2, created.getPriority());
    assertTrue(created.isPinned());
    assertEquals(created, notes.findByPk(created.getId()).orElseThrow());
  }

  @Test
  void aJavaTransientFieldIsNotStored() {
    Note given = new Note("Groceries", null, 0, false);
    given.setDraft("unsaved");

    assertNull(notes.create(given).getDraft());
    assertTrue(NoteModel.MODEL.attribute("draft").isEmpty());
  }

  @Test
  void hiddenTimestampsAreFilledOnCreate() {
    Note created = notes.create(new Note("Groceries", null, 0, false));

    Record2<Instant, Instant> stamps = timestamps(created.getId());
    assertNotNull(stamps.value1());
    assertEquals(stamps.value1(), stamps.value2());
  }

  @Test
  void hiddenTimestampsAreNotAttributes() {
    assertEquals(List.of("id", "title", "body", "priority", "pinned"),
        NoteModel.MODEL.attributes().stream().map(a -> a.name()).toList());
    assertEquals("{\"id\":null,\"title\":\"t\",\"body\":null,\"priority\":1,\"pinned\":false}",
        notes.toJSON(new Note("t", null, 1, false)));
  }

  @Test
  void instanceUpdateBumpsTheHiddenUpdatedAtAndKeepsCreatedAt() {
    Note created = notes.create(new Note("Groceries", null, 0, false));
    backdate(created.getId());

    Note updated = notes.update(created, TITLE.set("Shopping"), PINNED.set(true));

    assertEquals("Shopping", updated.getTitle());
    assertTrue(updated.isPinned());
    assertEquals("Groceries", created.getTitle());
    assertFalse(created.isPinned());
    Record2<Instant, Instant> stamps = timestamps(created.getId());
    assertEquals(LONG_AGO, stamps.value1());
    assertTrue(stamps.value2().isAfter(LONG_AGO), stamps.value2().toString());
  }

  @Test
  void bulkUpdateBumpsTheHiddenUpdatedAt() {
    Note low = notes.create(new Note("low", null, 1, false));
    Note high = notes.create(new Note("high", null, 9, false));
    backdate(low.getId());
    backdate(high.getId());

    assertEquals(1, notes.update(PRIORITY.gt(5), PINNED.set(true)));

    assertTrue(timestamps(high.getId()).value2().isAfter(LONG_AGO));
    assertEquals(LONG_AGO, timestamps(low.getId()).value2());
    assertTrue(notes.findByPk(high.getId()).orElseThrow().isPinned());
    assertFalse(notes.findByPk(low.getId()).orElseThrow().isPinned());
  }

  @Test
  void bulkCreateFillsHiddenTimestampsOfEveryRow() {
    List<Note> created = notes.bulkCreate(List.of(new Note("a", null, 1, false), new Note("b", null, 2, true)));

    for (Note note : created) {
      Record2<Instant, Instant> stamps = timestamps(note.getId());
      assertNotNull(stamps.value1());
      assertEquals(stamps.value1(), stamps.value2());
    }
  }
}
