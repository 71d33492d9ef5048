package dev.sequor.it;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Json;
import dev.sequor.Model;
import java.time.Instant;
import java.util.List;

/** Unbounded text and JSON: a TEXT body, TEXT[] notes, a JSONB attribute and one with a default. */
@Model(underscored = true)
public record Page(
    Long id,
    @Column(allowNull = false, unique = true, length = 40) String slug,
    @Column(text = true) String body,
    Json meta,
    @DefaultValue("{\"theme\": \"light\"}") Json settings,
    @Column(text = true) List<String> notes,
    Instant createdAt,
    Instant updatedAt) {

  public static Page of(String slug, String body, Json meta) {
    return new Page(null, slug, body, meta, null, null, null, null);
  }

  public Page withMeta(Json meta) {
    return new Page(id, slug, body, meta, settings, notes, createdAt, updatedAt);
  }
}
