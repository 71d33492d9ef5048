package test.clash;

import dev.sequor.Model;

/** Named like javax.annotation.processing.Generated, which marks the generated class. */
@Model
public record Generated(Long id, java.time.Instant instant) {}
