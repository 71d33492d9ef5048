package test.bad;

import dev.sequor.BelongsToMany;
import dev.sequor.Model;
import java.util.List;

@Model(modelName = "post")
public record JoinTableDiffers(
    Long id,
    @BelongsToMany(through = "post_labels") List<Label> labels) {

  @Model(modelName = "label")
  public record Label(
      Long id,
      @BelongsToMany(through = "post_labels", otherKey = "articleId") List<JoinTableDiffers> posts) {}
}
