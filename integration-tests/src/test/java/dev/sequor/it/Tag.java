package dev.sequor.it;

import dev.sequor.BelongsToMany;
import dev.sequor.Model;
import java.util.List;

/** The other side of Book.tags, over the same join table. */
@Model(underscored = true)
public record Tag(Long id, String label, @BelongsToMany(through = "book_tags") List<Book> books) {

  static Tag labelled(String label) {
    return new Tag(null, label, null);
  }
}
