package test.shop;

import dev.sequor.HasMany;
import dev.sequor.HasOne;
import dev.sequor.Model;
import java.util.List;

/** The target of Purchase.customer, with the other side of that key and a hasOne. */
@Model(underscored = true)
public record Customer(
    Long id,
    String name,
    @HasMany List<Purchase> purchases,
    @HasOne Card card) {}
