package test.bad;

import dev.sequor.Column;
import dev.sequor.Model;

@Model
public record ExplicitColumnClash(
    Long id,
    @Column(name = "label") String title,
    String label) {}
