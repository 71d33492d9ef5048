package test.shop;

import dev.sequor.BelongsToMany;
import dev.sequor.Model;
import java.util.List;

/** The other side of Purchase.coupons, with a string key: the join table's key types follow the keys. */
@Model(underscored = true, timestamps = false)
public record Coupon(
    @dev.sequor.PrimaryKey String code,
    @BelongsToMany(through = "purchase_coupons") List<Purchase> purchases) {}
