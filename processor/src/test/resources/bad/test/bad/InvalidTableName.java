package test.bad;

import dev.sequor.Model;

@Model(
    tableName = "my table",
    underscored = true)
public record InvalidTableName(Long id) {}
