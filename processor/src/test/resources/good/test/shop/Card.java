package test.shop;

import dev.sequor.Column;
import dev.sequor.Model;

/** The foreign key of Customer.card, unique: no index of its own. */
@Model(underscored = true, timestamps = false)
public record Card(Long id, @Column(unique = true) Long customerId, String number) {}
