package dev.sequor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column's database default, written as a Java literal of the attribute's type: {@code "0"},
 * {@code "9.99"}, {@code "true"}, {@code "draft"} (a string or an enum constant), {@code "2024-01-31"}.
 * The processor checks that it parses as the attribute's type. When {@code create} or {@code bulkCreate}
 * gets {@code null} for such an attribute, the database default is stored and returned. Array attributes
 * take no default.
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.CLASS)
public @interface DefaultValue {
  String value();
}
