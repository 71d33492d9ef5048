package dev.sequor.it;

import dev.sequor.BelongsTo;
import dev.sequor.Column;
import dev.sequor.Model;

/** A NOT NULL foreign key, declared from both sides (Book.chapters gives the delete action). */
@Model(underscored = true, timestamps = false)
public record Chapter(Long id, @Column(allowNull = false) Long bookId, @BelongsTo Book book, int number, String title) {

  static Chapter of(Long bookId, int number, String title) {
    return new Chapter(null, bookId, null, number, title);
  }
}
