package test.bad;

import dev.sequor.Column;
import dev.sequor.Model;

@Model
public record TextOnInteger(
    Long id,
    @Column(text = true) Integer count) {}
