package test.shop;

import dev.sequor.BelongsTo;
import dev.sequor.BelongsToMany;
import dev.sequor.HasMany;
import dev.sequor.Model;
import dev.sequor.ReferentialAction;
import java.util.List;

/**
 * A belongsTo whose key the target's hasMany also declares, a hasMany with its own delete action, and a belongsToMany
 * whose join table the target declares too.
 */
@Model(underscored = true)
public record Purchase(
    Long id,
    Long customerId,
    @BelongsTo Customer customer,
    String status,
    @HasMany(onDelete = ReferentialAction.CASCADE) List<Line> lines,
    @BelongsToMany(through = "purchase_coupons") List<Coupon> coupons) {}
