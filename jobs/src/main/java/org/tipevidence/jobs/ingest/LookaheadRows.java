package org.tipevidence.jobs.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;

/**
 * A row iterator over one open source: subclasses compute the next row; the source closes at the
 * end, so every reader (CSV, JSON Lines, DHIS2, IATI, national files) ends its file the same way.
 */
public abstract class LookaheadRows implements Iterator<Row> {
  private final Closeable source;
  private Row next;
  private boolean ended;

  /**
   * @param source closed once the last row has been computed
   */
  protected LookaheadRows(Closeable source) {
    this.source = source;
  }

  /** The next row, or null at the end. */
  protected abstract Row computeNext() throws IOException;

  @Override
  public final boolean hasNext() {
    if (next == null && !ended) {
      try {
        next = computeNext();
        if (next == null) {
          ended = true;
          source.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return next != null;
  }

  @Override
  public final Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row row = next;
    next = null;
    return row;
  }
}
