package dev.sequor.it;

import dev.sequor.BelongsToMany;
import dev.sequor.Model;
import java.util.List;

/** A belongsToMany through a join model with a column of its own. */
@Model(underscored = true, timestamps = false)
public record Shelf(Long id, String room, @BelongsToMany(throughModel = Placement.class) List<Book> books) {}
