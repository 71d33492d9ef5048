package dev.sequor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sequor.SequorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SequorConfigTest {

  @TempDir
  Path project;

  private void properties(String content) throws IOException {
    Files.writeString(project.resolve("sequor.properties"), content, StandardCharsets.UTF_8);
  }

  private void dotEnv(String content) throws IOException {
    Files.writeString(project.resolve(".env"), content, StandardCharsets.UTF_8);
  }

  private SequorConfig load(Map<String, String> env) {
    return SequorConfig.load(project, env);
  }

  private String loadError(Map<String, String> env) {
    return assertThrows(SequorException.class, () -> load(env)).getMessage();
  }

  private String urlError(Map<String, String> env) {
    SequorConfig config = load(env);
    return assertThrows(SequorException.class, config::url).getMessage();
  }

  private String file() {
    return project.resolve("sequor.properties").toString();
  }

  // ------------------------------------------------------------------------------------------ environments

  @Test
  void theDevelopmentEnvironmentIsTheDefault() throws IOException {
    properties("""
        # local databases
        development.url=postgres://postgres@127.0.0.1:5432/shop_dev
        development.pool=5
        test.url=postgres://postgres@127.0.0.1:5432/shop_test
        """);

    SequorConfig config = load(Map.of());

    assertEquals("development", config.environment());
    assertEquals("postgres://postgres@127.0.0.1:5432/shop_dev", config.url());
    assertEquals(5, config.poolSize());
  }

  @Test
  void sequorEnvChoosesTheEnvironment() throws IOException {
    properties("development.url=postgres://h/dev\ntest.url=jdbc:postgresql://h/test\n");

    SequorConfig config = load(Map.of("SEQUOR_ENV", "test"));

    assertEquals("test", config.environment());
    assertEquals("jdbc:postgresql://h/test", config.url());
    assertEquals(10, config.poolSize());
  }

  @Test
  void anUnknownEnvironment_namesItTheFileAndTheKnownOnes() throws IOException {
    properties("development.url=postgres://h/dev\ntest.url=postgres://h/test\n");

    SequorConfig config = load(Map.of("SEQUOR_ENV", "staging"));
    String message = assertThrows(SequorException.class, config::url).getMessage();

    assertEquals("staging", config.environment());
    assertEquals("Unknown environment 'staging' (from SEQUOR_ENV): " + file() + " defines development, test. Add"
        + " staging.url=… to it, set SEQUOR_ENV to one of those, or set DATABASE_URL", message);
  }

  @Test
  void anEnvironmentWithoutDatabase_saysWhatToSet() throws IOException {
    properties("development.pool=3\ndevelopment.host=db.example.com\n");

    String message = urlError(Map.of());

    assertTrue(message.startsWith(file() + ": environment 'development' names no database: set development.url="),
        message);
  }

  // ------------------------------------------------------------------------------------------ DATABASE_URL

  @Test
  void databaseUrlOverridesTheFile_inEitherForm() throws IOException {
    properties("production.url=postgres://h/from_file\nproduction.pool=20\n");

    SequorConfig postgres = load(Map.of("SEQUOR_ENV", "production", "DATABASE_URL", "postgres://u:pw@prod:5433/shop"));
    SequorConfig jdbc = load(Map.of("SEQUOR_ENV", "production", "DATABASE_URL", "jdbc:postgresql://prod/shop"));

    assertEquals("postgres://u:pw@prod:5433/shop", postgres.url());
    assertEquals(20, postgres.poolSize());
    assertEquals("jdbc:postgresql://prod/shop", jdbc.url());
  }

  @Test
  void withDatabaseUrl_theEnvironmentNeedNotBeInTheFile() throws IOException {
    properties("development.url=postgres://h/dev\n");

    SequorConfig config = load(Map.of("SEQUOR_ENV", "production", "DATABASE_URL", "postgres://prod/shop"));

    assertEquals("postgres://prod/shop", config.url());
  }

  @Test
  void aBadDatabaseUrl_isNamedWithoutShowingIt() {
    String message = urlError(Map.of("DATABASE_URL", "mysql://root:s3cret@h/db"));

    assertTrue(message.startsWith("DATABASE_URL (in the environment): Unsupported database URL scheme 'mysql://'"),
        message);
    assertFalse(message.contains("s3cret"), message);
  }

  // ------------------------------------------------------------------------------------------ no file

  @Test
  void withoutAFile_databaseUrlIsTheDevelopmentDatabase_andThePathsAreTheDefaults() {
    SequorConfig config = load(Map.of("DATABASE_URL", "postgres://localhost/shop"));

    assertEquals("development", config.environment());
    assertEquals("postgres://localhost/shop", config.url());
    assertEquals(10, config.poolSize());
    assertEquals(project.resolve("src/main/resources/db/migrations"), config.migrationsDir());
    assertTrue(config.databaseConfigured());
    assertEquals(project.resolve("src/main/resources/db/snapshot"), config.snapshotDir());
  }

  @Test
  void withoutAFileOrDatabaseUrl_loadingWorks_butTheUrlSaysExactlyWhatToCreate() {
    SequorConfig config = load(Map.of());
    String message = assertThrows(SequorException.class, config::url).getMessage();

    assertFalse(config.databaseConfigured());
    assertEquals(project.resolve("src/main/resources/db/migrations"), config.migrationsDir());
    assertEquals("No database configured for environment 'development': create " + file() + " with, for example,\n"
        + "  development.url=postgres://postgres@127.0.0.1:5432/<database>\n"
        + "or set DATABASE_URL (in the environment or in " + project.resolve(".env") + ")", message);
  }

  @Test
  void aFileOrADatabaseUrl_configuresADatabase_evenWhenTheUrlThenFails() throws IOException {
    dotEnv("DATABASE_URL=postgres://localhost/from_dotenv\n");
    assertTrue(load(Map.of()).databaseConfigured());

    Files.delete(project.resolve(".env"));
    properties("test.url=postgres://localhost/shop_test\n");
    SequorConfig config = load(Map.of());

    assertTrue(config.databaseConfigured());
    assertTrue(urlError(Map.of()).startsWith("Unknown environment 'development' (the default)"));
  }

  // ------------------------------------------------------------------------------------------ .env

  @Test
  void dotEnvProvidesVariables_andTheRealEnvironmentWins() throws IOException {
    properties("development.url=${DEV_URL}\ntest.url=${TEST_URL}\n");
    dotEnv("""
        # local settings, not committed
        DEV_URL=postgres://from-dotenv/dev
        export TEST_URL="postgres://from-dotenv/test"
        """);

    assertEquals("postgres://from-dotenv/dev", load(Map.of()).url());
    assertEquals("postgres://from-env/dev", load(Map.of("DEV_URL", "postgres://from-env/dev")).url());
    assertEquals("postgres://from-dotenv/test", load(Map.of("SEQUOR_ENV", "test")).url());
  }

  @Test
  void dotEnvMayChooseTheEnvironmentAndSetDatabaseUrl() throws IOException {
    dotEnv("SEQUOR_ENV=test\nDATABASE_URL=postgres://localhost/from_dotenv # the local copy\n");

    SequorConfig config = load(Map.of());

    assertEquals("test", config.environment());
    assertEquals("postgres://localhost/from_dotenv", config.url());
  }

  @Test
  void dotEnvQuoting() {
    Path file = project.resolve(".env");
    try {
      Files.writeString(file, """
          PLAIN = a b  # comment
          SINGLE='no $escapes\\n # here'
          DOUBLE="line\\nbreak \\"quoted\\" # kept"
          EMPTY=
          HASH=a#b
          """);
    } catch (IOException e) {
      throw new AssertionError(e);
    }

    Map<String, String> values = DotEnv.read(file);

    assertEquals("a b", values.get("PLAIN"));
    assertEquals("no $escapes\\n # here", values.get("SINGLE"));
    assertEquals("line\nbreak \"quoted\" # kept", values.get("DOUBLE"));
    assertEquals("", values.get("EMPTY"));
    assertEquals("a#b", values.get("HASH"));
  }

  @Test
  void aMalformedDotEnvLine_isNamedWithoutItsValue() throws IOException {
    dotEnv("GOOD=1\nthis line has no equals sign s3cret\nQUOTED=\"s3cret\n");

    String message = loadError(Map.of());

    assertEquals(project.resolve(".env") + ":2: expected KEY=VALUE (a name of letters, digits and _)", message);
    dotEnv("QUOTED=\"s3cret\n");
    assertEquals(project.resolve(".env") + ":1: the value's closing \" is missing", loadError(Map.of()));
  }

  // ------------------------------------------------------------------------------------------ interpolation

  @Test
  void variablesAreInterpolated_withFallbacksAndEscapes() throws IOException {
    properties("""
        development.host=${DB_HOST}
        development.port=${DB_PORT:-6543}
        development.database=shop_${USER_NAME}
        development.username=app
        development.password=pa$${not_a_variable}
        """);

    SequorConfig config = load(Map.of("DB_HOST", "db.internal", "USER_NAME", "alice"));

    assertEquals("postgres://app:pa%24%7Bnot_a_variable%7D@db.internal:6543/shop_alice", config.url());
  }

  @Test
  void anUnsetVariable_namesTheFileLineKeyAndVariable() throws IOException {
    properties("development.url=postgres://h/dev\nproduction.url=${PRODUCTION_URL}\n");

    assertEquals("postgres://h/dev", load(Map.of()).url()); // other environments are not interpolated
    String message = urlError(Map.of("SEQUOR_ENV", "production"));

    assertEquals(file() + ":2: production.url uses ${PRODUCTION_URL}, which is not set (neither in the environment"
        + " nor in " + project.resolve(".env") + "); set it, or write ${PRODUCTION_URL:-<fallback>}", message);
  }

  @Test
  void anUnclosedReference_isAnError() throws IOException {
    properties("development.url=${DATABASE\n");

    assertEquals(file() + ":1: '${' without a closing '}' in development.url", urlError(Map.of()));
  }

  // ------------------------------------------------------------------------------------------ parts

  @Test
  void hostPortDatabaseUsernamePassword_makeAUrl_withSpecialCharactersEscaped() throws IOException {
    properties("""
        development.host=db.example.com
        development.port=6432
        development.database=shop dev
        development.username=al:ce
        development.password=p@ss/w:rd+%
        """);

    SequorConfig config = load(Map.of());

    assertEquals("postgres://al%3Ace:p%40ss%2Fw%3Ard%2B%25@db.example.com:6432/shop%20dev", config.url());
    assertEquals("shop dev", config.database());
  }

  @Test
  void onlyTheDatabaseIsRequired() throws IOException {
    properties("development.database=shop\n");

    assertEquals("postgres://localhost:5432/shop", load(Map.of()).url());
  }

  @Test
  void anIpv6HostIsBracketed() throws IOException {
    properties("development.database=shop\ndevelopment.host=::1\n");

    assertEquals("postgres://[::1]:5432/shop", load(Map.of()).url());
  }

  @Test
  void urlAndParts_areAnError() throws IOException {
    properties("development.url=postgres://h/db\ndevelopment.password=x\n");

    assertEquals(file() + ": environment 'development' sets both development.url (line 1) and development.password"
        + " (line 2); give either url or host/port/database/username/password", urlError(Map.of()));
  }

  @Test
  void badPortAndPool_nameTheirLine() throws IOException {
    properties("development.database=shop\ndevelopment.port=http\ndevelopment.pool=0\n");

    SequorConfig config = load(Map.of());

    assertEquals(file() + ":2: the port must be a number from 1 to 65535, found: http",
        assertThrows(SequorException.class, config::url).getMessage());
    assertEquals(file() + ":3: the pool size must be at least 1, found: 0",
        assertThrows(SequorException.class, config::poolSize).getMessage());
    properties("development.database=shop\ndevelopment.pool=many\n");
    assertEquals(file() + ":2: the pool size must be a whole number",
        assertThrows(SequorException.class, load(Map.of())::poolSize).getMessage());
  }

  // ------------------------------------------------------------------------------------------ file format

  @Test
  void unknownKeys_areErrorsWithTheirLine() throws IOException {
    properties("development.url=postgres://h/db\n\ndevelopment.user=alice\n");
    assertEquals(file() + ":3: unknown setting 'user' of environment 'development'; the settings are url, host, port,"
        + " database, username, password, pool, log-bind-values", loadError(Map.of()));

    properties("migrations=db\n");
    assertEquals(file() + ":1: unknown key 'migrations'; the keys are <environment>.<setting> (for example"
        + " development.url) and migrations-path, snapshot-path", loadError(Map.of()));
  }

  @Test
  void seedersPath_isNoLongerASetting_andTheMessageSaysWhy() throws IOException {
    properties("development.url=postgres://h/db\nseeders-path=src/main/resources/db/seeders\n");
    assertEquals(file() + ":2: seeders-path is no longer a setting (seeders are classes the processor finds at compile"
        + " time, and seed files are class path resources); remove the line", loadError(Map.of()));
  }

  @Test
  void logBindValues_isOffByDefault_andTakesTrueOrFalse() throws IOException {
    properties("development.url=postgres://h/db\ntest.url=postgres://h/db\ntest.log-bind-values=${LOG:-true}\n");
    assertFalse(load(Map.of()).logBindValues());
    assertTrue(load(Map.of("SEQUOR_ENV", "test")).logBindValues());
    assertFalse(load(Map.of("SEQUOR_ENV", "test", "LOG", "false")).logBindValues());
    assertEquals(file() + ":3: log-bind-values must be true or false, found: yes",
        loadError(Map.of("SEQUOR_ENV", "test", "LOG", "yes")));
  }

  @Test
  void aLineWithoutSeparatorOrATwiceSetKey_isAnError() throws IOException {
    properties("development.url postgres://h/db\n");
    assertTrue(loadError(Map.of()).startsWith(file() + ":1: expected key=value"));

    properties("development.url=postgres://h/a\n# again\ndevelopment.url=postgres://h/b\n");
    assertEquals(file() + ":3: 'development.url' is already set on line 1", loadError(Map.of()));
  }

  @Test
  void valuesAreLiteral_colonSeparatorsWork_andCommentsAreSkipped() throws IOException {
    properties("""
        ! a properties-style comment
        development.database: shop
        development.password=C:\\dir\\pass
        development.username = me
        """);

    assertEquals("postgres://me:C%3A%5Cdir%5Cpass@localhost:5432/shop", load(Map.of()).url());
  }

  @Test
  void pathsAreRelativeToTheProject_orAbsolute() throws IOException {
    Path elsewhere = project.resolve("elsewhere").toAbsolutePath();
    properties("migrations-path=" + elsewhere + "\nsnapshot-path=${SNAP:-snap}/tables\n");

    SequorConfig config = load(Map.of());

    assertEquals(elsewhere, config.migrationsDir());
    assertEquals(project.resolve("snap/tables"), config.snapshotDir());
  }

  // ------------------------------------------------------------------------------------------ secrets

  @Test
  void toStringNeverShowsAPassword() throws IOException {
    properties("""
        development.url=postgres://alice:s3cret@h:5432/shop
        test.url=jdbc:postgresql://h/shop?user=alice&password=s3cret&ssl=true
        parts.database=shop
        parts.username=alice
        parts.password=s3cret
        odd.url=postgres://alice:s3/cr@t@h/shop
        """);

    for (String environment : new String[] {"development", "test", "parts"}) {
      SequorConfig config = load(Map.of("SEQUOR_ENV", environment));
      String shown = config.toString();
      assertFalse(shown.contains("s3cret") || shown.contains("cr@t"), shown);
      assertTrue(shown.contains("***"), shown);
      assertTrue(shown.startsWith("SequorConfig[environment=" + environment + ", url="), shown);
    }
    // a password with an unescaped '/' makes the URL unusable: neither the message nor toString shows it
    SequorConfig odd = load(Map.of("SEQUOR_ENV", "odd"));
    String message = assertThrows(SequorException.class, odd::url).getMessage();
    assertTrue(message.startsWith(file() + ":6 (odd.url): Malformed database URL"), message);
    assertFalse(message.contains("s3") || odd.toString().contains("s3"), message);
    assertEquals("SequorConfig[environment=development, url=postgres://alice:***@h:5432/shop, pool=10, migrations="
        + project.resolve("src/main/resources/db/migrations") + ", snapshot="
        + project.resolve("src/main/resources/db/snapshot") + "]", load(Map.of()).toString());
  }

  @Test
  void errorsNeverShowAPassword() throws IOException {
    properties("development.url=postgres://alice:s3cret@h:notaport/shop\ndevelopment.pool=-1\n");
    SequorConfig config = load(Map.of());

    String url = assertThrows(SequorException.class, config::url).getMessage();
    assertFalse(url.contains("s3cret"), url);
    assertFalse(config.toString().contains("s3cret"), config.toString());

    properties("development.password=s3cret\ndevelopment.database=shop\n");
    String partial = urlError(Map.of());
    assertFalse(partial.contains("s3cret"), partial);
    assertTrue(partial.contains("development.password is set but development.username is not"), partial);
  }

  // ------------------------------------------------------------------------------------------ the process

  @Test
  void systemPropertiesWinOverTheVariables_andGivenValuesOverBoth() {
    Map<String, String> env = Map.of("SEQUOR_ENV", "test", "DATABASE_URL", "postgres://env/db", "OTHER", "x");
    Properties system = new Properties();
    assertEquals(env, SequorConfig.variables(env, system, null, null));

    system.setProperty("sequor.env", " production ");
    system.setProperty("sequor.url", "postgres://property/db");
    assertEquals(Map.of("SEQUOR_ENV", "production", "DATABASE_URL", "postgres://property/db", "OTHER", "x"),
        SequorConfig.variables(env, system, null, " "));
    assertEquals(Map.of("SEQUOR_ENV", "staging", "DATABASE_URL", "postgres://given/db", "OTHER", "x"),
        SequorConfig.variables(env, system, "staging", "postgres://given/db"));
  }

  @Test
  void theEnvironmentAndUrl_comeFromTheGivenValue_thenTheSystemProperty_thenTheEnvironment_thenDotEnv()
      throws IOException {
    properties("development.url=postgres://h/dev\ntest.url=postgres://h/test\nproduction.url=postgres://h/prod\n");
    dotEnv("SEQUOR_ENV=test\n");
    Properties system = new Properties();
    assertEquals("postgres://h/test", resolve(Map.of(), system, null, null).url());
    assertEquals("postgres://h/dev", resolve(Map.of("SEQUOR_ENV", "development"), system, null, null).url());
    system.setProperty("sequor.env", "production");
    assertEquals("postgres://h/prod", resolve(Map.of("SEQUOR_ENV", "development"), system, null, null).url());
    assertEquals("postgres://h/dev", resolve(Map.of(), system, "development", null).url());

    dotEnv("DATABASE_URL=postgres://dotenv/db\n");
    assertEquals("postgres://dotenv/db", resolve(Map.of(), system, null, null).url());
    assertEquals("postgres://env/db", resolve(Map.of("DATABASE_URL", "postgres://env/db"), system, null, null).url());
    system.setProperty("sequor.url", "postgres://property/db");
    assertEquals("postgres://property/db",
        resolve(Map.of("DATABASE_URL", "postgres://env/db"), system, null, null).url());
    assertEquals("postgres://given/db", resolve(Map.of(), system, null, "postgres://given/db").url());
  }

  private SequorConfig resolve(Map<String, String> env, Properties system, String environment, String url) {
    return load(SequorConfig.variables(env, system, environment, url));
  }

  @Test
  void anApplicationReadsTheWorkingDirectory_orTheProjectDirProperty() {
    Properties system = new Properties();
    assertEquals(Path.of("").toAbsolutePath(), SequorConfig.projectDir(system));
    system.setProperty("sequor.projectDir", project.resolve("module/../app").toString());
    assertEquals(project.resolve("app"), SequorConfig.projectDir(system));
  }

  // ------------------------------------------------------------------------------------------ other database

  @Test
  void databaseAndWithDatabase_workOnBothUrlForms() throws IOException {
    properties("development.url=postgres://alice:pw@h:5432/shop?sslmode=require\n"
        + "test.url=jdbc:postgresql://h/shop_test?user=alice\n");

    SequorConfig development = load(Map.of());
    SequorConfig test = load(Map.of("SEQUOR_ENV", "test"));

    assertEquals("shop", development.database());
    assertEquals("postgres://alice:pw@h:5432/postgres?sslmode=require", development.withDatabase("postgres").url());
    assertEquals("shop_test", test.database());
    assertEquals("jdbc:postgresql://h/postgres?user=alice", test.withDatabase("postgres").url());
    assertEquals(development.migrationsDir(), development.withDatabase("postgres").migrationsDir());
  }
}
