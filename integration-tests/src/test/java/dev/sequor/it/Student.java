package dev.sequor.it;

import dev.sequor.HasMany;
import dev.sequor.Model;
import java.util.List;

/** A hasMany whose target, {@link Enrollment}, has a composite key. */
@Model
public record Student(Long id, String name, @HasMany List<Enrollment> enrollments) {}
