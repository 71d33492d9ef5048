package test.migration;

import dev.sequor.Column;
import dev.sequor.Index;
import dev.sequor.Model;
import java.math.BigDecimal;
import java.util.List;

@Model(timestamps = false)
public record Article(
    Long id,
    @Column(length = 40) String[] tags,
    List<Long> scores,
    @Index Long[] refs,
    @Column(precision = 6, scale = 2) BigDecimal[] weights) {}
