package test.bad;

import dev.sequor.Model;
import dev.sequor.PrimaryKey;

@Model
public record AutoIncrementString(
    @PrimaryKey(autoIncrement = true) String code,
    String name) {}
