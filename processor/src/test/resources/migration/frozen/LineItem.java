package test.migration;

import dev.sequor.Model;

/** Its inferred table is "line_items"; the snapshot recorded "line_item", which stays. */
@Model(underscored = true)
public record LineItem(Long id, Integer quantity) {}
