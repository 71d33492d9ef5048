package test.keys;

import dev.sequor.Model;
import dev.sequor.PrimaryKey;
import dev.sequor.References;

@Model(underscored = true, timestamps = false)
public record Part(
    @PrimaryKey Long widgetId,
    @PrimaryKey Integer position,
    String label,
    @References(Widget.class) Long otherWidgetId) {}
