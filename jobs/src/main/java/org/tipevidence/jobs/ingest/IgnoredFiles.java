package org.tipevidence.jobs.ingest;

import java.io.PrintStream;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Tells people which files of an input folder were not read and why (log, validate report). */
public final class IgnoredFiles {
  private static final Logger LOG = LogManager.getLogger(IgnoredFiles.class);

  private IgnoredFiles() {}

  /** The layout's ignored files, each logged as a warning; for the run manifest. */
  public static List<IgnoredFile> logged(InputLayout layout) {
    List<IgnoredFile> files = layout.ignoredFiles();
    for (IgnoredFile f : files) {
      LOG.warn("ignored input file {}: {}", f.path(), f.reason());
    }
    return files;
  }

  /** Prints the ignored files as informational lines of the validate report. */
  public static void print(InputLayout layout, PrintStream out) {
    List<IgnoredFile> files = layout.ignoredFiles();
    if (files.isEmpty()) {
      return;
    }
    out.printf("%nINFO  ignored_files: %d file(s) not read%n", files.size());
    for (IgnoredFile f : files) {
      out.printf("  %s: %s%n", f.path(), f.reason());
    }
  }
}
