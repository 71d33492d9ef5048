package test.bad;

import dev.sequor.BelongsToMany;
import dev.sequor.Model;
import java.util.List;

@Model(modelName = "person")
public record BelongsToManySameKey(
    Long id,
    @BelongsToMany(through = "friendships") List<BelongsToManySameKey> friends) {}
