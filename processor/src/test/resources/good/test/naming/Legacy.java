package test.naming;

import dev.sequor.Model;

@Model(tableName = "tbl_LegacyOrder", underscored = true)
record Legacy(Long id) {}
