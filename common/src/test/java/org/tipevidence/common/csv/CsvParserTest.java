package org.tipevidence.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {
  private static List<CsvRecord> parse(String text) {
    List<CsvRecord> records = new ArrayList<>();
    new CsvParser(new StringReader(text)).forEachRemaining(records::add);
    return records;
  }

  /**
   * The parser reads through its own buffer (16 K characters); records that straddle a refill, from
   * a reader that hands out a few characters per call, parse exactly as written.
   */
  @Test
  void recordsAcrossBufferRefillsParseExactly() {
    StringBuilder text = new StringBuilder("id,note\r\n");
    for (int i = 0; i < 3000; i++) {
      text.append(i).append(",\"note ").append(i).append("\nsecond \"\"line\"\"\"\r\n");
    }
    List<CsvRecord> records = new ArrayList<>();
    new CsvParser(new TrickleReader(text.toString(), 7)).forEachRemaining(records::add);
    assertEquals(3001, records.size());
    for (int i = 0; i < 3000; i++) {
      CsvRecord r = records.get(i + 1);
      assertEquals(List.of(String.valueOf(i), "note " + i + "\nsecond \"line\""), r.fields());
      assertEquals(2L + 2L * i, r.line(), "each record spans two physical lines");
      assertNull(r.error());
    }
    List<String> lines = new ArrayList<>();
    BoundedLineReader reader =
        new BoundedLineReader(new TrickleReader(text.toString(), 5), 1 << 20);
    try {
      for (RecordText line = reader.next(); line != null; line = reader.next()) {
        lines.add(line.text());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertEquals(6001, lines.size());
    assertEquals("2999,\"note 2999", lines.get(5999));
    assertEquals("second \"\"line\"\"\"", lines.get(6000));
  }

  /** A reader that hands out at most {@code chunk} characters per call. */
  private static final class TrickleReader extends java.io.Reader {
    private final String text;
    private final int chunk;
    private int at;

    TrickleReader(String text, int chunk) {
      this.text = text;
      this.chunk = chunk;
    }

    @Override
    public int read(char[] into, int offset, int length) {
      if (at >= text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(chunk, length), text.length() - at);
      text.getChars(at, at + n, into, offset);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void stripsByteOrderMarkAndHandlesCrlf() {
    List<CsvRecord> r = parse("\uFEFFa,b\r\n1,2\r\n3,4\r\n");
    assertEquals(3, r.size());
    assertEquals(List.of("a", "b"), r.get(0).fields());
    assertEquals(List.of("3", "4"), r.get(2).fields());
    assertEquals(3, r.get(2).line());
    assertEquals("3,4", r.get(2).raw());
  }

  @Test
  void quotedFieldsKeepCommasQuotesAndNewlinesAndLineNumbersCountPhysicalLines() {
    List<CsvRecord> r = parse("h1,h2\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row\n");
    assertEquals(List.of("x, y", "say \"hi\""), r.get(1).fields());
    assertEquals(2, r.get(1).line());
    assertEquals(List.of("two\nlines", "z"), r.get(2).fields());
    assertEquals(3, r.get(2).line());
    assertEquals("\"two\nlines\",z", r.get(2).raw());
    assertEquals(5, r.get(3).line(), "the record after a two-line record starts on line 5");
    assertNull(r.get(3).error());
  }

  @Test
  void lastRecordWithoutNewlineAndEmptyFields() {
    List<CsvRecord> r = parse("a,b,c\n,,\n1,,3");
    assertEquals(List.of("", "", ""), r.get(1).fields());
    assertEquals(List.of("1", "", "3"), r.get(2).fields());
  }

  @Test
  void unterminatedQuoteIsMalformedNotSwallowedSilently() {
    List<CsvRecord> r = parse("a,b\n\"open,1\n2,3\n");
    assertEquals(2, r.size());
    assertTrue(r.get(1).isMalformed());
    assertTrue(r.get(1).error().contains("never closed"));
  }

  @Test
  void strayQuoteInsideUnquotedFieldIsMalformed() {
    List<CsvRecord> r = parse("a,b\n12\"3,4\n");
    assertTrue(r.get(1).isMalformed());
    assertFalse(parse("a,b\n\"12\",4\n").get(1).isMalformed());
  }

  @Test
  void textAfterClosingQuoteIsMalformed() {
    assertTrue(parse("a,b\n\"12\"x,4\n").get(1).isMalformed());
  }
}
