package dev.sequor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sequelize's {@code belongsToMany}: rows of this model and of the target are paired through a join table, and the
 * annotated attribute, a {@code List} of the target model, holds the paired rows when a find includes it. The
 * attribute's name is the association's alias ({@code as}).
 *
 * <pre>{@code
 * @Model(underscored = true)
 * public record Product(Long id, String name,
 *     @BelongsToMany(through = "product_categories") List<Category> categories) {}
 * }</pre>
 *
 * <p>The join table is either
 * <ul>
 *   <li>{@link #through}, a table name used verbatim, as Sequelize's string {@code through}: migrations create it
 *       with the two keys ({@link #foreignKey}, by default this model's name followed by its key's name,
 *       {@code productId}; {@link #otherKey}, by default {@code categoryId}; snake_case when this model is
 *       underscored), {@code createdAt} and {@code updatedAt}, the two keys as its primary key (in the order of
 *       their column names), both foreign keys {@code ON DELETE CASCADE ON UPDATE CASCADE}, and an index on the
 *       second key; or
 *   <li>{@link #throughModel}, a model of yours holding the two key attributes (with the same default names), for a
 *       join table with columns of its own. Its foreign keys are yours to declare ({@link BelongsTo} or
 *       {@link References}).
 * </ul>
 * Both sides may declare the association over one join table. {@code Repository.add}, {@code set} and
 * {@code remove} write the pairs.
 *
 * <p>Rules the processor enforces (each breach is one compile error on the attribute): exactly one of
 * {@link #through} and {@link #throughModel}; both models have a primary key of one attribute; a join model has
 * both key attributes, of the types of the keys they hold.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.CLASS)
public @interface BelongsToMany {

  /** The join table's name, which migrations create; or use {@link #throughModel}. */
  String through() default "";

  /** The join model; or use {@link #through}. */
  Class<?> throughModel() default void.class;

  /** The join table's attribute holding this model's key. */
  String foreignKey() default "";

  /** The join table's attribute holding the target's key. */
  String otherKey() default "";
}
