/**
 * Support for Sequor's own database tests, shared by its modules' test suites (the runtime's, the processor's and
 * the examples'), which is why it ships in the runtime rather than in a test jar: a test-jar dependency would have
 * to be built before the examples could run.
 *
 * <p>Implementation, not an API: these classes have no compatibility promise and may change in any release.
 */
package dev.sequor.internal.testing;
