package test.bad;

import dev.sequor.Column;
import dev.sequor.Model;
import java.math.BigDecimal;

@Model
public record ScaleWithoutPrecision(
    Long id,
    @Column(scale = 2) BigDecimal price) {}
