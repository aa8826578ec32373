package org.tipevidence.jobs.ingest;

import java.io.Serializable;
import java.util.List;
import org.tipevidence.common.csv.RecordText;

/**
 * How far the readers trust an input folder ({@code --max-record-bytes}, {@code
 * --allow-outside-links}, {@code --allow-links-into}). The run sets them once on the driver ({@link
 * #use}); listing (LinkGuard) reads them there, and {@link RecordReader} copies the record bound
 * into each read task's closure, so executors get it without JVM system properties.
 *
 * @param maxRecordBytes longest record in UTF-8 bytes; longer ones are {@code malformed_record}
 * @param allowOutsideLinks follow every symbolic link, wherever it leads
 * @param allowLinksInto folders that links may lead into
 */
public record InputLimits(
    long maxRecordBytes, boolean allowOutsideLinks, List<String> allowLinksInto)
    implements Serializable {
  /** Former system properties, kept as the defaults (scripts and tests set them). */
  public static final String MAX_RECORD_BYTES = "tip.evidence.maxRecordBytes";

  public static final String ALLOW_OUTSIDE = "tip.evidence.allowOutsideLinks";
  public static final String ALLOW_INTO = "tip.evidence.allowLinksInto";

  private static volatile InputLimits current;

  public InputLimits {
    if (maxRecordBytes < 1) {
      throw new IllegalArgumentException("max-record-bytes must be >= 1");
    }
    allowLinksInto =
        allowLinksInto == null
            ? List.of()
            : allowLinksInto.stream().filter(d -> d != null && !d.isBlank()).toList();
  }

  /**
   * 1 MiB, no links out of the folder; each overridable by the former system properties (the
   * command options take these as their defaults too).
   */
  public static InputLimits defaults() {
    return new InputLimits(
        Long.getLong(MAX_RECORD_BYTES, RecordText.DEFAULT_MAX_RECORD_BYTES),
        Boolean.getBoolean(ALLOW_OUTSIDE),
        List.of(System.getProperty(ALLOW_INTO, "").split(java.io.File.pathSeparator)));
  }

  /**
   * Makes these the limits of the readers and listings that start from now (driver side); null goes
   * back to {@link #defaults}.
   */
  public static void use(InputLimits limits) {
    current = limits;
  }

  /** The limits in force on the driver ({@link #defaults} when no run set them). */
  public static InputLimits current() {
    InputLimits set = current;
    return set == null ? defaults() : set;
  }
}
