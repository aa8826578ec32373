package org.tipevidence.common.mse;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A two-list interaction (i, j) with 0-based list indices and i &lt; j. Natural order is the
 * lexicographic order the stepwise search scans candidates in, which is what breaks p-value ties.
 */
public record ListPair(int first, int second) implements Comparable<ListPair>, Serializable {

  public ListPair {
    if (first < 0 || second <= first) {
      throw new IllegalArgumentException(
          "A list pair needs 0 <= first < second, got (" + first + ", " + second + ")");
    }
  }

  /** Bit mask of the two lists, matching capture-history masks (bit i = list i). */
  public int mask() {
    return (1 << first) | (1 << second);
  }

  /** R-style name, e.g. {@code PF:NCA}. */
  public String name(List<String> listNames) {
    return listNames.get(first) + ":" + listNames.get(second);
  }

  /** All pairs of {@code t} lists in lexicographic order. */
  public static List<ListPair> all(int t) {
    List<ListPair> pairs = new ArrayList<>(t * (t - 1) / 2);
    for (int i = 0; i < t - 1; i++) {
      for (int j = i + 1; j < t; j++) {
        pairs.add(new ListPair(i, j));
      }
    }
    return List.copyOf(pairs);
  }

  @Override
  public int compareTo(ListPair o) {
    return first != o.first ? Integer.compare(first, o.first) : Integer.compare(second, o.second);
  }
}
