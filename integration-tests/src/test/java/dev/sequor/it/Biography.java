package dev.sequor.it;

import dev.sequor.Column;
import dev.sequor.Model;

/** The target of Author.biography: one per author. */
@Model(underscored = true, timestamps = false)
public record Biography(Long id, @Column(unique = true) Long authorId, String text) {}
