package test.clash;

import dev.sequor.Model;

/** Named like org.jooq.Record, which the generated code also uses. */
@Model
public record Record(Long id, String name) {}
