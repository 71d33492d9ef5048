package test.bad;

import dev.sequor.Model;
import dev.sequor.RenamedFrom;

@Model
@RenamedFrom("old things")
public record RenamedFromInvalid(Long id) {}
