package test.bad;

import dev.sequor.Model;

@Model
public record PrimitiveArray(
    Long id,
    int[] scores) {}
