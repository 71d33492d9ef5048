package test.clash;

import dev.sequor.Model;

/** Named like the generated nested class TableModel.Table. */
@Model
public record Table(Long id, String name) {}
