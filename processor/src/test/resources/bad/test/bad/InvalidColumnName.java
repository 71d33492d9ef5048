package test.bad;

import dev.sequor.Column;
import dev.sequor.Model;

@Model
public record InvalidColumnName(
    Long id,
    @Column(name = "1st") String first) {}
