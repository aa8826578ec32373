package org.tipevidence.jobs.failure;

import java.nio.file.FileSystemException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line a user reads when a run fails at runtime: the cause found in the exception chain
 * (disk full, read-only or forbidden folder, input changed, out of memory), the path, and what to
 * do. The stack trace goes to the log at debug level, never to this line.
 */
public final class FailureMessage {
  /** Environment variable bin/tip-evidence reads for the driver's heap. */
  public static final String MEMORY_VARIABLE = "TIP_EVIDENCE_DRIVER_MEMORY";

  private static final Pattern PATH = Pattern.compile("((?:file:|hdfs://)?/[^\\s:,()'\"]+)");

  private FailureMessage() {}

  public static String describe(Throwable failure) {
    String path = null;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return outOfMemory();
      }
      if (path == null && t instanceof FileSystemException fse && fse.getFile() != null) {
        path = fse.getFile();
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (path == null) {
        path = pathIn(message);
      }
      String where = path == null ? "" : " (" + path + ")";
      if (message.contains("No space left on device")) {
        return "the disk is full: No space left on device"
            + where
            + ". Nothing was published; free space on that disk or give --output a folder on a"
            + " larger one, then rerun.";
      }
      if (message.contains("Read-only file system")) {
        return "cannot write: Read-only file system"
            + where
            + ". Nothing was published; give --output a folder on a writable disk, then rerun.";
      }
      if (message.contains("Permission denied")
          || t instanceof java.nio.file.AccessDeniedException) {
        return "cannot write or read: Permission denied"
            + where
            + ". Nothing was published; fix the folder's permissions for this user or choose"
            + " another folder, then rerun.";
      }
      if (message.contains("changed while the run read them")) {
        return message;
      }
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String cause = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    String first = cause.split("\n", 2)[0];
    return first
        + (path == null || first.contains(path) ? "" : " (" + path + ")")
        + ". Nothing was published; the log has the details (the stack trace is logged at debug"
        + " level).";
  }

  public static String outOfMemory() {
    return "the run ran out of memory (Java heap). Nothing was published; give it more memory,"
        + " e.g. "
        + MEMORY_VARIABLE
        + "=4g bin/tip-evidence run ..., or look in the quarantine for an unusually large input"
        + " record.";
  }

  private static String pathIn(String message) {
    Matcher m = PATH.matcher(message);
    return m.find() ? m.group(1) : null;
  }
}
