package org.tipevidence.common.csv;

/**
 * The text of one record as read, bounded: counts its UTF-8 bytes and, past the limit, keeps only
 * the first {@link #KEPT_CHARS} characters, so a 50 MB line never sits in memory.
 */
public final class RecordText {
  /** Default limit on one record (1 MiB); far above any real submission row. */
  public static final long DEFAULT_MAX_RECORD_BYTES = 1L << 20;

  /** Characters of an oversized record kept for the quarantine's {@code record} column. */
  public static final int KEPT_CHARS = 1_000;

  private final long maxBytes;
  private final StringBuilder text = new StringBuilder();
  private long bytes;

  public RecordText(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public void append(char c) {
    bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    if (!oversized() || text.length() < KEPT_CHARS) {
      text.append(c);
    }
    if (oversized() && text.length() > KEPT_CHARS) {
      text.setLength(KEPT_CHARS);
    }
  }

  public void append(String s) {
    for (int i = 0; i < s.length(); i++) {
      append(s.charAt(i));
    }
  }

  public boolean oversized() {
    return bytes > maxBytes;
  }

  public long bytes() {
    return bytes;
  }

  /** The record's text, or for an oversized one its start followed by a marker. */
  public String text() {
    return oversized()
        ? text + "… [truncated: the record is " + bytes + " bytes long]"
        : text.toString();
  }

  /** The error of an oversized record, naming the limit and the fix. */
  public String oversizeError() {
    return "the record is "
        + bytes
        + " bytes long, over the limit of "
        + maxBytes
        + " bytes for one record; split it or look for a missing line break (the limit is set"
        + " with --max-record-bytes)";
  }
}
