package test.bad;

import dev.sequor.Model;

@Model
public record GenericBox<T>(Long id, String label) {}
