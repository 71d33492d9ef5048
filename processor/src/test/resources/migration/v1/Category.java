package test.migration;

import dev.sequor.Column;
import dev.sequor.Model;

@Model(modelName = "category", underscored = true)
public record Category(
    Long id,
    @Column(allowNull = false, unique = true, length = 60) String name) {}
