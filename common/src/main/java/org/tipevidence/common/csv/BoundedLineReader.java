package org.tipevidence.common.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads physical lines (LF or CRLF) like {@code BufferedReader.readLine}, but each through a {@link
 * RecordText}, so a line over the byte limit is consumed without being held.
 */
public final class BoundedLineReader {
  private final CharReader in;
  private final long maxBytes;
  private int peeked = -2;

  /** {@code in} is read through a buffer of the reader's own ({@link CharReader}). */
  public BoundedLineReader(Reader in, long maxBytes) {
    this.in = new CharReader(in);
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of input. */
  public RecordText next() throws IOException {
    int c = peeked != -2 ? peeked : in.read();
    peeked = -2;
    if (c == -1) {
      return null;
    }
    RecordText line = new RecordText(maxBytes);
    while (c != -1 && c != '\n') {
      if (c == '\r') {
        int after = in.read();
        if (after == '\n' || after == -1) {
          break;
        }
        peeked = after;
      }
      line.append((char) c);
      c = peeked != -2 ? peeked : in.read();
      peeked = -2;
    }
    return line;
  }
}
