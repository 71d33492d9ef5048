package test.bad;

import dev.sequor.Column;
import dev.sequor.Model;

@Model
public record LengthOnInteger(
    Long id,
    @Column(length = 10) Integer count) {}
