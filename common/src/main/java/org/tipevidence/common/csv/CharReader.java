package org.tipevidence.common.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader's characters one at a time, through a buffer of its own. The parsers here read a
 * character per call; {@code BufferedReader.read()} takes a lock on every call, which at a 64 MB
 * submission file was most of the line reader's time. One instance per parser, never shared between
 * threads.
 */
final class CharReader {
  private final Reader in;
  private final char[] buffer = new char[1 << 14];
  private int position;
  private int limit;

  CharReader(Reader in) {
    this.in = in;
  }

  /** The next character, or -1 at the end of input. */
  int read() throws IOException {
    while (position == limit) {
      int n = in.read(buffer, 0, buffer.length);
      if (n < 0) {
        return -1;
      }
      position = 0;
      limit = n;
    }
    return buffer[position++];
  }
}
