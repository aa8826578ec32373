package org.tipevidence.common.mse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tipevidence.common.number.PlainNumber;

/**
 * The checks a capture-history table passes whether it comes from CSV or from code: list count,
 * cells, counts, all-zero and duplicate histories. Each problem names its line (or row) and the
 * fix.
 */
final class CaptureHistoryChecks {
  private CaptureHistoryChecks() {}

  /** Accepted rows so far, with the line (or row number) each came from. */
  static final class Rows {
    final List<int[]> cells = new ArrayList<>();
    final List<Long> counts = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();

    void add(int[] rowCells, long count, int line) {
      cells.add(rowCells);
      counts.add(count);
      lines.add(line);
    }
  }

  /**
   * Builds a table in code. {@code histories[r][i]} is 0/1 for list i in row r; problems are
   * reported with 1-based row numbers.
   */
  static CaptureHistoryTable of(List<String> listNames, int[][] histories, long[] counts) {
    List<MseInputException.Problem> problems = new ArrayList<>();
    checkListCount(listNames.size(), problems, 0);
    Set<String> seen = new HashSet<>();
    for (String n : listNames) {
      if (n == null || n.isBlank() || !seen.add(n.toLowerCase(Locale.ROOT))) {
        problems.add(headerProblem("list names must be non-empty and distinct, got " + listNames));
        break;
      }
    }
    if (histories.length != counts.length) {
      throw new IllegalArgumentException(
          histories.length + " histories but " + counts.length + " counts");
    }
    if (!problems.isEmpty()) {
      throw new MseInputException(problems);
    }
    Rows rows = new Rows();
    for (int r = 0; r < histories.length; r++) {
      int rowNo = r + 1;
      if (histories[r].length != listNames.size()) {
        problems.add(
            new MseInputException.Problem(
                rowNo,
                MseInputException.Kind.WRONG_FIELD_COUNT,
                "row "
                    + rowNo
                    + ": "
                    + histories[r].length
                    + " list cells for "
                    + listNames.size()
                    + " lists; give one 0/1 value per list"));
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < listNames.size(); k++) {
        int v = histories[r][k];
        if (v != 0 && v != 1) {
          ok = false;
          problems.add(notBinary("row ", rowNo, listNames.get(k), Integer.toString(v)));
        }
      }
      if (counts[r] < 0) {
        ok = false;
        problems.add(negativeCount("row " + rowNo, rowNo, Long.toString(counts[r])));
      }
      if (ok) {
        rows.add(histories[r].clone(), counts[r], rowNo);
      }
    }
    return build(listNames, rows, "row ", problems);
  }

  /** Checks histories across rows and builds the table, or throws with every problem found. */
  static CaptureHistoryTable build(
      List<String> names, Rows rows, String where, List<MseInputException.Problem> problems) {
    Map<Integer, Integer> firstLine = new HashMap<>();
    int[] masks = new int[rows.cells.size()];
    long total = 0;
    for (int r = 0; r < masks.length; r++) {
      int mask = 0;
      for (int k = 0; k < names.size(); k++) {
        mask |= rows.cells.get(r)[k] << k;
      }
      masks[r] = mask;
      int line = rows.lines.get(r);
      if (mask == 0) {
        problems.add(
            new MseInputException.Problem(
                line,
                MseInputException.Kind.ALL_ZERO_HISTORY,
                where
                    + line
                    + ": the history is 0 on every list; victims seen on no list cannot be"
                    + " counted, delete this row"));
        continue;
      }
      Integer prev = firstLine.putIfAbsent(mask, line);
      if (prev != null) {
        problems.add(
            new MseInputException.Problem(
                line,
                MseInputException.Kind.DUPLICATE_HISTORY,
                where
                    + line
                    + ": history "
                    + CaptureHistoryTable.historyLabel(mask, names)
                    + " already given on "
                    + where
                    + prev
                    + "; keep one row per history (merge the counts at source if both are"
                    + " right)"));
      }
      total += rows.counts.get(r);
    }
    if (problems.isEmpty() && total == 0) {
      problems.add(
          new MseInputException.Problem(
              0,
              MseInputException.Kind.EMPTY_TABLE,
              masks.length == 0
                  ? "the table has no data rows; add one row per observed capture history"
                  : "every count is zero; there is nothing to estimate from"));
    }
    if (!problems.isEmpty()) {
      throw new MseInputException(problems);
    }
    long[] c = rows.counts.stream().mapToLong(Long::longValue).toArray();
    return new CaptureHistoryTable(names, masks, c);
  }

  static void checkListCount(int lists, List<MseInputException.Problem> problems, int line) {
    String at = line > 0 ? "line " + line + ": " : "";
    if (lists < 2) {
      problems.add(
          new MseInputException.Problem(
              line,
              MseInputException.Kind.TOO_FEW_LISTS,
              at
                  + "only "
                  + lists
                  + " list column(s); multiple systems estimation needs at least two lists"
                  + " (three or more for a meaningful model choice)"));
    } else if (lists > CaptureHistoryTable.MAX_LISTS) {
      problems.add(
          new MseInputException.Problem(
              line,
              MseInputException.Kind.TOO_MANY_LISTS,
              at
                  + lists
                  + " list columns; at most "
                  + CaptureHistoryTable.MAX_LISTS
                  + " are supported, merge or drop lists"));
    }
  }

  /** A whole count ≥ 0, or null after adding the problem. */
  static Long parseCount(
      String v, String where, int line, List<MseInputException.Problem> problems) {
    BigDecimal d;
    try {
      if (!PlainNumber.isPlain(v)) {
        throw new NumberFormatException(v);
      }
      d = new BigDecimal(v.strip());
    } catch (NumberFormatException e) {
      problems.add(
          new MseInputException.Problem(
              line,
              MseInputException.Kind.BAD_COUNT,
              where + ": count '" + v + "' is not a number; give a whole number of victims >= 0"));
      return null;
    }
    if (d.signum() < 0) {
      problems.add(negativeCount(where, line, v));
      return null;
    }
    try {
      return d.longValueExact(); // accepts 3.0, rejects 2.5
    } catch (ArithmeticException e) {
      problems.add(
          new MseInputException.Problem(
              line,
              MseInputException.Kind.BAD_COUNT,
              where
                  + ": count '"
                  + v
                  + "' is not a whole number; counts are numbers of victims, give an integer"
                  + " >= 0 (do not pass weighted or imputed counts)"));
      return null;
    }
  }

  static MseInputException.Problem notBinary(String where, int line, String list, String shown) {
    return new MseInputException.Problem(
        line,
        MseInputException.Kind.NOT_BINARY,
        where
            + line
            + ": list '"
            + list
            + "' has "
            + shown
            + "; use 1 if the victims are on that list, 0 if not");
  }

  static MseInputException.Problem negativeCount(String where, int line, String v) {
    return new MseInputException.Problem(
        line,
        MseInputException.Kind.BAD_COUNT,
        where + ": count " + v + " is negative; give the number of victims (>= 0)");
  }

  static MseInputException.Problem headerProblem(String what) {
    return new MseInputException.Problem(
        1, MseInputException.Kind.BAD_HEADER, "line 1 (header): " + what);
  }
}
