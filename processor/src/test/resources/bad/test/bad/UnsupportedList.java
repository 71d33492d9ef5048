package test.bad;

import dev.sequor.Model;
import java.time.Instant;
import java.util.List;

@Model
public record UnsupportedList(
    Long id,
    List<Instant> seenAt) {}
