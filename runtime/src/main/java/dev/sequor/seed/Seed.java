package dev.sequor.seed;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a class as a seeder: seed data that runs once, ordered by {@link #name()} as Sequelize orders
 * its seeders.
 *
 * <p>The Sequor annotation processor lists every seeder of the compilation in the class-output resource
 * {@code META-INF/sequor/seeders}, one line per seeder sorted by name, so the runtime finds them without
 * scanning the classpath.
 *
 * <p>Rules the processor enforces (each breach is one compile error on the offending element or value):
 * <ul>
 *   <li>the annotated type is a public class (or record), not abstract, an interface or an enum; nested, it is
 *       a static member of public classes;
 *   <li>it implements {@link Seeder};
 *   <li>it has a public constructor without parameters;
 *   <li>{@link #name()} is a 14-digit timestamp, a dash and a lower-case name of letters and digits in
 *       dash-separated words: {@code \d{14}-[a-z0-9]+(-[a-z0-9]+)*}, for example
 *       {@code 20261125120000-demo-products};
 *   <li>no two seeders of the compilation have the same name;
 *   <li>every one of {@link #environments()} is a name of letters, digits, {@code _} and {@code -}, starting
 *       with a letter (so neither empty nor a comma-separated list).
 * </ul>
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface Seed {

  /**
   * The seeder's name: a timestamp {@code yyyyMMddHHmmss}, a dash and a lower-case description, as
   * {@code 20261125120000-demo-products}. Seeders run in the order of their names; the seed history records it.
   */
  String name();

  /** The environments the seeder runs in, as {@code {"development"}}; empty (the default) for every environment. */
  String[] environments() default {};
}
