package org.tipevidence.jobs.ingest;

import java.io.IOException;
import java.nio.file.Files;
import org.apache.hadoop.fs.Path;

/**
 * Refuses symbolic links under an input folder that lead outside it: following one would copy any
 * file the run can read (e.g. /etc/passwd) into restricted outputs. Links that stay inside the
 * folder are fine. {@code --allow-outside-links} allows all links explicitly; {@code
 * --allow-links-into DIR} (repeatable) allows links whose target lies in those folders (e.g. a
 * shared data folder linked into several input folders). Read from the run's {@link InputLimits}.
 */
public final class LinkGuard {
  /** Former system properties, still the options' defaults (tests and scripts set them). */
  public static final String ALLOW = InputLimits.ALLOW_OUTSIDE;

  public static final String ALLOW_INTO = InputLimits.ALLOW_INTO;

  private LinkGuard() {}

  private static boolean allowedTarget(java.nio.file.Path real) throws IOException {
    for (String dir : InputLimits.current().allowLinksInto()) {
      if (real.startsWith(java.nio.file.Path.of(dir).toRealPath())) {
        return true;
      }
    }
    return false;
  }

  /** Why {@code entry} must not be read, or null (non-local file systems have no links here). */
  public static String outsideReason(Path root, Path entry) {
    if (InputLimits.current().allowOutsideLinks() || !"file".equals(entry.toUri().getScheme())) {
      return null;
    }
    java.nio.file.Path path = java.nio.file.Path.of(entry.toUri());
    if (!Files.isSymbolicLink(path)) {
      return null;
    }
    try {
      java.nio.file.Path real = path.toRealPath();
      java.nio.file.Path base = java.nio.file.Path.of(root.toUri()).toRealPath();
      if (real.startsWith(base) || allowedTarget(real)) {
        return null;
      }
      return "symbolic link to "
          + real
          + ", outside the input folder: not followed; copy the file into the folder, or run with"
          + " --allow-links-into DIR (or --allow-outside-links) to allow such links";
    } catch (IOException e) {
      return "symbolic link whose target cannot be read (" + e.getMessage() + "): not followed";
    }
  }
}
