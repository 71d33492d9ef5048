package dev.sequor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index of the model's table, as an entry of Sequelize's {@code indexes} option; generated migrations
 * create and drop it.
 *
 * <ul>
 *   <li>On an attribute: indexes that attribute's column. {@code @Index String category} gives
 *       {@code CREATE INDEX "products_category" ON "products" ("category")}.
 *   <li>On the model (repeatable): a composite index over {@link #attributes}, in that order.
 *       {@code @Index(attributes = {"category", "name"}, unique = true)} gives
 *       {@code CREATE UNIQUE INDEX "products_category_name" ON "products" ("category", "name")}.
 * </ul>
 *
 * <p>The default name is Sequelize's, {@code underscore(table + "_" + columns.join("_"))}: the table and
 * column names joined with underscores, in snake_case ({@code Customers} and {@code email} give
 * {@code customers_email}).
 *
 * <p>Rules the processor enforces (each breach is one compile error on the annotation):
 * <ul>
 *   <li>on an attribute, {@link #attributes} is empty; on the model it names at least one attribute, each a
 *       persistent attribute of the model (or {@code createdAt}/{@code updatedAt} with timestamps), at most once;
 *   <li>the name, explicit or inferred, is a valid SQL identifier of at most 63 characters;
 *   <li>no two indexes of the models being compiled have the same name.
 * </ul>
 */
@Documented
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.CLASS)
@Repeatable(Indexes.class)
public @interface Index {

  /** On the model only: the indexed attributes (attribute names, not column names), in index order. */
  String[] attributes() default {};

  /** A unique index: no two rows may have the same values in the indexed columns. */
  boolean unique() default false;

  /** The index name, used verbatim; default: Sequelize's {@code underscore(table_columns)}. */
  String name() default "";
}
