package test.bad;

import dev.sequor.BelongsToMany;
import dev.sequor.Model;
import java.util.List;

@Model
public record JoinTableIsAModelTable(
    Long id,
    @BelongsToMany(through = "Labels") List<Label> labels) {

  @Model
  public record Label(Long id) {}
}
