package dev.sequor.faults;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Work run on a thread of its own while the test injects a fault, for example a migration whose session the test
 * terminates; {@link #join()} gives its result or throws what it threw, as it threw it.
 *
 * @param <T> the work's result
 */
final class Background<T> implements AutoCloseable {

  private static final long JOIN_SECONDS = 60;

  private final FutureTask<T> task;
  private final Thread thread;

  private Background(FutureTask<T> task, Thread thread) {
    this.task = task;
    this.thread = thread;
  }

  static <T> Background<T> start(Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, "fault-injection-work");
    thread.setDaemon(true);
    thread.start();
    return new Background<>(task, thread);
  }

  /** The work's result, or what it threw; fails when it runs longer than a minute. */
  T join() throws Throwable {
    try {
      return task.get(JOIN_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("the work still runs after " + JOIN_SECONDS + " s", e);
    }
  }

  /** Interrupts the work if it still runs, and waits for its thread. */
  @Override
  public void close() {
    if (!task.isDone()) {
      thread.interrupt();
    }
    try {
      thread.join(TimeUnit.SECONDS.toMillis(JOIN_SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
