package test.clash;

import dev.sequor.Model;

/** Named like java.time.Instant, the Java type of its hidden timestamp columns. */
@Model
public record Instant(Long id, java.time.Instant seenAt) {}
