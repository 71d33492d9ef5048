package test.incremental;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Index;
import dev.sequor.Model;

/** A model with a default value and an attribute index, unrelated to the others. */
@Model(tableName = "labels", timestamps = false)
public record Tag(Long id, @Column(unique = true, length = 40) String label, @Index @DefaultValue("0") int weight) {}
