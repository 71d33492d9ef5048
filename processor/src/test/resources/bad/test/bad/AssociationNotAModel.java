package test.bad;

import dev.sequor.BelongsTo;
import dev.sequor.Model;

@Model
public record AssociationNotAModel(
    Long id,
    Long ownerId,
    @BelongsTo String owner) {}
