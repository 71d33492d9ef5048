/**
 * Sequor's implementation: what stands behind the public API of {@code dev.sequor} and its sub-packages.
 *
 * <p><b>Not an API.</b> This package and every {@code dev.sequor.internal} sub-package are implementation, with no
 * compatibility promise: any class or member may change or disappear in any release. Application code should not
 * use them; no public or protected signature outside {@code dev.sequor.internal} mentions their types, and what is
 * {@code public} here is so only because another Sequor package calls it.
 */
package dev.sequor.internal;
