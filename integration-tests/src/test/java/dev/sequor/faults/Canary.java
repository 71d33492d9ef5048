package dev.sequor.faults;

import dev.sequor.Model;

/** A table no statement of the corpus scenario may touch: its rows must be there, unchanged, after the run. */
@Model(tableName = "canaries", timestamps = false)
public record Canary(Long id, String note) {}
