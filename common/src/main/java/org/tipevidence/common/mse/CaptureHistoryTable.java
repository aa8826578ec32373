package org.tipevidence.common.mse;

import java.io.Reader;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

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

  CaptureHistoryTable(List<String> listNames, int[] histories, long[] counts) {
    this.listNames = List.copyOf(listNames);
    this.histories = histories;
    this.counts = counts;
  }

  /** Parses CSV text; throws {@link MseInputException} listing every problem found. */
  public static CaptureHistoryTable parse(Reader reader) {
    return CaptureHistoryCsv.parse(reader);
  }

  /**
   * Builds a table in code. {@code histories[r][i]} is 0/1 for list i in row r; problems are
   * reported with 1-based row numbers.
   */
  public static CaptureHistoryTable of(List<String> listNames, int[][] histories, long[] counts) {
    return CaptureHistoryChecks.of(listNames, histories, counts);
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
}
