package dev.sequor.it;

import dev.sequor.Sequor;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a test class against a real PostgreSQL (see {@link PostgresServer}) in a schema of its own: before the
 * class, a freshly created schema {@code sequor_it_<random>} and a {@link Sequor} connected to it; after the
 * class, the Sequor closed and the schema dropped with everything in it. Runs never touch each other's data.
 *
 * <p>Test methods, constructors and lifecycle methods receive the class's {@link Sequor}, its
 * {@link TestDatabase} and its {@link StatementLog} (cleared before each test) as parameters.
 */
public final class PostgresExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
    ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    PostgresServer server = context.getRoot().getStore(NAMESPACE)
        .computeIfAbsent(PostgresServer.class, type -> PostgresServer.locate(), PostgresServer.class);
    context.getStore(NAMESPACE).put(TestDatabase.class, TestDatabase.create(server));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    TestDatabase database = context.getStore(NAMESPACE).remove(TestDatabase.class, TestDatabase.class);
    if (database != null) {
      database.close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    database(context).statements().clear();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Sequor.class || type == TestDatabase.class || type == StatementLog.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    TestDatabase database = database(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == Sequor.class) {
      return database.sequor();
    }
    return type == StatementLog.class ? database.statements() : database;
  }

  private static TestDatabase database(ExtensionContext context) {
    TestDatabase database = context.getStore(NAMESPACE).get(TestDatabase.class, TestDatabase.class);
    if (database == null) {
      throw new IllegalStateException("PostgresExtension must be registered on the test class");
    }
    return database;
  }
}
