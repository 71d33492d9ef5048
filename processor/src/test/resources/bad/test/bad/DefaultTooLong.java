package test.bad;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Model;

@Model
public record DefaultTooLong(
    Long id,
    @Column(length = 3) @DefaultValue("EURO") String currency) {}
