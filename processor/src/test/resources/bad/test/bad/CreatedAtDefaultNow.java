package test.bad;

import dev.sequor.DefaultValue;
import dev.sequor.Model;
import java.time.Instant;

@Model
public record CreatedAtDefaultNow(
    Long id,
    @DefaultValue("CURRENT_TIMESTAMP") Instant createdAt) {}
