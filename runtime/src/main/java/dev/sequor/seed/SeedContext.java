package dev.sequor.seed;

import dev.sequor.ModelType;
import dev.sequor.Repository;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;

/**
 * What a {@link Seeder} works with. Everything it reaches through the context runs in the seeder's transaction:
 * repositories from {@link #repository} and the jOOQ context from {@link #dsl()}.
 *
 * <h2>Seed files</h2>
 * {@link #loadCsv} and {@link #loadJson} read a file into instances of a model, built through the model (its
 * {@link ModelType#newInstance factory}) and validated before any row is returned, so that a bad file inserts
 * nothing. Keys are attribute names (as in the Java source and {@code toJSON}), values are parsed per the
 * attribute's Java type:
 * <table>
 *   <caption>Values</caption>
 *   <tr><th>Java type</th><th>CSV cell / JSON value</th></tr>
 *   <tr><td>{@code String}</td><td>the text / a string</td></tr>
 *   <tr><td>{@code Integer}, {@code Long}, {@code Short}, {@code Double}, {@code Float}</td><td>a number</td></tr>
 *   <tr><td>{@code BigDecimal}</td><td>a number (in JSON also a string, to keep every digit)</td></tr>
 *   <tr><td>{@code Boolean}</td><td>{@code true} or {@code false}</td></tr>
 *   <tr><td>{@code Instant}, {@code OffsetDateTime}, {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime}</td>
 *       <td>ISO-8601 text, as {@code toJSON} writes it ({@code 2026-11-25T12:00:00Z}, {@code 2026-11-25})</td></tr>
 *   <tr><td>{@code UUID}</td><td>its canonical text</td></tr>
 *   <tr><td>an enum</td><td>a constant's name</td></tr>
 *   <tr><td>{@code byte[]}</td><td>base64</td></tr>
 *   <tr><td>{@link dev.sequor.Json}</td><td>JSON text ({@code "{""size"": 3}"} in a quoted cell) / any JSON value,
 *       written as it is: {@code {"size": 3}}, {@code [1, 2]}, {@code "a"} (a JSON string)</td></tr>
 *   <tr><td>an array or {@code List} ({@code String[]}, {@code List<Long>}...)</td>
 *       <td>a PostgreSQL array literal, elements as above ({@code {a,"b, c",NULL}}, {@code {}}) / a JSON array
 *       ({@code ["a", "b, c", null]})</td></tr>
 * </table>
 * A CSV file (RFC 4180, UTF-8) has a header line of attribute names; quoted cells may hold commas, line breaks
 * and doubled quotes. An unquoted empty cell is {@code null}, a quoted one ({@code ""}) the empty string. A JSON
 * file holds one array of objects; {@code null} is {@code null} (SQL NULL, also for a {@code Json} attribute). An attribute the file leaves out is {@code null}
 * (so the database fills a generated key, a default or a timestamp).
 *
 * <p>Errors throw a {@link SeedException} naming the file, the line and the attribute: a key that is no attribute
 * of the model, a value of the wrong type, a {@code null} for a not-null attribute (unless the database fills it),
 * a malformed file.
 */
public interface SeedContext {

  /** The repository of a model, in the seeder's transaction. */
  <M, K> Repository<M, K> repository(ModelType<M, K> model);

  /** jOOQ on the seeder's transaction, for what the model API does not cover. */
  DSLContext dsl();

  /** The environment the runner runs in ({@code SEQUOR_ENV}, for example {@code development}). */
  String environment();

  /** The name of the running seeder, for example {@code 20261125120000-demo-products}. */
  String seeder();

  /**
   * The instances of a CSV file on the class path (for example {@code "seeders/products.csv"}, looked up with the
   * runner's class loader), in file order.
   *
   * @throws SeedException when the file is missing, malformed or does not fit the model (file, line, attribute)
   */
  <M, K> List<M> loadCsv(ModelType<M, K> model, String resource);

  /** As {@link #loadCsv(ModelType, String)}, from a file on disk. */
  <M, K> List<M> loadCsv(ModelType<M, K> model, Path file);

  /**
   * The instances of a JSON file on the class path holding an array of objects, in file order.
   *
   * @throws SeedException when the file is missing, malformed or does not fit the model (file, line, attribute)
   */
  <M, K> List<M> loadJson(ModelType<M, K> model, String resource);

  /** As {@link #loadJson(ModelType, String)}, from a file on disk. */
  <M, K> List<M> loadJson(ModelType<M, K> model, Path file);
}
