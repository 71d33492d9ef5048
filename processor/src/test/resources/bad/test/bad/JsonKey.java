package test.bad;

import dev.sequor.Json;
import dev.sequor.Model;
import dev.sequor.PrimaryKey;

@Model
public record JsonKey(
    @PrimaryKey Json key,
    String name) {}
