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
