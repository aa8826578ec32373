package org.tipevidence.jobs.ingest.dhis2;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;

/**
 * A row iterator over one open file: subclasses compute the next row; the file closes at the end.
 */
abstract class LookaheadRows implements Iterator<Row> {
  private final Closeable source;
  private Row next;
  private boolean ended;

  LookaheadRows(Closeable source) {
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
