package test.bad;

import dev.sequor.Column;
import dev.sequor.Model;
import java.math.BigDecimal;

@Model
public record ScaleExceedsPrecision(
    Long id,
    @Column(precision = 4, scale = 6) BigDecimal amount) {}
