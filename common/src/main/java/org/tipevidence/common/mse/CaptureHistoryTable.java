package org.tipevidence.common.mse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tipevidence.common.number.PlainNumber;

/**
 * Observed list-overlap data: one row per capture history (which lists saw the victims) with the
 * number of victims seen on exactly those lists. Rows keep their input order because the bootstrap
 * resamples and the jackknife deletes over the input rows.
 *
 * <p>CSV layout (as in {@code shared/data/mse/*.csv}): a header naming the list columns plus one
 * column called {@code count}; data cells 0/1; counts whole numbers &ge; 0. Histories not listed
 * have count zero.
 */
public final class CaptureHistoryTable implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Name of the count column (case-insensitive). */
  public static final String COUNT_COLUMN = "count";

  /** The completed table has 2^t − 1 cells; beyond this the models are not practical anyway. */
  public static final int MAX_LISTS = 20;

  private final List<String> listNames;
  private final int[] histories; // bit i set = seen on list i
  private final long[] counts;

  private CaptureHistoryTable(List<String> listNames, int[] histories, long[] counts) {
    this.listNames = List.copyOf(listNames);
    this.histories = histories;
    this.counts = counts;
  }

  // ---------------------------------------------------------------- construction

  /** Parses CSV text; throws {@link MseInputException} listing every problem found. */
  public static CaptureHistoryTable parse(Reader reader) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader br = new BufferedReader(reader)) {
      for (String l = br.readLine(); l != null; l = br.readLine()) {
        lines.add(l);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read capture-history CSV", e);
    }
    List<MseInputException.Problem> problems = new ArrayList<>();
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw fail(
          new MseInputException.Problem(
              1,
              MseInputException.Kind.BAD_HEADER,
              "line 1: the header is missing; start the file with the list names and a '"
                  + COUNT_COLUMN
                  + "' column, e.g. LA,NG,PF,count"));
    }
    String[] header = splitCsv(stripBom(lines.get(0)));
    int countCol = -1;
    List<String> names = new ArrayList<>();
    List<Integer> listCols = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int c = 0; c < header.length; c++) {
      String h = header[c];
      if (h.isEmpty()) {
        problems.add(
            headerProblem("column " + (c + 1) + " has no name; name every column in the header"));
        continue;
      }
      if (!seen.add(h.toLowerCase(Locale.ROOT))) {
        problems.add(
            headerProblem("column name '" + h + "' appears twice; give each list a distinct name"));
        continue;
      }
      if (h.equalsIgnoreCase(COUNT_COLUMN)) {
        countCol = c;
      } else {
        names.add(h);
        listCols.add(c);
      }
    }
    if (countCol < 0) {
      problems.add(
          headerProblem(
              "no '"
                  + COUNT_COLUMN
                  + "' column; add a column named '"
                  + COUNT_COLUMN
                  + "' holding the number of victims with each history"));
    }
    if (!problems.isEmpty()) {
      throw new MseInputException(problems);
    }
    checkListCount(names.size(), problems, 1);
    if (!problems.isEmpty()) {
      throw new MseInputException(problems);
    }

    List<int[]> rows = new ArrayList<>();
    List<Long> rowCounts = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i);
      if (line.isBlank()) {
        continue; // trailing or spacer lines carry no data
      }
      String[] f = splitCsv(line);
      if (f.length != header.length) {
        problems.add(
            new MseInputException.Problem(
                lineNo,
                MseInputException.Kind.WRONG_FIELD_COUNT,
                "line "
                    + lineNo
                    + ": "
                    + f.length
                    + " fields but the header has "
                    + header.length
                    + "; give one 0/1 value per list and a count"));
        continue;
      }
      int[] cells = new int[names.size()];
      boolean ok = true;
      for (int k = 0; k < listCols.size(); k++) {
        String v = f[listCols.get(k)];
        if (v.equals("0") || v.equals("1")) {
          cells[k] = v.charAt(0) - '0';
        } else {
          ok = false;
          problems.add(
              new MseInputException.Problem(
                  lineNo,
                  MseInputException.Kind.NOT_BINARY,
                  "line "
                      + lineNo
                      + ": list '"
                      + names.get(k)
                      + "' has '"
                      + v
                      + "'; use 1 if the victims are on that list, 0 if not"));
        }
      }
      Long count = parseCount(f[countCol], "line " + lineNo, lineNo, problems);
      if (ok && count != null) {
        rows.add(cells);
        rowCounts.add(count);
        rowLines.add(lineNo);
      }
    }
    return build(names, rows, rowCounts, rowLines, "line ", problems);
  }

  /**
   * Builds a table in code. {@code histories[r][i]} is 0/1 for list i in row r; problems are
   * reported with 1-based row numbers.
   */
  public static CaptureHistoryTable of(List<String> listNames, int[][] histories, long[] counts) {
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
    List<int[]> rows = new ArrayList<>();
    List<Long> rowCounts = new ArrayList<>();
    List<Integer> rowNos = new ArrayList<>();
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
          problems.add(
              new MseInputException.Problem(
                  rowNo,
                  MseInputException.Kind.NOT_BINARY,
                  "row "
                      + rowNo
                      + ": list '"
                      + listNames.get(k)
                      + "' has "
                      + v
                      + "; use 1 if the victims are on that list, 0 if not"));
        }
      }
      if (counts[r] < 0) {
        ok = false;
        problems.add(negativeCount("row " + rowNo, rowNo, Long.toString(counts[r])));
      }
      if (ok) {
        rows.add(histories[r].clone());
        rowCounts.add(counts[r]);
        rowNos.add(rowNo);
      }
    }
    return build(listNames, rows, rowCounts, rowNos, "row ", problems);
  }

  private static CaptureHistoryTable build(
      List<String> names,
      List<int[]> rows,
      List<Long> rowCounts,
      List<Integer> rowLines,
      String where,
      List<MseInputException.Problem> problems) {
    Map<Integer, Integer> firstLine = new HashMap<>();
    int[] masks = new int[rows.size()];
    long total = 0;
    for (int r = 0; r < rows.size(); r++) {
      int mask = 0;
      for (int k = 0; k < names.size(); k++) {
        mask |= rows.get(r)[k] << k;
      }
      masks[r] = mask;
      int line = rowLines.get(r);
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
                    + historyLabel(mask, names)
                    + " already given on "
                    + where
                    + prev
                    + "; keep one row per history (merge the counts at source if both are"
                    + " right)"));
      }
      total += rowCounts.get(r);
    }
    if (problems.isEmpty() && total == 0) {
      problems.add(
          new MseInputException.Problem(
              0,
              MseInputException.Kind.EMPTY_TABLE,
              rows.isEmpty()
                  ? "the table has no data rows; add one row per observed capture history"
                  : "every count is zero; there is nothing to estimate from"));
    }
    if (!problems.isEmpty()) {
      throw new MseInputException(problems);
    }
    long[] c = new long[rowCounts.size()];
    for (int r = 0; r < c.length; r++) {
      c[r] = rowCounts.get(r);
    }
    return new CaptureHistoryTable(names, masks, c);
  }

  // ---------------------------------------------------------------- accessors

  public int numLists() {
    return listNames.size();
  }

  public List<String> listNames() {
    return listNames;
  }

  /** Number of input rows (distinct histories as given, including zero-count rows). */
  public int numRows() {
    return histories.length;
  }

  /** Capture history of input row r as a bit mask (bit i = list i). */
  public int history(int row) {
    return histories[row];
  }

  public long count(int row) {
    return counts[row];
  }

  /** Counts of the input rows, in input order. */
  public long[] counts() {
    return counts.clone();
  }

  /** N_obs: victims seen on at least one list. */
  public long observed() {
    long s = 0;
    for (long c : counts) {
      s += c;
    }
    return s;
  }

  /** N*_ij: victims on both lists of the pair, whatever else they are on. */
  public long overlap(ListPair pair) {
    int m = pair.mask();
    long s = 0;
    for (int r = 0; r < histories.length; r++) {
      if ((histories[r] & m) == m) {
        s += counts[r];
      }
    }
    return s;
  }

  /** Victims on list i (whatever else they are on). */
  public long listTotal(int list) {
    long s = 0;
    for (int r = 0; r < histories.length; r++) {
      if ((histories[r] >> list & 1) == 1) {
        s += counts[r];
      }
    }
    return s;
  }

  /**
   * The table completed to all 2^t − 1 observable histories: element {@code mask} is the count of
   * that history (element 0, the unobserved cell, is always 0).
   */
  public long[] completedCounts() {
    long[] full = new long[1 << numLists()];
    for (int r = 0; r < histories.length; r++) {
      full[histories[r]] += counts[r];
    }
    return full;
  }

  /** Same histories with new counts (bootstrap resample or jackknife deletion). */
  public CaptureHistoryTable withCounts(long[] newCounts) {
    if (newCounts.length != counts.length) {
      throw new IllegalArgumentException(
          "need " + counts.length + " counts, got " + newCounts.length);
    }
    for (long c : newCounts) {
      if (c < 0) {
        throw new IllegalArgumentException("counts must be >= 0: " + Arrays.toString(newCounts));
      }
    }
    return new CaptureHistoryTable(listNames, histories, newCounts.clone());
  }

  /** Label like {@code {NG,PF}} for messages. */
  public static String historyLabel(int mask, List<String> names) {
    StringBuilder sb = new StringBuilder("{");
    for (int k = 0; k < names.size(); k++) {
      if ((mask >> k & 1) == 1) {
        sb.append(sb.length() > 1 ? "," : "").append(names.get(k));
      }
    }
    return sb.append('}').toString();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.join(",", listNames)).append(",count\n");
    for (int r = 0; r < histories.length; r++) {
      for (int k = 0; k < numLists(); k++) {
        sb.append(histories[r] >> k & 1).append(',');
      }
      sb.append(counts[r]).append('\n');
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- parsing helpers

  private static void checkListCount(
      int lists, List<MseInputException.Problem> problems, int line) {
    if (lists < 2) {
      problems.add(
          new MseInputException.Problem(
              line,
              MseInputException.Kind.TOO_FEW_LISTS,
              (line > 0 ? "line " + line + ": " : "")
                  + "only "
                  + lists
                  + " list column(s); multiple systems estimation needs at least two lists"
                  + " (three or more for a meaningful model choice)"));
    } else if (lists > MAX_LISTS) {
      problems.add(
          new MseInputException.Problem(
              line,
              MseInputException.Kind.TOO_MANY_LISTS,
              (line > 0 ? "line " + line + ": " : "")
                  + lists
                  + " list columns; at most "
                  + MAX_LISTS
                  + " are supported, merge or drop lists"));
    }
  }

  private static Long parseCount(
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

  private static MseInputException.Problem negativeCount(String where, int line, String v) {
    return new MseInputException.Problem(
        line,
        MseInputException.Kind.BAD_COUNT,
        where + ": count " + v + " is negative; give the number of victims (>= 0)");
  }

  private static MseInputException.Problem headerProblem(String what) {
    return new MseInputException.Problem(
        1, MseInputException.Kind.BAD_HEADER, "line 1 (header): " + what);
  }

  private static MseInputException fail(MseInputException.Problem p) {
    return new MseInputException(List.of(p));
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** Comma split with trimming and optional surrounding double quotes (no embedded commas). */
  private static String[] splitCsv(String line) {
    String[] f = line.split(",", -1);
    for (int i = 0; i < f.length; i++) {
      String s = f[i].trim();
      if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
        s = s.substring(1, s.length() - 1).trim();
      }
      f[i] = s;
    }
    return f;
  }
}
