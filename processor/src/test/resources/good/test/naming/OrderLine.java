package test.naming;

import dev.sequor.Model;

@Model(underscored = true)
record OrderLine(Long id) {}
