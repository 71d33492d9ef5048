package test.bad;

import dev.sequor.Model;
import java.util.List;

@Model
public record UnsupportedList(
    Long id,
    List<String> tags) {}
