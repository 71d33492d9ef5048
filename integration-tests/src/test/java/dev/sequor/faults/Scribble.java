package dev.sequor.faults;

import dev.sequor.Column;
import dev.sequor.Json;
import dev.sequor.Model;
import java.util.List;

/**
 * A row of the hostile-string corpus: the string in each kind of text column (TEXT, a JSON string, an element of a
 * TEXT array), and a short unique tag to find, upsert and seed it by.
 */
@Model(tableName = "scribbles", timestamps = false)
public record Scribble(
    Long id,
    @Column(allowNull = false, unique = true, length = 40) String tag,
    @Column(text = true) String body,
    Json doc,
    @Column(text = true) List<String> notes) {

  /** {@code text} in every text column of a new row tagged {@code tag}. */
  static Scribble of(String tag, String text) {
    return new Scribble(null, tag, text, Json.from(text), List.of(text, "-"));
  }
}
