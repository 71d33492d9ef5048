package test.bad;

import dev.sequor.DefaultValue;
import dev.sequor.Model;
import java.time.Instant;

@Model
public record UpdatedAtDefault(
    Long id,
    @DefaultValue("2026-01-01T00:00:00Z") Instant updatedAt) {}
