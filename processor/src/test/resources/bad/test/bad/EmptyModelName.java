package test.bad;

import dev.sequor.Model;

@Model(
    modelName = "",
    underscored = true)
public record EmptyModelName(Long id) {}
