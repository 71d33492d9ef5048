package test.migration;

import dev.sequor.Column;
import dev.sequor.Model;
import dev.sequor.RenamedFrom;

@Model(modelName = "category", underscored = true)
public record Category(
    Long id,
    @RenamedFrom("name") @Column(allowNull = false, unique = true, length = 60) String title) {}
