package test.edge;

import dev.sequor.Model;

/** Color does not exist yet in the first round: another processor generates it. */
@Model(timestamps = false)
public record Paint(Long id, Color color) {}
