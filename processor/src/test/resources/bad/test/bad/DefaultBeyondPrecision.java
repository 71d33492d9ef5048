package test.bad;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Model;
import java.math.BigDecimal;

@Model
public record DefaultBeyondPrecision(
    Long id,
    @Column(precision = 5, scale = 2) @DefaultValue("1234.5") BigDecimal price) {}
