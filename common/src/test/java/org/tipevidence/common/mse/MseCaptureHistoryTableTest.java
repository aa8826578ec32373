package org.tipevidence.common.mse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class MseCaptureHistoryTableTest {

  private static CaptureHistoryTable parse(String csv) {
    return CaptureHistoryTable.parse(new StringReader(csv));
  }

  private static MseInputException.Problem onlyProblem(String csv) {
    MseInputException e = assertThrows(MseInputException.class, () -> parse(csv));
    assertEquals(1, e.problems().size(), e::getMessage);
    return e.problems().get(0);
  }

  private static void assertProblem(
      String csv, MseInputException.Kind kind, int line, String... fragments) {
    MseInputException.Problem p = onlyProblem(csv);
    assertEquals(kind, p.kind(), p.message());
    assertEquals(line, p.line(), p.message());
    for (String f : fragments) {
      assertTrue(p.message().contains(f), () -> "'" + f + "' not in: " + p.message());
    }
  }

  @Test
  void parsesCompletesAndCountsOverlaps() {
    CaptureHistoryTable t = parse("A,B,C,count\n1,0,0,10\n0,1,0,20\r\n1,1,0,3\n1,1,1,2\n\n");
    assertEquals(List.of("A", "B", "C"), t.listNames());
    assertEquals(35, t.observed());
    assertEquals(5, t.overlap(new ListPair(0, 1)));
    assertEquals(2, t.overlap(new ListPair(0, 2)));
    assertEquals(15, t.listTotal(0));
    long[] full = t.completedCounts();
    assertEquals(8, full.length);
    assertArrayEquals(new long[] {0, 10, 20, 3, 0, 0, 0, 2}, full);
  }

  @Test
  void countColumnMayBeAnywhereAndQuoted() {
    CaptureHistoryTable t =
        parse("\uFEFF\"Count\",\"X\",\"Y\"\n4,1,0\n5,0,1\n1.0,1,1\n"); // 1.0 is whole
    assertEquals(List.of("X", "Y"), t.listNames());
    assertEquals(10, t.observed());
  }

  @Test
  void readThroughTheOneCsvParser() {
    // A quoted list name may hold a comma, as in any RFC 4180 file.
    CaptureHistoryTable t = parse("\"Police, north\",NGO,count\n1,0,4\n0,1,5\n1,1,1\n");
    assertEquals(List.of("Police, north", "NGO"), t.listNames());
    assertEquals(10, t.observed());
    // A broken quote is reported on its line, not split into odd fields.
    assertProblem(
        "A,B,count\n1,0,4\n0,1,5\"x\n", MseInputException.Kind.MALFORMED_RECORD, 3, "line 3");
  }

  @Test
  void referenceFilesParse() {
    CaptureHistoryTable t = MseTestData.load("UKdat.csv");
    assertEquals(List.of("LA", "NG", "PF", "GO", "GP", "NCA"), t.listNames());
    assertEquals(25, t.numRows());
    assertEquals(2744, t.observed());
  }

  @Test
  void nonBinaryCell() {
    assertProblem(
        "A,B,count\n1,0,5\n0,2,7\n",
        MseInputException.Kind.NOT_BINARY,
        3,
        "line 3",
        "'B'",
        "'2'",
        "use 1");
  }

  @Test
  void negativeCount() {
    assertProblem(
        "A,B,count\n1,0,-5\n0,1,7\n", MseInputException.Kind.BAD_COUNT, 2, "line 2", "negative");
  }

  @Test
  void fractionalCount() {
    assertProblem(
        "A,B,count\n1,0,5\n0,1,2.5\n",
        MseInputException.Kind.BAD_COUNT,
        3,
        "line 3",
        "whole number");
  }

  @Test
  void nonNumericCount() {
    assertProblem(
        "A,B,count\n1,0,five\n0,1,2\n", MseInputException.Kind.BAD_COUNT, 2, "not a number");
  }

  @Test
  void duplicatedHistoryIsReportedNotSummed() {
    assertProblem(
        "A,B,count\n1,0,5\n0,1,2\n1,0,3\n",
        MseInputException.Kind.DUPLICATE_HISTORY,
        4,
        "line 4",
        "{A}",
        "line 2",
        "one row per history");
  }

  @Test
  void fewerThanTwoLists() {
    assertProblem("A,count\n1,5\n", MseInputException.Kind.TOO_FEW_LISTS, 1, "at least two lists");
  }

  @Test
  void allZeroTable() {
    assertProblem(
        "A,B,count\n1,0,0\n0,1,0\n", MseInputException.Kind.EMPTY_TABLE, 0, "every count is zero");
    assertProblem("A,B,count\n", MseInputException.Kind.EMPTY_TABLE, 0, "no data rows");
  }

  @Test
  void allZeroHistoryRow() {
    assertProblem(
        "A,B,count\n1,0,5\n0,0,9\n",
        MseInputException.Kind.ALL_ZERO_HISTORY,
        3,
        "line 3",
        "delete this row");
  }

  @Test
  void badHeaders() {
    assertProblem("A,B,n\n1,0,5\n", MseInputException.Kind.BAD_HEADER, 1, "no 'count' column");
    assertProblem("A,A,count\n1,0,5\n", MseInputException.Kind.BAD_HEADER, 1, "appears twice");
    assertProblem(
        "A,,count\n1,0,5\n", MseInputException.Kind.BAD_HEADER, 1, "column 2 has no name");
    assertProblem("", MseInputException.Kind.BAD_HEADER, 1, "header is missing");
  }

  @Test
  void wrongFieldCount() {
    assertProblem(
        "A,B,count\n1,0\n",
        MseInputException.Kind.WRONG_FIELD_COUNT,
        2,
        "2 fields",
        "header has 3");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    MseInputException e =
        assertThrows(
            MseInputException.class, () -> parse("A,B,count\n1,x,5\n0,1,-2\n1,1,1\n1,1,4\n"));
    assertEquals(3, e.problems().size(), e::getMessage);
    assertTrue(e.has(MseInputException.Kind.NOT_BINARY));
    assertTrue(e.has(MseInputException.Kind.BAD_COUNT));
    assertTrue(e.has(MseInputException.Kind.DUPLICATE_HISTORY));
    assertTrue(e.getMessage().startsWith("Invalid capture-history table (3 problems)"));
  }

  @Test
  void buildInCodeValidatesToo() {
    MseInputException e =
        assertThrows(
            MseInputException.class,
            () ->
                CaptureHistoryTable.of(
                    List.of("A", "B"), new int[][] {{1, 0}, {1, 0}}, new long[] {1, 2}));
    assertEquals(MseInputException.Kind.DUPLICATE_HISTORY, e.problems().get(0).kind());
    assertTrue(e.getMessage().contains("row 2"), e::getMessage);
    CaptureHistoryTable t =
        CaptureHistoryTable.of(
            List.of("A", "B"), new int[][] {{1, 0}, {0, 1}, {1, 1}}, new long[] {1, 2, 3});
    assertEquals(6, t.observed());
  }
}
