package dev.sequor.it;

import static dev.sequor.it.EnrollmentModel.COURSE;
import static dev.sequor.it.EnrollmentModel.GRADE;
import static dev.sequor.it.EnrollmentModel.STUDENT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.Repository;
import dev.sequor.Sequor;
import dev.sequor.UniqueConstraintException;
import dev.sequor.ValidationException;
import dev.sequor.testing.SequorTest;
import dev.sequor.testing.StatementLog;
import dev.sequor.testing.TestDatabase;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SequorTest(migrate = false)
class CompositeKeyTest {

  private final Repository<Enrollment, EnrollmentModel.Key> enrollments;

  CompositeKeyTest(Sequor db) {
    this.enrollments = db.repository(EnrollmentModel.MODEL);
  }

  @BeforeAll
  static void createTables(TestDatabase database) {
    TestTables.create(database, EnrollmentModel.MODEL);
  }

  @Test
  void findByPkTakesEveryPartOfTheKey() {
    Enrollment math = enrollments.create(Enrollment.of(1, "math", 90));
    enrollments.create(Enrollment.of(1, "art", 70));
    enrollments.create(Enrollment.of(2, "math", 50));

    assertEquals(Optional.of(math), enrollments.findByPk(new EnrollmentModel.Key(1L, "math")));
    assertEquals(Optional.empty(), enrollments.findByPk(new EnrollmentModel.Key(2L, "art")));
  }

  @Test
  void createFillsOffsetDateTimeTimestampsInUtc() {
    Enrollment created = enrollments.create(Enrollment.of(1, "math", 90));

    assertEquals(ZoneOffset.UTC, created.createdAt().getOffset());
    assertEquals(created.createdAt(), created.updatedAt());
    assertEquals(created, enrollments.findByPk(new EnrollmentModel.Key(1L, "math")).orElseThrow());
  }

  @Test
  void createRefusesADuplicateKey() {
    enrollments.create(Enrollment.of(1, "math", 90));

    UniqueConstraintException e = assertThrows(UniqueConstraintException.class,
        () -> enrollments.create(Enrollment.of(1, "math", 10)));

    assertEquals("Enrollment", e.model());
    assertEquals(90, enrollments.findByPk(new EnrollmentModel.Key(1L, "math")).orElseThrow().grade());
  }

  @Test
  void createRefusesANullKeyPartBeforeAnySql(StatementLog statements) {
    statements.clear();

    ValidationException e = assertThrows(ValidationException.class,
        () -> enrollments.create(new Enrollment(1L, null, 90, null, null)));

    assertEquals("course", e.attribute());
    assertEquals(0, statements.count());
  }

  @Test
  void instanceUpdateChangesOnlyTheRowWithTheWholeKey() {
    Enrollment math = enrollments.create(Enrollment.of(1, "math", 90));
    Enrollment art = enrollments.create(Enrollment.of(1, "art", 70));
    Enrollment other = enrollments.create(Enrollment.of(2, "math", 50));

    Enrollment updated = enrollments.update(math, GRADE.set(95));

    assertEquals(95, updated.grade());
    assertEquals(Optional.of(updated), enrollments.findByPk(new EnrollmentModel.Key(1L, "math")));
    assertEquals(Optional.of(art), enrollments.findByPk(new EnrollmentModel.Key(1L, "art")));
    assertEquals(Optional.of(other), enrollments.findByPk(new EnrollmentModel.Key(2L, "math")));
  }

  @Test
  void instanceUpdateCanChangePartOfTheKey() {
    Enrollment math = enrollments.create(Enrollment.of(1, "math", 90));

    Enrollment moved = enrollments.update(math, COURSE.set("physics"));

    assertEquals("physics", moved.course());
    assertTrue(enrollments.findByPk(new EnrollmentModel.Key(1L, "math")).isEmpty());
    assertEquals(Optional.of(moved), enrollments.findByPk(new EnrollmentModel.Key(1L, "physics")));
  }

  @Test
  void destroyOfAnInstanceDeletesOnlyTheRowWithTheWholeKey() {
    Enrollment math = enrollments.create(Enrollment.of(1, "math", 90));
    enrollments.create(Enrollment.of(1, "art", 70));
    enrollments.create(Enrollment.of(2, "math", 50));

    assertTrue(enrollments.destroy(math));
    assertFalse(enrollments.destroy(math));

    assertEquals(2, enrollments.count());
    assertEquals(1, enrollments.count(STUDENT_ID.eq(1L)));
  }
}
