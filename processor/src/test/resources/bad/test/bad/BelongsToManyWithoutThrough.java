package test.bad;

import dev.sequor.BelongsToMany;
import dev.sequor.Model;
import java.util.List;

@Model
public record BelongsToManyWithoutThrough(
    Long id,
    @BelongsToMany List<Label> labels) {

  @Model
  public record Label(Long id) {}
}
