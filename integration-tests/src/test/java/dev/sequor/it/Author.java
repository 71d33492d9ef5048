package dev.sequor.it;

import dev.sequor.HasMany;
import dev.sequor.HasOne;
import dev.sequor.Model;
import java.util.List;

/** The target of Book.author, with the other side of that key, and a hasOne whose key is unique. */
@Model(underscored = true)
public record Author(Long id, String name, @HasMany List<Book> books, @HasOne Biography biography) {

  static Author named(String name) {
    return new Author(null, name, null, null);
  }
}
