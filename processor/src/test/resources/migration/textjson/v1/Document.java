package test.migration;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Json;
import dev.sequor.Model;

@Model(timestamps = false)
public record Document(
    Long id,
    @Column(length = 120) String title,
    @Column(text = true) String body,
    @Column(text = true) String[] labels,
    String settings,
    @DefaultValue("{}") Json meta) {}
