package test.models;

import dev.sequor.Model;
import dev.sequor.PrimaryKey;
import dev.sequor.Transient;
import java.time.LocalDate;

/** A composite key, a transient record component and timestamps the record does not declare. */
@Model(underscored = true)
public record Enrollment(
    @PrimaryKey Long studentId,
    @PrimaryKey Integer courseId,
    LocalDate enrolledOn,
    @Transient String note) {}
