package test.bad;

import dev.sequor.Column;
import dev.sequor.Model;
import java.math.BigDecimal;

@Model
public record PrecisionTooLarge(
    Long id,
    @Column(precision = 1001) BigDecimal amount) {}
