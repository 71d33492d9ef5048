package dev.sequor.it;

import dev.sequor.Column;
import dev.sequor.Model;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Arrays of the other supported element types. */
@Model(timestamps = false)
public record Measurement(
    Long id,
    Short[] levels,
    Boolean[] flags,
    List<Double> readings,
    @Column(precision = 6, scale = 2) BigDecimal[] amounts,
    List<UUID> refs) {}
