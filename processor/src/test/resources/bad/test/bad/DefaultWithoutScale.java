package test.bad;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Model;
import java.math.BigDecimal;

@Model
public record DefaultWithoutScale(
    Long id,
    @Column(precision = 4) @DefaultValue("2.5") BigDecimal weight) {}
