package org.tipevidence.jobs.failure;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Work that must still happen when a Spark task's fatal error ends the JVM. In a local run the
 * driver is the executor: Spark's handler then exits from the task's thread and no catch block of
 * the run executes, so without this the failed run's staging folder (restricted data, possibly
 * gigabytes) would stay on disk until the next run starts. A run registers its cleanup for as long
 * as it runs; the CLI's fatal-exit hook runs every registered cleanup before it halts.
 */
public final class FatalExitCleanup {
  private static final List<Runnable> PENDING = new CopyOnWriteArrayList<>();

  private FatalExitCleanup() {}

  /** Removes the cleanup again when closed (the run ended normally or by an ordinary failure). */
  public interface Registration extends AutoCloseable {
    @Override
    void close();
  }

  public static Registration register(Runnable cleanup) {
    PENDING.add(cleanup);
    return () -> PENDING.remove(cleanup);
  }

  /** Runs every registered cleanup once; a failing one never stops the others or the exit. */
  public static void runAll() {
    for (Runnable cleanup : PENDING) {
      try {
        cleanup.run();
      } catch (RuntimeException e) {
        System.err.println("could not clean up after the failure: " + e.getMessage());
      }
    }
    PENDING.clear();
  }
}
