package test.bad;

import dev.sequor.Model;

@Model(
    tableName = "",
    underscored = true)
public record EmptyTableName(Long id) {}
