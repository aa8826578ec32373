package org.tipevidence.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Encoding checks for files that must be UTF-8. The reader decodes with replacement, so a byte
 * sequence that is not UTF-8 becomes U+FFFD; a record holding one is refused rather than published
 * with its text lost. UTF-16 files are recognised by their byte-order mark and named as such.
 */
public final class TextEncoding {
  static final String PREFIX = "invalid_text_encoding: ";
  private static final char REPLACEMENT = '\uFFFD';

  private TextEncoding() {}

  /**
   * The file-level problem of a stream that must support mark/reset, or null; the stream is left at
   * its start.
   */
  public static String fileProblem(InputStream in, String label) throws IOException {
    in.mark(4);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    String kind = null;
    if (b0 == 0xFF && b1 == 0xFE) {
      kind = "UTF-16 little-endian (byte-order mark FF FE)";
    } else if (b0 == 0xFE && b1 == 0xFF) {
      kind = "UTF-16 big-endian (byte-order mark FE FF)";
    }
    return kind == null
        ? null
        : PREFIX
            + label
            + " is "
            + kind
            + " text, not UTF-8, so none of its records can be read; save the file as UTF-8"
            + " (e.g. 'CSV UTF-8' in a spreadsheet program) and resend it";
  }

  /** The problem of one record's text, or null when it decoded cleanly. */
  public static String recordProblem(String raw) {
    int at = raw.indexOf(REPLACEMENT);
    if (at < 0) {
      return null;
    }
    int from = Math.max(0, at - 20);
    int to = Math.min(raw.length(), at + 20);
    return PREFIX
        + "this line is not valid UTF-8 text (bytes that UTF-8 cannot decode, shown as \uFFFD,"
        + " near '"
        + raw.substring(from, to)
        + "'); the file was probably saved as Latin-1 or Windows-1252: save it as UTF-8 and"
        + " resend it";
  }
}
