package shop;

import dev.sequor.Model;

@Model(modelName = "tag", underscored = true, timestamps = false)
public record Tag(Long id, String label, Integer weight) {}
