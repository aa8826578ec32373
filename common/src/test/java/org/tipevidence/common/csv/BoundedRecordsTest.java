package org.tipevidence.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15 items 3 and 9: records are bounded, and an unterminated quote names what it ate. */
class BoundedRecordsTest {

  /** A reader of {@code n} 'x' characters that never exists as one string. */
  private static Reader xs(long n, String after) {
    return new Reader() {
      long left = n;
      final StringReader tail = new StringReader(after);

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        if (left == 0) {
          return tail.read(buf, off, len);
        }
        int k = (int) Math.min(len, left);
        java.util.Arrays.fill(buf, off, off + k, 'x');
        left -= k;
        return k;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void csvRecordOverTheLimitIsRefusedAndTruncatedAndTheNextRecordIsRead() {
    CsvParser p = new CsvParser(xs(50L << 20, "\na,b\n"), 1 << 20);
    CsvRecord big = p.next();
    assertTrue(big.isMalformed());
    assertTrue(big.error().contains("52428800 bytes long, over the limit of 1048576"), big.error());
    assertTrue(big.raw().length() < RecordText.KEPT_CHARS + 100);
    assertEquals(List.of(), big.fields());
    CsvRecord next = p.next();
    assertEquals(2, next.line());
    assertEquals(List.of("a", "b"), next.fields());
  }

  @Test
  void jsonLineOverTheLimitIsRefusedAndTheNextLineIsRead() throws IOException {
    BoundedLineReader r = new BoundedLineReader(xs(3L << 20, "\r\n{}\n"), 1 << 20);
    RecordText big = r.next();
    assertTrue(big.oversized());
    assertEquals(3L << 20, big.bytes());
    RecordText next = r.next();
    assertFalse(next.oversized());
    assertEquals("{}", next.text());
    assertEquals(null, r.next());
  }

  @Test
  void bytesAreCountedAsUtf8() {
    RecordText t = new RecordText(5);
    t.append("éé"); // 4 bytes
    assertFalse(t.oversized());
    t.append("€"); // 3 more
    assertTrue(t.oversized());
  }

  @Test
  void unterminatedQuoteNamesTheSwallowedLinesAndRows() {
    CsvParser p = new CsvParser(new StringReader("a,b\n1,\"open\n2,x\n3,y\n4,z\n"));
    p.next();
    CsvRecord r = p.next();
    assertEquals(2, r.line());
    assertTrue(r.error().contains("swallowed lines 2–5"), r.error());
    assertTrue(r.error().contains("4 lines, probably 4 rows"), r.error());
    assertFalse(p.hasNext());
  }
}
