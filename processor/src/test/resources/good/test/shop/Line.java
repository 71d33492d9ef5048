package test.shop;

import dev.sequor.Column;
import dev.sequor.Model;

/** The foreign key of Purchase.lines, NOT NULL. */
@Model(underscored = true, timestamps = false)
public record Line(
    Long id,
    @Column(allowNull = false) Long purchaseId,
    String product,
    int quantity) {}
