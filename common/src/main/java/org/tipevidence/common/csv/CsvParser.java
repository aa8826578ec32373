package org.tipevidence.common.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Streaming RFC 4180 parser that remembers where each record started.
 *
 * <p>Spark's CSV source cannot report line numbers, and M&amp;E teams need "file:line" to fix a
 * submission, so records are parsed here, one file per task, in constant memory. Handles a UTF-8
 * byte-order mark, LF and CRLF, quoted fields with commas, doubled quotes and embedded newlines. An
 * unterminated quote is reported as a malformed record whose error names the lines it swallowed. A
 * record longer than the byte limit is consumed to its end without being held: only its first
 * {@link RecordText#KEPT_CHARS} characters are kept, and it carries an error.
 */
public final class CsvParser implements Iterator<CsvRecord> {
  private static final int BOM = '\uFEFF';

  private final CharReader in;
  private final long maxRecordBytes;
  private int peeked = -2;
  private long nextLine = 1;
  private CsvRecord next;
  private boolean started;

  public CsvParser(Reader in) {
    this(in, RecordText.DEFAULT_MAX_RECORD_BYTES);
  }

  /** A parser that refuses (and never holds) records over {@code maxRecordBytes} UTF-8 bytes. */
  public CsvParser(Reader in, long maxRecordBytes) {
    this.in = new CharReader(in);
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = readRecord();
    }
    return next != null;
  }

  @Override
  public CsvRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CsvRecord record = next;
    next = null;
    return record;
  }

  private int read() {
    try {
      if (peeked != -2) {
        int c = peeked;
        peeked = -2;
        return c;
      }
      int c = in.read();
      if (!started) {
        started = true;
        if (c == BOM) {
          c = in.read();
        }
      }
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int peek() {
    if (peeked == -2) {
      peeked = read();
    }
    return peeked;
  }

  private CsvRecord readRecord() {
    int c = read();
    if (c == -1) {
      return null;
    }
    long startLine = nextLine;
    RecordText raw = new RecordText(maxRecordBytes);
    StringBuilder field = new StringBuilder();
    List<String> fields = new ArrayList<>();
    String error = null;
    boolean inQuotes = false;
    boolean fieldWasQuoted = false;
    int last = -1;
    while (true) {
      if (c == -1) {
        if (inQuotes) {
          long lastLine = last == '\n' ? nextLine - 1 : nextLine;
          long lines = lastLine - startLine + 1;
          error =
              "a quoted field opened on line "
                  + startLine
                  + " is never closed, so it swallowed lines "
                  + startLine
                  + "–"
                  + lastLine
                  + " to the end of the file ("
                  + lines
                  + (lines == 1 ? " line, probably 1 row" : " lines, probably " + lines + " rows")
                  + "); add the missing closing \" on line "
                  + startLine;
        }
        fields.add(field.toString());
        break;
      }
      last = c;
      if (inQuotes) {
        if (c == '"') {
          if (peek() == '"') {
            read();
            raw.append("\"\"");
            field.append('"');
          } else {
            inQuotes = false;
            raw.append('"');
          }
        } else {
          if (c == '\n') {
            nextLine++;
          }
          raw.append((char) c);
          field.append((char) c);
        }
      } else if (c == ',') {
        raw.append(',');
        fields.add(field.toString());
        field.setLength(0);
        fieldWasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        nextLine++;
        fields.add(field.toString());
        break;
      } else if (c == '"') {
        raw.append('"');
        if (field.length() == 0 && !fieldWasQuoted) {
          inQuotes = true;
          fieldWasQuoted = true;
        } else if (error == null) {
          error =
              "a quote (\") appears inside an unquoted field; quote the whole field and double"
                  + " inner quotes";
          field.append('"');
        }
      } else {
        if (fieldWasQuoted && error == null) {
          error = "text follows a closing quote; quote the whole field and double inner quotes";
        }
        raw.append((char) c);
        field.append((char) c);
      }
      if (raw.oversized()) {
        // The record is refused: never hold more of it than the kept text.
        field.setLength(0);
        fields.clear();
      }
      c = read();
    }
    if (raw.oversized()) {
      return new CsvRecord(startLine, raw.text(), List.of(), raw.oversizeError());
    }
    return new CsvRecord(startLine, raw.text(), List.copyOf(fields), error);
  }
}
