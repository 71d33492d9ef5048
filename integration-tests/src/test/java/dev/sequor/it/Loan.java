package dev.sequor.it;

import dev.sequor.BelongsTo;
import dev.sequor.DefaultValue;
import dev.sequor.Model;
import dev.sequor.ReferentialAction;

/** A belongsTo whose rows fall back to shelf 1 when their shelf is deleted. */
@Model(underscored = true, timestamps = false)
public record Loan(
    Long id,
    @DefaultValue("1") Long shelfId,
    @BelongsTo(onDelete = ReferentialAction.SET_DEFAULT) Shelf shelf,
    String borrower) {}
