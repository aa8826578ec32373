package org.tipevidence.common.mse;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tipevidence.common.csv.CsvParser;
import org.tipevidence.common.csv.CsvRecord;

/**
 * Reads a capture-history table from CSV through the one RFC 4180 parser ({@link CsvParser}), so
 * quoted names and BOMs behave as in every other input. Cells are trimmed; blank lines are skipped.
 */
final class CaptureHistoryCsv {
  private CaptureHistoryCsv() {}

  /** Parses CSV text; throws {@link MseInputException} listing every problem found. */
  static CaptureHistoryTable parse(Reader reader) {
    CsvParser csv = new CsvParser(reader);
    CsvRecord head = csv.hasNext() ? csv.next() : null;
    if (head == null || head.raw().isBlank()) {
      throw new MseInputException(
          List.of(
              new MseInputException.Problem(
                  1,
                  MseInputException.Kind.BAD_HEADER,
                  "line 1: the header is missing; start the file with the list names and a '"
                      + CaptureHistoryTable.COUNT_COLUMN
                      + "' column, e.g. LA,NG,PF,count")));
    }
    List<MseInputException.Problem> problems = new ArrayList<>();
    Header header = header(head, problems);
    if (!problems.isEmpty()) {
      throw new MseInputException(problems);
    }
    CaptureHistoryChecks.checkListCount(header.names.size(), problems, 1);
    if (!problems.isEmpty()) {
      throw new MseInputException(problems);
    }
    CaptureHistoryChecks.Rows rows = new CaptureHistoryChecks.Rows();
    while (csv.hasNext()) {
      CsvRecord rec = csv.next();
      if (!rec.raw().isBlank()) { // trailing or spacer lines carry no data
        row(rec, header, rows, problems);
      }
    }
    return CaptureHistoryChecks.build(header.names, rows, "line ", problems);
  }

  /** The list columns (in order) and the count column. */
  private record Header(List<String> names, List<Integer> listCols, int countCol, int width) {}

  private static Header header(CsvRecord head, List<MseInputException.Problem> problems) {
    if (head.isMalformed()) {
      problems.add(CaptureHistoryChecks.headerProblem(head.error()));
    }
    List<String> header = cells(head);
    int countCol = -1;
    List<String> names = new ArrayList<>();
    List<Integer> listCols = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c);
      if (h.isEmpty()) {
        problems.add(
            CaptureHistoryChecks.headerProblem(
                "column " + (c + 1) + " has no name; name every column in the header"));
      } else if (!seen.add(h.toLowerCase(Locale.ROOT))) {
        problems.add(
            CaptureHistoryChecks.headerProblem(
                "column name '" + h + "' appears twice; give each list a distinct name"));
      } else if (h.equalsIgnoreCase(CaptureHistoryTable.COUNT_COLUMN)) {
        countCol = c;
      } else {
        names.add(h);
        listCols.add(c);
      }
    }
    if (countCol < 0) {
      String count = CaptureHistoryTable.COUNT_COLUMN;
      problems.add(
          CaptureHistoryChecks.headerProblem(
              "no '"
                  + count
                  + "' column; add a column named '"
                  + count
                  + "' holding the number of victims with each history"));
    }
    return new Header(names, listCols, countCol, header.size());
  }

  private static void row(
      CsvRecord rec,
      Header header,
      CaptureHistoryChecks.Rows rows,
      List<MseInputException.Problem> problems) {
    int lineNo = (int) rec.line();
    if (rec.isMalformed()) {
      problems.add(
          new MseInputException.Problem(
              lineNo,
              MseInputException.Kind.MALFORMED_RECORD,
              "line " + lineNo + ": " + rec.error()));
      return;
    }
    List<String> f = cells(rec);
    if (f.size() != header.width) {
      problems.add(
          new MseInputException.Problem(
              lineNo,
              MseInputException.Kind.WRONG_FIELD_COUNT,
              "line "
                  + lineNo
                  + ": "
                  + f.size()
                  + " fields but the header has "
                  + header.width
                  + "; give one 0/1 value per list and a count"));
      return;
    }
    int[] cells = new int[header.names.size()];
    boolean ok = true;
    for (int k = 0; k < header.listCols.size(); k++) {
      String v = f.get(header.listCols.get(k));
      if (v.equals("0") || v.equals("1")) {
        cells[k] = v.charAt(0) - '0';
      } else {
        ok = false;
        problems.add(
            CaptureHistoryChecks.notBinary("line ", lineNo, header.names.get(k), "'" + v + "'"));
      }
    }
    Long count =
        CaptureHistoryChecks.parseCount(f.get(header.countCol), "line " + lineNo, lineNo, problems);
    if (ok && count != null) {
      rows.add(cells, count, lineNo);
    }
  }

  /** The record's fields, trimmed. */
  private static List<String> cells(CsvRecord rec) {
    return rec.fields().stream().map(String::trim).toList();
  }
}
