/**
 * The test server and the run's own database, shared by {@code sequor-testing} (the JUnit extension users test
 * with) and by Sequor's own database tests in the runtime, the processor and the Maven plugin. It ships in the
 * runtime because the runtime's own tests need it and cannot depend on {@code sequor-testing}, which depends on the
 * runtime.
 *
 * <p>Implementation, not an API: these classes have no compatibility promise and may change in any release.
 */
package dev.sequor.internal.testing;
