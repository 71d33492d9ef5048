package dev.sequor.internal.format;

/**
 * A model's {@code CREATE TABLE} script, which the processor writes as a class path resource and
 * {@code Sequor.schemaSql} reads: {@code META-INF/sequor/schema/<table>.sql}.
 */
public final class SchemaScript {

  private SchemaScript() {}

  /** The resource of a table's script. */
  public static String resource(String table) {
    return "META-INF/sequor/schema/" + table + ".sql";
  }
}
