package test.migration;

import dev.sequor.Model;
import dev.sequor.References;
import dev.sequor.processor.fixtures.KeptThing;

@Model(underscored = true, timestamps = false)
public record Note(Long id, String text, @References(KeptThing.class) Long keptThingId) {}
