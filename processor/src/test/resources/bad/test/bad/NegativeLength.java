package test.bad;

import dev.sequor.Column;
import dev.sequor.Model;

@Model
public record NegativeLength(
    Long id,
    @Column(length = -1) String code) {}
