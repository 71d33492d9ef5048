package dev.sequor.it;

import dev.sequor.BelongsTo;
import dev.sequor.DefaultValue;
import dev.sequor.Model;
import dev.sequor.PrimaryKey;

/** The join model of Shelf.books: the two keys, and where on the shelf the book stands. */
@Model(underscored = true, timestamps = false)
public record Placement(
    @PrimaryKey Long shelfId,
    @PrimaryKey Long bookId,
    @DefaultValue("0") int position,
    @BelongsTo Shelf shelf,
    @BelongsTo Book book) {}
