package test.bad;

import dev.sequor.Model;
import java.util.List;

@Model
public record NestedArray(
    Long id,
    List<String[]> groups) {}
