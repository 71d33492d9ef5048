package test.bad;

import dev.sequor.Column;
import dev.sequor.Model;

@Model
public record AllowNullOnPrimitive(
    Long id,
    @Column(allowNull = true) int stock) {}
