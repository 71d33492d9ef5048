package test.bad;

import dev.sequor.Model;
import dev.sequor.RenamedFrom;

@Model
public record RenamedFromItself(
    Long id,
    @RenamedFrom("name") String name) {}
