package test.bad;

import dev.sequor.Model;
import dev.sequor.PrimaryKey;

@Model
public record ArrayKey(
    @PrimaryKey(autoIncrement = true) Long[] ids,
    String name) {}
