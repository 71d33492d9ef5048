package test.naming;

import dev.sequor.Model;

@Model(modelName = "category")
record Category(Long id) {}
