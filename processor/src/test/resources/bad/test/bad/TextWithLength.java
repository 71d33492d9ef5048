package test.bad;

import dev.sequor.Column;
import dev.sequor.Model;

@Model
public record TextWithLength(
    Long id,
    @Column(text = true, length = 40) String body) {}
