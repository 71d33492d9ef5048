package test.clash;

import dev.sequor.Model;

/** Attributes whose constants would be named like the generated TABLE and MODEL constants. */
@Model(timestamps = false)
public record Reserved(Long id, String table, String model, String rs) {}
