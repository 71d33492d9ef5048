package dev.sequor.it;

import dev.sequor.Model;
import dev.sequor.PrimaryKey;
import java.time.OffsetDateTime;

/** A composite primary key, with timestamps declared as {@code OffsetDateTime}. */
@Model
public record Enrollment(
    @PrimaryKey Long studentId,
    @PrimaryKey String course,
    Integer grade,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  public static Enrollment of(long studentId, String course, Integer grade) {
    return new Enrollment(studentId, course, grade, null, null);
  }
}
