package dev.sequor.testing;

import dev.sequor.Sequor;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit extension behind {@link SequorTest}, which describes what it does; register it with
 * {@code @SequorTest}, or with {@code @ExtendWith(SequorExtension.class)} for the defaults.
 */
public final class SequorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestWatcher, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SequorExtension.class);

  /** The settings of a class registered without {@link SequorTest}. */
  @SequorTest
  private static final class Defaults {}

  /** Made by JUnit. */
  public SequorExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    if (store.get(TestDatabase.class, TestDatabase.class) != null) {
      return; // a @Nested class: its enclosing class's database
    }
    Class<?> testClass = context.getRequiredTestClass();
    TestDatabase database = run(context).open(testClass, settings(testClass));
    store.put(TestDatabase.class, database);
    store.put(testClass, database); // owned by this class: closed after it
  }

  /**
   * The run, made by the first class and closed by JUnit at the end of the run (an {@link AutoCloseable} in the root
   * store). Not {@code Store.computeIfAbsent}: JUnit 5 lacks it, and JUnit 6 deprecates the method 5 has instead.
   */
  private static TestRun run(ExtensionContext context) {
    ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
    synchronized (SequorExtension.class) {
      TestRun run = root.get(TestRun.class, TestRun.class);
      if (run == null) {
        run = TestRun.start(Path.of(""));
        root.put(TestRun.class, run);
      }
      return run;
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    TestDatabase owned = context.getStore(NAMESPACE).remove(context.getRequiredTestClass(), TestDatabase.class);
    if (owned != null) {
      context.getStore(NAMESPACE).remove(TestDatabase.class);
      owned.close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    TestDatabase database = database(context);
    if (settings(context.getRequiredTestClass()).truncate()) {
      database.truncate();
    }
    database.statements().startTest();
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    TestDatabase database = context.getStore(NAMESPACE).get(TestDatabase.class, TestDatabase.class);
    if (database != null) {
      String name = context.getRequiredTestClass().getSimpleName() + " > " + context.getDisplayName();
      System.err.println(database.statements().report(name));
    }
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
      throw new IllegalStateException("No Sequor database for " + context.getDisplayName()
          + ": SequorExtension did not run before it (registered on a method instead of the class?)");
    }
    return database;
  }

  /** The {@link SequorTest} of the class, of the class an inner ({@code @Nested}) class belongs to, or the defaults. */
  static SequorTest settings(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = Modifier.isStatic(c.getModifiers()) ? null : c.getEnclosingClass()) {
      Optional<SequorTest> found = AnnotationSupport.findAnnotation(c, SequorTest.class);
      if (found.isPresent()) {
        return found.get();
      }
    }
    return Defaults.class.getAnnotation(SequorTest.class);
  }
}
