package test.bad;

import dev.sequor.Model;
import dev.sequor.RenamedFrom;
import dev.sequor.Transient;

@Model
public record TransientWithRenamedFrom(
    Long id,
    @Transient @RenamedFrom("title") String label) {}
