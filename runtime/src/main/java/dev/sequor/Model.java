package dev.sequor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record or class as a Sequor model: one table, one row per instance.
 *
 * <p>The Sequor annotation processor turns each model {@code Foo} into a generated {@code FooModel} class
 * holding typed attribute constants for criteria, the jOOQ table metadata, a row mapper and the
 * {@link ModelType} descriptor, plus the {@code CREATE TABLE} SQL as a resource
 * ({@code META-INF/sequor/schema/<table>.sql}).
 *
 * <p>Rules the processor enforces (each breach is one compile error on the offending element):
 * <ul>
 *   <li>the annotated type is a record or a non-abstract class, not an interface, enum or abstract class;
 *   <li>a class model has an accessible no-argument constructor and, for every persistent field, a getter
 *       ({@code getX}, {@code isX} or {@code x}) and a setter {@code setX};
 *   <li>every persistent attribute has a supported type (see the type table in docs/04-models.md);
 *   <li>there is a primary key: an attribute named {@code id}, or attributes marked {@link PrimaryKey};
 *   <li>no two attributes map to the same column, and no two models to the same table;
 *   <li>explicit names ({@link #modelName}, {@link #tableName}, {@link Column#name}) are valid SQL identifiers.
 * </ul>
 *
 * <p>An attribute annotated {@link BelongsTo}, {@link HasOne}, {@link HasMany} or {@link BelongsToMany} is an
 * association, not a column: it holds the associated rows a find includes.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface Model {

  /**
   * The model's name, as Sequelize's {@code modelName}: the base of the inferred table name.
   * Defaults to the class's simple name, as in Sequelize.
   */
  String modelName() default "";

  /** The table name, used verbatim: never pluralised nor underscored. */
  String tableName() default "";

  /** Use {@link #modelName} verbatim as the table name instead of pluralising it. */
  boolean freezeTableName() default false;

  /**
   * Name columns (and the inferred table) in snake_case, as Sequelize's {@code underscored: true}:
   * {@code createdAt} becomes {@code created_at}, {@code lineItem} becomes table {@code line_items}.
   */
  boolean underscored() default false;

  /**
   * Add {@code createdAt} and {@code updatedAt} columns ({@code TIMESTAMP WITH TIME ZONE NOT NULL})
   * that the runtime fills on create and update. A model may declare attributes with those names
   * ({@code Instant} or {@code OffsetDateTime}) to read them.
   */
  boolean timestamps() default true;
}
