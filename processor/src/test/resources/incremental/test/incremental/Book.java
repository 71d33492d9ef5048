package test.incremental;

import dev.sequor.Column;
import dev.sequor.Index;
import dev.sequor.Model;
import dev.sequor.References;
import dev.sequor.ReferentialAction;

/** The model whose source changes between the two compilations (see v2/). */
@Model(underscored = true)
@Index(attributes = {"title", "authorId"}, unique = true)
public record Book(
    Long id,
    @Column(allowNull = false, length = 200) String title,
    @References(value = Author.class, onDelete = ReferentialAction.CASCADE) Long authorId,
    Genre genre) {}
