package test.bad;

import dev.sequor.Column;
import dev.sequor.Model;

@Model
public record EmptyColumnName(
    Long id,
    @Column(name = "") String name) {}
