package test.naming;

import dev.sequor.Model;

@Model
record Invoice(Long id) {}
