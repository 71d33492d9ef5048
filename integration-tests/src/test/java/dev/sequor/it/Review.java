package dev.sequor.it;

import dev.sequor.BelongsTo;
import dev.sequor.Column;
import dev.sequor.Model;
import dev.sequor.ReferentialAction;

/**
 * Two belongsTo whose targets do not declare the other side: a NOT NULL key (Sequelize's default NO ACTION) and a
 * nullable one with RESTRICT.
 */
@Model(underscored = true, timestamps = false)
public record Review(
    Long id,
    @Column(allowNull = false) Long bookId,
    @BelongsTo Book book,
    Long editorId,
    @BelongsTo(onDelete = ReferentialAction.RESTRICT) Author editor,
    String text) {}
