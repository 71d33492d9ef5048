package test.bad;

import dev.sequor.Model;

@Model(tableName = "invoices")
public record Bill(Long id) {}
