package test.incremental;

import dev.sequor.Column;
import dev.sequor.Model;

/** A model that the incremental compilation only sees as a class file. */
@Model(underscored = true)
public record Author(Long id, @Column(allowNull = false, length = 80) String name, Genre favouriteGenre) {}
