package test.naming;

import dev.sequor.Model;

@Model(modelName = "staffMember", freezeTableName = true)
record Staff(Long id) {}
