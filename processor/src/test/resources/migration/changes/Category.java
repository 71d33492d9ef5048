package test.migration;

import dev.sequor.Column;
import dev.sequor.Model;

@Model(modelName = "category", underscored = true)
public record Category(
    Integer id,
    @Column(allowNull = false, length = 60) String name) {}
