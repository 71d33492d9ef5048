package test.bad;

import dev.sequor.HasMany;
import dev.sequor.Model;
import java.util.List;

@Model
public record ForeignKeyTwoTargets(
    Long id,
    @HasMany(foreignKey = "ownerId") List<Doc> docs) {

  @Model
  public record Doc(Long id, Long ownerId) {}

  @Model
  public record Team(Long id, @HasMany(foreignKey = "ownerId") List<Doc> docs) {}
}
