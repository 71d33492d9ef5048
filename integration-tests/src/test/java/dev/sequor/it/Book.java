package dev.sequor.it;

import dev.sequor.BelongsTo;
import dev.sequor.BelongsToMany;
import dev.sequor.HasMany;
import dev.sequor.Model;
import dev.sequor.ReferentialAction;
import java.util.List;

/**
 * A belongsTo (nullable key: ON DELETE SET NULL by default), a hasMany whose rows go with the book, and a
 * belongsToMany through a join table the migration creates.
 */
@Model(underscored = true)
public record Book(
    Long id,
    Long authorId,
    @BelongsTo Author author,
    String title,
    int year,
    @HasMany(onDelete = ReferentialAction.CASCADE) List<Chapter> chapters,
    @BelongsToMany(through = "book_tags") List<Tag> tags) {

  static Book of(Long authorId, String title, int year) {
    return new Book(null, authorId, null, title, year, null, null);
  }
}
