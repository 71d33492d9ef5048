package test.migration;

import dev.sequor.Column;
import dev.sequor.DefaultValue;
import dev.sequor.Json;
import dev.sequor.Model;
import java.util.List;

@Model(timestamps = false)
public record Document(
    Long id,
    @Column(text = true) String title,
    @Column(length = 500) String body,
    @Column(length = 30) List<String> labels,
    Json settings,
    @DefaultValue("{\"version\": 1}") Json meta,
    @Column(text = true, allowNull = false) @DefaultValue("") String notes) {}
