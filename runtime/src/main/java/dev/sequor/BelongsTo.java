package dev.sequor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sequelize's {@code belongsTo}: this model holds a foreign key to another model, and the annotated attribute
 * holds that model's row when a find includes it. The attribute's name is the association's alias ({@code as});
 * its type is the target model.
 *
 * <pre>{@code
 * @Model(underscored = true)
 * public record Order(Long id, Long customerId, @BelongsTo Customer customer, ...) {}
 *
 * orders.findAll(orders.query().include(OrderModel.CUSTOMER)).get(0).customer().name();
 * }</pre>
 *
 * <p>The foreign key is an attribute of this model, named as Sequelize names it: the alias followed by the target's
 * key attribute ({@code customer} and {@code id} give {@code customerId}, column {@code customer_id} when
 * underscored), or {@link #foreignKey}. Migrations add its constraint, {@code <table>_<column>_fkey}, and an index,
 * {@code <table>_<column>}. The attribute is {@code null} in instances a find did not include it in.
 *
 * <p>Rules the processor enforces (each breach is one compile error on the attribute):
 * <ul>
 *   <li>its type is a {@link Model} whose primary key is one attribute;
 *   <li>the foreign key attribute exists on this model, has the type of the target's key, and has no
 *       {@link References} of its own (the association declares the constraint);
 *   <li>{@link ReferentialAction#SET_NULL} only for a nullable foreign key.
 * </ul>
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.CLASS)
public @interface BelongsTo {

  /** The attribute of this model holding the target's key; by default the alias followed by the key's name. */
  String foreignKey() default "";

  /**
   * What deleting the target row does to this row; by default, as Sequelize, {@code SET NULL} for a nullable
   * foreign key, else {@code NO ACTION}.
   */
  ReferentialAction onDelete() default ReferentialAction.DEFAULT;

  /** What changing the target's key does to this row; by default, as Sequelize, {@code CASCADE}. */
  ReferentialAction onUpdate() default ReferentialAction.DEFAULT;
}
