package test.bad;

import dev.sequor.BelongsToMany;
import dev.sequor.Model;
import dev.sequor.PrimaryKey;
import java.util.List;

@Model(modelName = "post")
public record JoinModelWithoutKey(
    Long id,
    @BelongsToMany(throughModel = Tagging.class) List<Label> labels) {

  @Model
  public record Label(Long id) {}

  @Model
  public record Tagging(@PrimaryKey Long postId, @PrimaryKey Long tagId) {}
}
