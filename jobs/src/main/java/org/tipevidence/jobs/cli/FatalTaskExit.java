package org.tipevidence.jobs.cli;

import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.failure.FailureMessage;
import org.tipevidence.jobs.failure.FatalExitCleanup;

/**
 * Keeps the documented exit codes when a Spark task dies of a fatal error (in practice: out of
 * memory). Spark's own handler then calls {@code System.exit(52)} from the task's thread, which
 * bypasses the 0/1/2/3 codes and says nothing a user can act on. This shutdown hook recognises that
 * exit by the handler's frame on a live thread and halts with exit 3 and a one-line message naming
 * memory and {@value FailureMessage#MEMORY_VARIABLE}. Other shutdowns (normal exit, kill) are left
 * alone. Before halting it runs the failed run's {@link FatalExitCleanup} (its staging folder).
 */
final class FatalTaskExit {
  static final String SPARK_HANDLER = "org.apache.spark.util.SparkUncaughtExceptionHandler";

  private FatalTaskExit() {}

  static void install() {
    Runtime.getRuntime().addShutdownHook(new Thread(FatalTaskExit::check, "fatal-task-exit"));
  }

  private static void check() {
    if (sparkHandlerIsExiting()) {
      System.err.println("error: runtime failure: " + FailureMessage.outOfMemory());
      System.err.flush();
      // The run's catch blocks never run on this path: remove its staging folder here.
      FatalExitCleanup.runAll();
      Runtime.getRuntime().halt(ExitCode.RUNTIME_FAILURE);
    }
  }

  static boolean sparkHandlerIsExiting() {
    for (StackTraceElement[] stack : Thread.getAllStackTraces().values()) {
      for (StackTraceElement frame : stack) {
        if (frame.getClassName().startsWith(SPARK_HANDLER)) {
          return true;
        }
      }
    }
    return false;
  }
}
