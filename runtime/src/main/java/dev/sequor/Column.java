package dev.sequor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Column options of a model attribute, as Sequelize's attribute options. Every member is optional.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.CLASS)
public @interface Column {

  /** The column name, used verbatim (Sequelize's {@code field}); default: the attribute name, underscored if the model is. */
  String name() default "";

  /**
   * {@code false} makes the column {@code NOT NULL} and the runtime reject a {@code null} before any SQL.
   * Primitive attributes are always not-null.
   */
  boolean allowNull() default true;

  /** Adds a {@code UNIQUE} constraint on this column. */
  boolean unique() default false;

  /**
   * Length of a {@code String} column: {@code VARCHAR(length)}; 0 means Sequelize's default, 255. On a
   * {@code String[]} or {@code List<String>}, the length of each element: {@code VARCHAR(length)[]}.
   */
  int length() default 0;

  /**
   * {@code true} stores a {@code String} attribute in an unbounded {@code TEXT} column, Sequelize's
   * {@code DataTypes.TEXT}, rather than {@code VARCHAR(length)}; on a {@code String[]} or {@code List<String>}, a
   * {@code TEXT[]}. Not together with {@link #length}. The attribute keeps every string operator.
   */
  boolean text() default false;

  /**
   * Precision of a {@code BigDecimal} column: {@code DECIMAL(precision, scale)}; 0 means plain {@code DECIMAL}. On
   * a {@code BigDecimal[]}, of each element: {@code DECIMAL(precision, scale)[]}.
   */
  int precision() default 0;

  /** Scale of a {@code BigDecimal} column; only with {@link #precision}. */
  int scale() default 0;
}
