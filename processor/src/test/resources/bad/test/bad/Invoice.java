package test.bad;

import dev.sequor.Model;

@Model(modelName = "invoice")
public record Invoice(Long id) {}
