package test.bad;

import dev.sequor.Index;
import dev.sequor.Model;

@Model
@Index(unique = true)
public record IndexWithoutAttributes(Long id, String name) {}
