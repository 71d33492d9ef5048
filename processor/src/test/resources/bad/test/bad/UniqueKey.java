package test.bad;

import dev.sequor.Column;
import dev.sequor.Model;
import dev.sequor.PrimaryKey;

@Model
public record UniqueKey(
    @PrimaryKey @Column(unique = true) String code,
    String name) {}
