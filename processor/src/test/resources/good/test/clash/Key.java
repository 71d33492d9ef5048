package test.clash;

import dev.sequor.Model;
import dev.sequor.PrimaryKey;

/** A composite key model named like the generated nested record KeyModel.Key. */
@Model
public record Key(@PrimaryKey Long a, @PrimaryKey Long b) {}
