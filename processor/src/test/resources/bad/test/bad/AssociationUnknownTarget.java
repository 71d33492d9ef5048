package test.bad;

import dev.sequor.BelongsTo;
import dev.sequor.Model;

@Model
public record AssociationUnknownTarget(
    Long id,
    Long ownerId,
    @BelongsTo Missing owner) {}
