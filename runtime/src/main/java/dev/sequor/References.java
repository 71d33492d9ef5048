package dev.sequor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the attribute's column a foreign key to another model's primary key, as Sequelize's attribute
 * options {@code references}, {@code onDelete} and {@code onUpdate}. Generated migrations add and drop the
 * constraint:
 *
 * <pre>{@code
 * @References(value = Category.class, onDelete = ReferentialAction.CASCADE) Long categoryId
 * }</pre>
 *
 * gives {@code ALTER TABLE "products" ADD CONSTRAINT "products_categoryId_fkey" FOREIGN KEY ("categoryId")
 * REFERENCES "categories" ("id") ON DELETE CASCADE}. The constraint is named as PostgreSQL names it,
 * {@code <table>_<column>_fkey} (shortened as PostgreSQL does beyond 63 characters).
 *
 * <p>Rules the processor enforces (each breach is one compile error on the annotation):
 * <ul>
 *   <li>{@link #value} is a {@link Model} (of this compilation or of the class path);
 *   <li>its primary key is a single attribute, of the same type as the annotated attribute (a {@code Long}
 *       references a {@code Long} key; {@code long} and {@code Long} are the same type, and so are a {@code String}
 *       in a {@code VARCHAR} and one in a {@code TEXT} column), and not an enum;
 *   <li>{@link ReferentialAction#SET_NULL} is only for a nullable column, {@link ReferentialAction#SET_DEFAULT}
 *       only for a column with a {@link DefaultValue}.
 * </ul>
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.CLASS)
public @interface References {

  /** The referenced model; the constraint references its table's primary key. */
  Class<?> value();

  /** What deleting the referenced row does to this row; not given, PostgreSQL's {@code NO ACTION}. */
  ReferentialAction onDelete() default ReferentialAction.DEFAULT;

  /** What changing the referenced key does to this row; not given, PostgreSQL's {@code NO ACTION}. */
  ReferentialAction onUpdate() default ReferentialAction.DEFAULT;
}
