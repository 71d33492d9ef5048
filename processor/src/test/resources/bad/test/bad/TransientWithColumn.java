package test.bad;

import dev.sequor.Column;
import dev.sequor.Model;
import dev.sequor.Transient;

@Model
public record TransientWithColumn(
    Long id,
    @Transient @Column(unique = true) String label) {}
