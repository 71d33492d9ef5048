package dev.sequor.benchmarks;

import dev.sequor.Column;
import dev.sequor.HasMany;
import dev.sequor.Model;
import java.util.List;

/**
 * W9's parent: table {@code parents}, created from the SQL the processor generates for it. Its {@link #children}
 * are loaded only when a find includes them ({@code null} otherwise).
 */
@Model(modelName = "parent", underscored = true, timestamps = false)
public record Parent(Long id, @Column(allowNull = false) String name, int score, @HasMany List<Child> children) {}
