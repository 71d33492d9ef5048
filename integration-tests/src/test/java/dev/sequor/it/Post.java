package dev.sequor.it;

import dev.sequor.Column;
import dev.sequor.Model;
import java.util.List;

/** PostgreSQL array attributes: a Java array, a {@code List}, element lengths; no timestamps. */
@Model(tableName = "posts", timestamps = false)
public record Post(
    Long id,
    @Column(allowNull = false, unique = true, length = 40) String slug,
    @Column(length = 20) String[] tags,
    List<Integer> scores,
    Long[] ids) {

  public static Post of(String slug, String[] tags, List<Integer> scores, Long[] ids) {
    return new Post(null, slug, tags, scores, ids);
  }
}
