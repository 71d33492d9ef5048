package dev.sequor.it;

import dev.sequor.BelongsTo;
import dev.sequor.Model;

/** A self-association: an employee's manager is an employee too (none for the head). */
@Model(underscored = true, timestamps = false)
public record Employee(Long id, String name, int salary, Long managerId, @BelongsTo Employee manager) {
  static Employee of(String name, int salary, Long managerId) {
    return new Employee(null, name, salary, managerId, null);
  }
}
