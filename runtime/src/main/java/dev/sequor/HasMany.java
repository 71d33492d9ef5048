package dev.sequor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sequelize's {@code hasMany}: the target model holds a foreign key to this model, and the annotated attribute holds
 * the target rows, an empty list when it has none, when a find includes it. The attribute's name is the association's alias ({@code as}); its type is
 * {@code List} of the target model.
 *
 * <pre>{@code
 * @Model
 * public record Customer(Long id, String name, @HasMany List<Order> orders) {}
 * }</pre>
 *
 * <p>The foreign key is an attribute of the target, named as Sequelize names it: this model's name followed by its
 * key attribute ({@code customer} and {@code id} give {@code customerId}), or {@link #foreignKey}. Migrations add
 * its constraint and an index on the target's table. When the target also declares the key with
 * {@link BelongsTo}, one constraint is made; its actions are those either side gives (both giving different ones
 * is an error), else {@link BelongsTo}'s defaults. The attribute is {@code null} in instances a find did not
 * include it in.
 *
 * <p>Rules the processor enforces (each breach is one compile error on the attribute): the target is a
 * {@link Model}; this model's primary key is one attribute; the foreign key attribute exists on the target, has
 * the type of this model's key and no {@link References} of its own; {@link ReferentialAction#SET_NULL} only for
 * a nullable foreign key.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.CLASS)
public @interface HasMany {

  /** The target's attribute holding this model's key; by default this model's name followed by the key's name. */
  String foreignKey() default "";

  /**
   * What deleting this row does to the target rows; by default, as Sequelize, {@code SET NULL} for a nullable
   * foreign key, else {@code CASCADE}.
   */
  ReferentialAction onDelete() default ReferentialAction.DEFAULT;

  /** What changing this row's key does to the target rows; by default, as Sequelize, {@code CASCADE}. */
  ReferentialAction onUpdate() default ReferentialAction.DEFAULT;
}
