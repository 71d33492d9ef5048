package test.bad;

import dev.sequor.Column;
import dev.sequor.Model;

@Model
public record AllowNullOnKey(
    @Column(allowNull = true) Long id,
    String name) {}
