package dev.sequor.testsupport;

import dev.sequor.Sequor;
import dev.sequor.internal.testing.TestServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class a {@link TestSchema} of its own on the {@link TestServer} (one server per run): created before
 * the class, dropped after it. Test methods, constructors and lifecycle methods receive the {@link TestSchema} or
 * its {@link Sequor} as parameters.
 */
public final class PostgresSchemaExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PostgresSchemaExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    TestServer server = context.getRoot().getStore(NAMESPACE).computeIfAbsent(TestServer.class,
        type -> TestServer.locate(TestServer.configuredUrl(), TestServer.URL_VARIABLE), TestServer.class);
    context.getStore(NAMESPACE).put(TestSchema.class, TestSchema.create(server));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    TestSchema schema = context.getStore(NAMESPACE).remove(TestSchema.class, TestSchema.class);
    if (schema != null) {
      schema.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == TestSchema.class || type == Sequor.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    TestSchema schema = context.getStore(NAMESPACE).get(TestSchema.class, TestSchema.class);
    if (schema == null) {
      throw new IllegalStateException("PostgresSchemaExtension must be registered on the test class");
    }
    return parameter.getParameter().getType() == Sequor.class ? schema.sequor() : schema;
  }
}
