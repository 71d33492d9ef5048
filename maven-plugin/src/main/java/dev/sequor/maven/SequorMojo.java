package dev.sequor.maven;

import dev.sequor.DatabaseUrl;
import dev.sequor.Sequor;
import dev.sequor.SequorException;
import dev.sequor.config.SequorConfig;
import dev.sequor.migration.Migrator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What every {@code sequor:} goal shares: the environment and URL overrides, the project folder, loading
 * {@code sequor.properties}, and turning the user's mistakes into a failed build with a message rather than a stack
 * trace. Each goal only wires its own parameters to the runtime or a helper, and prints.
 */
abstract class SequorMojo extends AbstractMojo {

  /** The environment of {@code sequor.properties} to use; default: the SEQUOR_ENV variable, else development. */
  @Parameter(property = "sequor.env")
  String env;

  /**
   * The database URL, {@code jdbc:postgresql://...} or {@code postgres://user:password@host:port/database}; it
   * replaces the environment's URL and DATABASE_URL.
   */
  @Parameter(property = "sequor.url")
  String url;

  /** Skips the goal. */
  @Parameter(property = "sequor.skip", defaultValue = "false")
  boolean skip;

  /** The project folder: sequor.properties and .env are read there, and relative paths start there. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Parameter(defaultValue = "${project.packaging}", readonly = true, required = true)
  String packaging;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** Where the user started Maven: the Maven Wrapper there is what they run. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  String executionRoot;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping (sequor.skip)");
      return;
    }
    if (generatesFromSources() && packaging.equals("pom")) {
      getLog().info("Skipping: a project of packaging pom has no models");
      return;
    }
    quietJooq();
    try {
      run();
    } catch (UsageException | SequorException | IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (SQLException e) {
      throw new MojoFailureException(e.getMessage() + " [SQLState " + e.getSQLState() + "]", e);
    } catch (IOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /** Whether the goal works on the project's models: then it skips an aggregator or parent project. */
  boolean generatesFromSources() {
    return false;
  }

  /** The goal. */
  abstract void run() throws MojoExecutionException, MojoFailureException, IOException, SQLException;

  /**
   * {@code sequor.properties} for the chosen environment, with {@code -Dsequor.env} and {@code -Dsequor.url}: read
   * by the runtime as {@code Sequor.fromEnvironment()} reads it, so the application opens the database the goals
   * worked on.
   */
  final SequorConfig config() {
    return SequorConfig.load(basedir.toPath(), env, url);
  }

  /** {@link #config()}, after saying which environment and database (without password) the goal works on. */
  final SequorConfig databaseConfig() {
    SequorConfig config = config();
    getLog().info("Environment " + config.environment() + ", database " + redacted(config.url()));
    return config;
  }

  /** Connects to the configured database, hands the migrator to {@code action}, and prints what it returns. */
  final void withMigrator(MigratorAction action) {
    SequorConfig config = databaseConfig();
    try (Sequor db = Sequor.connect(dataSource(config))) {
      print(action.run(db.migrator(config.migrationsDir()), config));
    }
  }

  /**
   * Plain connections to the configured database: a one-shot command needs no pool (whose start and stop would
   * add five lines to every goal's output).
   */
  static DataSource dataSource(SequorConfig config) {
    DatabaseUrl url = DatabaseUrl.parse(config.url());
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    try {
      dataSource.setURL(url.jdbcUrl());
    } catch (IllegalArgumentException e) {
      // the driver's message repeats the URL, which may hold a password parameter
      throw new UsageException("PostgreSQL's driver cannot read the database URL " + url);
    }
    if (url.user() != null) {
      dataSource.setUser(url.user());
    }
    if (url.password() != null) {
      dataSource.setPassword(url.password());
    }
    return dataSource;
  }

  /** What a migration goal does with the migrator: the lines to print. */
  @FunctionalInterface
  interface MigratorAction {
    List<String> run(Migrator migrator, SequorConfig config);
  }

  final void print(List<String> lines) {
    lines.forEach(this::print);
  }

  final void print(String line) {
    if (line.startsWith("WARNING: ")) {
      getLog().warn(line.substring("WARNING: ".length()));
    } else {
      getLog().info(line);
    }
  }

  /**
   * The value of a parameter the goal cannot do without.
   *
   * @param what what the value is, after "-Dname is missing: "
   * @param example the goal and its parameters, after the Maven command
   * @throws UsageException naming the parameter, with an example
   */
  final String required(String value, String parameter, String what, String example) {
    if (value == null || value.isBlank()) {
      throw new UsageException("-D" + parameter + " is missing: " + what + ". For example: " + mvn() + " " + example);
    }
    return value.strip();
  }

  /** How the user runs Maven here, for the commands the goals suggest: {@link #mavenCommand}. */
  final String mvn() {
    return mavenCommand(basedir.toPath(), executionRoot == null ? null : Path.of(executionRoot));
  }

  /** {@code ./mvnw} when the project folder or the folder Maven was started in has the Maven Wrapper, else mvn. */
  static String mavenCommand(Path basedir, Path executionRoot) {
    for (Path dir : new Path[] {basedir, executionRoot}) {
      if (dir != null && Files.isRegularFile(dir.resolve("mvnw"))) {
        return "./mvnw";
      }
    }
    return "mvn";
  }

  /** {@code path} relative to the project folder when it is inside it, for shorter messages. */
  final String relative(Path path) {
    Path base = basedir.toPath().toAbsolutePath();
    Path absolute = path.toAbsolutePath();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }

  /** The URL with no password: {@code jdbc:postgresql://host:5432/db as user}. */
  static String redacted(String url) {
    try {
      return DatabaseUrl.parse(url).toString();
    } catch (IllegalArgumentException e) {
      return "(unreadable URL)";
    }
  }

  /** jOOQ prints a logo and tips on first use, which is noise in a build log. */
  private static void quietJooq() {
    if (System.getProperty("org.jooq.no-logo") == null) {
      System.setProperty("org.jooq.no-logo", "true");
    }
    if (System.getProperty("org.jooq.no-tips") == null) {
      System.setProperty("org.jooq.no-tips", "true");
    }
  }
}
