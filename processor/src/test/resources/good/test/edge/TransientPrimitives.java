package test.edge;

import dev.sequor.Model;
import dev.sequor.Transient;

/** The row mapper passes each transient component its Java default, which must fit the parameter's type. */
@Model(timestamps = false)
public record TransientPrimitives(
    Long id,
    @Transient boolean flag,
    @Transient byte small,
    @Transient short medium,
    @Transient char letter,
    @Transient int number,
    @Transient long large,
    @Transient float ratio,
    @Transient double precise,
    @Transient Object reference) {}
