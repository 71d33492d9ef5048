package shop;

import dev.sequor.Column;
import dev.sequor.Model;
import java.time.Instant;

/** v2: a new model. */
@Model(modelName = "category", underscored = true)
public record Category(
    Long id,
    @Column(allowNull = false, unique = true) String name,
    Instant createdAt,
    Instant updatedAt) {}
