package test.naming;

import dev.sequor.Model;

@Model(modelName = "person")
record Person(Long id) {}
