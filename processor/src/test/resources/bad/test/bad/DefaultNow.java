package test.bad;

import dev.sequor.DefaultValue;
import dev.sequor.Model;
import java.time.Instant;

@Model
public record DefaultNow(
    Long id,
    @DefaultValue("NOW()") Instant publishedAt) {}
