package test.keys;

import dev.sequor.Model;
import dev.sequor.PrimaryKey;
import dev.sequor.References;
import dev.sequor.ReferentialAction;

/** A third key column. */
@Model(underscored = true, timestamps = false)
public record Part(
    @PrimaryKey Long widgetId,
    @PrimaryKey Integer position,
    @PrimaryKey String label,
    @References(value = Widget.class, onDelete = ReferentialAction.SET_NULL) Long otherWidgetId) {}
