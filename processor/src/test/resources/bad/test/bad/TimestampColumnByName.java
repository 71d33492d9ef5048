package test.bad;

import dev.sequor.Column;
import dev.sequor.Model;

@Model
public record TimestampColumnByName(
    Long id,
    @Column(name = "updatedAt") String lastChange) {}
