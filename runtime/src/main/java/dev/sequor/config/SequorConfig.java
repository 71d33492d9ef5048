package dev.sequor.config;

import dev.sequor.DatabaseUrl;
import dev.sequor.SequorException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A project's database settings for one environment (Sequelize's {@code config/config.json} and
 * {@code .sequelizerc}), read from {@code sequor.properties} in the project folder. The Maven goals and an
 * application ({@code Sequor.fromEnvironment()}, {@link #load()}) read it the same way, so they open the same
 * database:
 *
 * <pre>
 * # one block per environment; SEQUOR_ENV picks one (default: development)
 * development.url=postgres://postgres@127.0.0.1:5432/shop_dev
 * development.pool=5
 * # show bind values in the DEBUG log of statements (off by default: they may hold personal data)
 * development.log-bind-values=true
 *
 * # or host, port (5432), database, username, password instead of url
 * test.host=127.0.0.1
 * test.database=shop_test
 * test.username=postgres
 * test.password=${TEST_DB_PASSWORD}
 *
 * production.url=${DATABASE_URL}
 *
 * # optional, relative to the project folder (the role of .sequelizerc)
 * migrations-path=src/main/resources/db/migrations
 * snapshot-path=src/main/resources/db/snapshot
 * </pre>
 *
 * <ul>
 *   <li>The file holds {@code key=value} lines and {@code #} comments; values are taken literally (no backslash
 *       escapes, unlike {@link java.util.Properties}). Keys are {@code <environment>.url}, {@code .host},
 *       {@code .port}, {@code .database}, {@code .username}, {@code .password}, {@code .pool} (default 10),
 *       {@code .log-bind-values} ({@code true} or {@code false}, default false), and
 *       the two paths; any other key is an error. An environment gives either {@code url} or the parts.
 *   <li>{@code ${VAR}} in a value is replaced by the variable {@code VAR}, {@code ${VAR:-fallback}} falls back when
 *       it is unset, and {@code $${} is a literal {@code ${}. Only the chosen environment's values and the paths
 *       are interpolated.
 *   <li>Variables come from the environment and from a {@code .env} file in the project folder
 *       ({@code KEY=VALUE} lines); the real environment wins over {@code .env}.
 *   <li>{@code SEQUOR_ENV} chooses the environment (the role of {@code NODE_ENV}); {@code DATABASE_URL}, when set,
 *       replaces the environment's URL (either form: {@code jdbc:postgresql://} or {@code postgres://}), and then
 *       the environment need not be in the file, nor the file exist.
 *   <li>The system properties {@code sequor.env} and {@code sequor.url} (the Maven goals' {@code -Dsequor.env} and
 *       {@code -Dsequor.url}) win over {@code SEQUOR_ENV} and {@code DATABASE_URL}, for the goals and for an
 *       application alike.
 * </ul>
 *
 * {@link #load} fails only when a file is malformed. A missing or unusable database setting for the chosen
 * environment fails at {@link #url()} (and so at {@code Sequor.connect(config)}), so that commands needing no
 * database, such as generating a migration, work without one. Passwords never appear in {@link #toString()} or in
 * messages.
 */
public final class SequorConfig {

  /** The file's name in the project folder. */
  public static final String FILE_NAME = "sequor.properties";

  /**
   * The system property naming the folder an application reads {@code sequor.properties} and {@code .env} from
   * ({@link #projectDir()}); without it, the working directory.
   */
  public static final String PROJECT_DIR_PROPERTY = "sequor.projectDir";

  static final String ENVIRONMENT_VARIABLE = "SEQUOR_ENV";
  static final String URL_VARIABLE = "DATABASE_URL";
  static final String ENVIRONMENT_PROPERTY = "sequor.env";
  static final String URL_PROPERTY = "sequor.url";
  static final String DEFAULT_ENVIRONMENT = "development";
  static final int DEFAULT_POOL_SIZE = 10;

  private static final String MIGRATIONS_PATH = "migrations-path";
  private static final String SNAPSHOT_PATH = "snapshot-path";
  private static final List<String> PATH_KEYS = List.of(MIGRATIONS_PATH, SNAPSHOT_PATH);
  /** Keys that once were settings, and why they are gone. */
  private static final Map<String, String> RETIRED_KEYS = Map.of("seeders-path", "seeders are classes the"
      + " processor finds at compile time, and seed files are class path resources");
  private static final List<String> ENVIRONMENT_KEYS =
      List.of("url", "host", "port", "database", "username", "password", "pool", "log-bind-values");
  private static final Set<String> PART_KEYS = Set.of("host", "port", "database", "username", "password");
  private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z0-9_-]+");

  private final String environment;
  private final boolean databaseConfigured;
  private final String url;
  private final String urlProblem;
  private final int poolSize;
  private final String poolProblem;
  private final boolean logBindValues;
  private final Path migrationsDir;
  private final Path snapshotDir;

  private SequorConfig(String environment, boolean databaseConfigured, String url, String urlProblem, int poolSize,
      String poolProblem, boolean logBindValues, Path migrationsDir, Path snapshotDir) {
    this.environment = environment;
    this.databaseConfigured = databaseConfigured;
    this.url = url;
    this.urlProblem = urlProblem;
    this.poolSize = poolSize;
    this.poolProblem = poolProblem;
    this.logBindValues = logBindValues;
    this.migrationsDir = migrationsDir;
    this.snapshotDir = snapshotDir;
  }

  /**
   * Reads the settings of the running application, as {@code Sequor.fromEnvironment()} does: those of
   * {@link #projectDir()}, with the process's environment variables and system properties.
   */
  public static SequorConfig load() {
    return load(projectDir());
  }

  /**
   * Reads the settings of {@code projectDir} with the process's environment variables and the system properties
   * {@code sequor.env} and {@code sequor.url}.
   */
  public static SequorConfig load(Path projectDir) {
    return load(projectDir, null, null);
  }

  /**
   * Reads the settings of {@code projectDir} for {@code environment}, with {@code url} replacing the environment's
   * URL: the Maven goals' {@code -Dsequor.env} and {@code -Dsequor.url}. Either may be null, and then the system
   * property ({@code sequor.env}, {@code sequor.url}) or the variable ({@code SEQUOR_ENV}, {@code DATABASE_URL})
   * applies, as for {@link #load(Path)}.
   */
  public static SequorConfig load(Path projectDir, String environment, String url) {
    return load(projectDir, variables(System.getenv(), System.getProperties(), environment, url));
  }

  /**
   * Reads the settings of {@code projectDir} with the given environment variables instead of the process's (and
   * without looking at system properties).
   */
  public static SequorConfig load(Path projectDir, Map<String, String> env) {
    return new Loader(projectDir.toAbsolutePath().normalize(), env).load();
  }

  /**
   * The folder an application reads {@code sequor.properties} and {@code .env} from: the system property
   * {@value #PROJECT_DIR_PROPERTY} when set, else the working directory. Run the application from the project
   * folder, as {@code mvn exec:java} in a single-module project and {@code java -jar target/app.jar} do, or set
   * {@code -Dsequor.projectDir}, for example to {@code ${project.basedir}} in the exec plugin's
   * {@code systemProperties} of a module.
   */
  public static Path projectDir() {
    return projectDir(System.getProperties());
  }

  static Path projectDir(Properties system) {
    String configured = system.getProperty(PROJECT_DIR_PROPERTY);
    return Path.of(configured == null || configured.isBlank() ? "" : configured.strip()).toAbsolutePath()
        .normalize();
  }

  /**
   * The variables settings are read with: {@code env}, with {@code SEQUOR_ENV} and {@code DATABASE_URL} replaced by
   * the given values, else by the system properties {@code sequor.env} and {@code sequor.url}, when set.
   */
  static Map<String, String> variables(Map<String, String> env, Properties system, String environment, String url) {
    Map<String, String> variables = new HashMap<>(env);
    override(variables, ENVIRONMENT_VARIABLE, environment, system.getProperty(ENVIRONMENT_PROPERTY));
    override(variables, URL_VARIABLE, url, system.getProperty(URL_PROPERTY));
    return variables;
  }

  private static void override(Map<String, String> variables, String name, String given, String property) {
    String value = given != null && !given.isBlank() ? given : property;
    if (value != null && !value.isBlank()) {
      variables.put(name, value.strip());
    }
  }

  /** The environment: {@code SEQUOR_ENV}, default {@code development}. */
  public String environment() {
    return environment;
  }

  /**
   * Whether the project names a database at all: {@code DATABASE_URL} is set, or {@code sequor.properties} exists.
   * When it does not, {@link #url()} fails saying how to name one, and {@code Sequor.fromEnvironment()} starts an
   * embedded PostgreSQL instead. When it does, {@link #url()} may still fail, for example for an environment the
   * file does not define.
   */
  public boolean databaseConfigured() {
    return databaseConfigured;
  }

  /**
   * The database URL as configured ({@code jdbc:postgresql://…} or {@code postgres://…}, with credentials);
   * {@code DATABASE_URL} overrides the file.
   *
   * @throws SequorException when the environment has no usable database setting, naming the file, the key and
   *     the environment
   */
  public String url() {
    if (urlProblem != null) {
      throw new SequorException(urlProblem);
    }
    return url;
  }

  /**
   * The database name in {@link #url()}, for example to create it.
   *
   * @throws SequorException as {@link #url()} does
   */
  public String database() {
    String configured = url();
    String database = DatabaseUrl.parse(configured).database();
    if (database == null) {
      throw new SequorException("The database URL " + DatabaseUrl.redact(configured) + " names no database");
    }
    return database;
  }

  /**
   * The same settings for another database on the same server with the same credentials, for example
   * {@code postgres} to run {@code CREATE DATABASE}.
   *
   * @throws SequorException as {@link #url()} does
   */
  public SequorConfig withDatabase(String database) {
    Objects.requireNonNull(database, "database");
    String configured = url();
    int[] span = databaseSpan(configured);
    String encoded = URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
    String other = configured.substring(0, span[0]) + encoded + configured.substring(span[1]);
    return new SequorConfig(environment, true, other, null, poolSize, poolProblem, logBindValues, migrationsDir,
        snapshotDir);
  }

  /** Maximum connections of the pool, {@code <environment>.pool} (default 10). */
  public int poolSize() {
    if (poolProblem != null) {
      throw new SequorException(poolProblem);
    }
    return poolSize;
  }

  /**
   * Whether statements are logged with their bind values, {@code <environment>.log-bind-values} (default false);
   * see {@code Sequor.Builder.logBindValues}.
   */
  public boolean logBindValues() {
    return logBindValues;
  }

  /** The migrations folder, {@code migrations-path} (default {@code src/main/resources/db/migrations}). */
  public Path migrationsDir() {
    return migrationsDir;
  }

  /** The schema snapshot folder, {@code snapshot-path} (default {@code src/main/resources/db/snapshot}). */
  public Path snapshotDir() {
    return snapshotDir;
  }

  /** The settings, with any password replaced by {@code ***}. */
  @Override
  public String toString() {
    return "SequorConfig[environment=" + environment
        + ", url=" + (urlProblem != null ? "(none)" : DatabaseUrl.redact(url))
        + ", pool=" + (poolProblem != null ? "(invalid)" : poolSize)
        + ", migrations=" + migrationsDir + ", snapshot=" + snapshotDir + "]";
  }

  /** Start and end of the database name in a URL: after the authority (or after {@code jdbc:postgresql:}). */
  private static int[] databaseSpan(String url) {
    int scheme = url.indexOf("://");
    int start;
    if (scheme >= 0) {
      int slash = url.indexOf('/', scheme + 3);
      int query = url.indexOf('?', scheme + 3);
      if (slash < 0 || (query >= 0 && query < slash)) {
        throw new SequorException("The database URL " + DatabaseUrl.redact(url) + " names no database");
      }
      start = slash + 1;
    } else {
      start = url.indexOf(':', "jdbc:".length()) + 1; // jdbc:postgresql:database
    }
    int end = url.indexOf('?', start);
    return new int[] {start, end < 0 ? url.length() : end};
  }

  /** Reads the files of one project folder. */
  private static final class Loader {
    private final Path projectDir;
    private final Path file;
    private final Path dotEnvFile;
    private final Map<String, String> variables = new HashMap<>();

    Loader(Path projectDir, Map<String, String> env) {
      this.projectDir = projectDir;
      this.file = projectDir.resolve(FILE_NAME);
      this.dotEnvFile = projectDir.resolve(".env");
      if (Files.isRegularFile(dotEnvFile)) {
        variables.putAll(DotEnv.read(dotEnvFile));
      }
      variables.putAll(env); // the real environment wins
    }

    SequorConfig load() {
      String environment = variable(ENVIRONMENT_VARIABLE);
      if (environment == null) {
        environment = DEFAULT_ENVIRONMENT;
      }
      Map<String, SettingsFile.Entry> settings = Files.isRegularFile(file) ? SettingsFile.read(file) : Map.of();
      Set<String> environments = checkKeys(settings);
      Path migrations = path(settings, MIGRATIONS_PATH, "src/main/resources/db/migrations");
      Path snapshot = path(settings, SNAPSHOT_PATH, "src/main/resources/db/snapshot");

      int poolSize = DEFAULT_POOL_SIZE;
      String poolProblem = null;
      SettingsFile.Entry pool = settings.get(environment + ".pool");
      if (pool != null) {
        try {
          String value = interpolate(pool);
          poolSize = Integer.parseInt(value);
          if (poolSize < 1) {
            poolProblem = at(pool) + ": the pool size must be at least 1, found: " + value;
          }
        } catch (NumberFormatException e) {
          poolProblem = at(pool) + ": the pool size must be a whole number";
        } catch (SequorException e) {
          poolProblem = e.getMessage();
        }
      }

      boolean logBindValues = false;
      SettingsFile.Entry logging = settings.get(environment + ".log-bind-values");
      if (logging != null) {
        String value = interpolate(logging).trim();
        if (!value.equals("true") && !value.equals("false")) {
          throw new SequorException(at(logging) + ": log-bind-values must be true or false, found: " + value);
        }
        logBindValues = Boolean.parseBoolean(value);
      }

      String url = null;
      String urlProblem = null;
      try {
        url = url(settings, environment, environments);
      } catch (SequorException e) {
        urlProblem = e.getMessage();
      }
      boolean configured = variable(URL_VARIABLE) != null || Files.isRegularFile(file);
      return new SequorConfig(environment, configured, url, urlProblem, poolSize, poolProblem, logBindValues,
          migrations, snapshot);
    }

    /** Rejects unknown keys; returns the environments the file defines. */
    private Set<String> checkKeys(Map<String, SettingsFile.Entry> settings) {
      Set<String> environments = new TreeSet<>();
      for (SettingsFile.Entry entry : settings.values()) {
        String key = entry.key();
        if (PATH_KEYS.contains(key)) {
          continue;
        }
        if (RETIRED_KEYS.containsKey(key)) {
          throw new SequorException(at(entry) + ": " + key + " is no longer a setting (" + RETIRED_KEYS.get(key)
              + "); remove the line");
        }
        int dot = key.lastIndexOf('.');
        if (dot <= 0) {
          throw new SequorException(at(entry) + ": unknown key '" + key + "'; the keys are <environment>.<setting>"
              + " (for example development.url) and " + String.join(", ", PATH_KEYS));
        }
        String environment = key.substring(0, dot);
        String setting = key.substring(dot + 1);
        if (!ENVIRONMENT_NAME.matcher(environment).matches()) {
          throw new SequorException(at(entry) + ": '" + environment + "' is not an environment name (letters,"
              + " digits, - and _)");
        }
        if (!ENVIRONMENT_KEYS.contains(setting)) {
          throw new SequorException(at(entry) + ": unknown setting '" + setting + "' of environment '" + environment
              + "'; the settings are " + String.join(", ", ENVIRONMENT_KEYS));
        }
        environments.add(environment);
      }
      return environments;
    }

    private Path path(Map<String, SettingsFile.Entry> settings, String key, String fallback) {
      SettingsFile.Entry entry = settings.get(key);
      String value = entry == null ? fallback : interpolate(entry);
      if (value.isBlank()) {
        throw new SequorException(at(entry) + ": " + key + " is empty");
      }
      return projectDir.resolve(value).normalize();
    }

    private String url(Map<String, SettingsFile.Entry> settings, String environment, Set<String> environments) {
      String override = variable(URL_VARIABLE);
      if (override != null) {
        return checked(override, URL_VARIABLE + " (in the environment" + (Files.isRegularFile(dotEnvFile)
            ? " or " + dotEnvFile : "") + ")");
      }
      if (!Files.isRegularFile(file)) {
        return fail("No database configured for environment '" + environment + "': create " + file + " with, for"
            + " example,\n  " + environment + ".url=postgres://postgres@127.0.0.1:5432/<database>\nor set "
            + URL_VARIABLE + " (in the environment or in " + dotEnvFile + ")");
      }
      if (!environments.contains(environment)) {
        return fail("Unknown environment '" + environment + "' (" + (variable(ENVIRONMENT_VARIABLE) == null
            ? "the default" : "from " + ENVIRONMENT_VARIABLE) + "): " + file + " defines "
            + (environments.isEmpty() ? "no environment" : String.join(", ", environments)) + ". Add "
            + environment + ".url=… to it, set " + ENVIRONMENT_VARIABLE + " to one of those, or set " + URL_VARIABLE);
      }
      SettingsFile.Entry urlEntry = settings.get(environment + ".url");
      SettingsFile.Entry part = PART_KEYS.stream().map(k -> settings.get(environment + "." + k))
          .filter(Objects::nonNull).findFirst().orElse(null);
      if (urlEntry != null && part != null) {
        return fail(file + ": environment '" + environment + "' sets both " + urlEntry.key() + " (line "
            + urlEntry.line() + ") and " + part.key() + " (line " + part.line() + "); give either url or"
            + " host/port/database/username/password");
      }
      if (urlEntry != null) {
        String value = interpolate(urlEntry);
        if (value.isBlank()) {
          return fail(at(urlEntry) + ": " + urlEntry.key() + " is empty (for environment '" + environment + "')");
        }
        return checked(value, at(urlEntry) + " (" + urlEntry.key() + ")");
      }
      SettingsFile.Entry database = settings.get(environment + ".database");
      if (database == null || interpolate(database).isBlank()) {
        return fail(file + ": environment '" + environment + "' names no database: set " + environment
            + ".url=postgres://user@host:5432/<database>, or " + environment + ".database=<database> (with host,"
            + " port, username and password as needed)");
      }
      String host = optional(settings, environment + ".host", "localhost");
      String port = optional(settings, environment + ".port", "5432");
      SettingsFile.Entry portEntry = settings.get(environment + ".port");
      try {
        int number = Integer.parseInt(port);
        if (number < 1 || number > 65535) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        return fail(at(portEntry) + ": the port must be a number from 1 to 65535, found: " + port);
      }
      String username = optional(settings, environment + ".username", null);
      String password = optional(settings, environment + ".password", null);
      StringBuilder built = new StringBuilder("postgres://");
      if (username != null) {
        built.append(encode(username));
        if (password != null) {
          built.append(':').append(encode(password));
        }
        built.append('@');
      } else if (password != null) {
        SettingsFile.Entry passwordEntry = settings.get(environment + ".password");
        return fail(at(passwordEntry) + ": " + passwordEntry.key() + " is set but " + environment
            + ".username is not");
      }
      built.append(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
          .append(':').append(port).append('/').append(encode(interpolate(database)));
      return checked(built.toString(), file + " (environment '" + environment + "')");
    }

    private String optional(Map<String, SettingsFile.Entry> settings, String key, String fallback) {
      SettingsFile.Entry entry = settings.get(key);
      if (entry == null) {
        return fallback;
      }
      String value = interpolate(entry);
      return value.isEmpty() ? fallback : value;
    }

    /** The URL if Sequor can use it; the message of a bad one never shows it (it may hold a password). */
    private static String checked(String url, String where) {
      try {
        DatabaseUrl.parse(url);
      } catch (IllegalArgumentException e) {
        throw new SequorException(where + ": " + e.getMessage());
      }
      return url.strip();
    }

    private static String fail(String message) {
      throw new SequorException(message);
    }

    /** An environment variable or {@code .env} value; blank counts as unset. */
    private String variable(String name) {
      String value = variables.get(name);
      return value == null || value.isBlank() ? null : value.strip();
    }

    private String interpolate(SettingsFile.Entry entry) {
      String value = entry.value();
      StringBuilder result = new StringBuilder();
      int i = 0;
      while (i < value.length()) {
        if (value.startsWith("$${", i)) {
          result.append("${");
          i += 3;
        } else if (value.startsWith("${", i)) {
          int end = value.indexOf('}', i + 2);
          if (end < 0) {
            throw new SequorException(at(entry) + ": '${' without a closing '}' in " + entry.key());
          }
          String reference = value.substring(i + 2, end);
          int fallbackAt = reference.indexOf(":-");
          String name = (fallbackAt < 0 ? reference : reference.substring(0, fallbackAt)).strip();
          String replacement = variables.get(name);
          if (replacement == null || (fallbackAt >= 0 && replacement.isEmpty())) {
            if (fallbackAt < 0) {
              throw new SequorException(at(entry) + ": " + entry.key() + " uses ${" + name + "}, which is not set"
                  + " (neither in the environment nor in " + dotEnvFile + "); set it, or write ${" + name
                  + ":-<fallback>}");
            }
            replacement = reference.substring(fallbackAt + 2);
          }
          result.append(replacement);
          i = end + 1;
        } else {
          result.append(value.charAt(i));
          i++;
        }
      }
      return result.toString();
    }

    private String at(SettingsFile.Entry entry) {
      return entry == null ? file.toString() : file + ":" + entry.line();
    }

    private static String encode(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
  }
}
