package test.naming;

import dev.sequor.Model;

@Model(modelName = "lineItem", underscored = true)
record LineItem(Long id) {}
