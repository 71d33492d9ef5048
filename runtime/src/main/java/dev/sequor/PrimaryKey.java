package dev.sequor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the primary key attribute, or with several attributes a composite key. Without it, an attribute
 * named {@code id} is the primary key, as in Sequelize, and auto-increments when it is integral
 * ({@code SERIAL} / {@code BIGSERIAL}). A key attribute may not be an array.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.CLASS)
public @interface PrimaryKey {

  /** Let the database number new rows ({@code SERIAL}/{@code BIGSERIAL}); integral, single-column keys only. */
  boolean autoIncrement() default false;
}
