package org.tipevidence.common.disclosure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A cell's codes, one per dimension of its table, in the table's dimension order. Ordered
 * lexicographically, which is the tie-break order of {@link ComplementarySuppression}. A null code
 * (no value in the source) is kept as the empty string.
 */
public record CellKey(List<String> codes) implements Comparable<CellKey>, Serializable {
  public CellKey {
    List<String> copy = new ArrayList<>(codes.size());
    for (String c : codes) {
      copy.add(c == null ? "" : c);
    }
    codes = List.copyOf(copy);
  }

  public static CellKey of(String... codes) {
    return new CellKey(java.util.Arrays.asList(codes));
  }

  public String code(int dimension) {
    return codes.get(dimension);
  }

  /** The same key with one dimension's code replaced (used to find a cell's margin group). */
  CellKey with(int dimension, String code) {
    List<String> c = new ArrayList<>(codes);
    c.set(dimension, code);
    return new CellKey(c);
  }

  @Override
  public int compareTo(CellKey o) {
    int n = Math.min(codes.size(), o.codes.size());
    for (int i = 0; i < n; i++) {
      int c = codes.get(i).compareTo(o.codes.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(codes.size(), o.codes.size());
  }

  @Override
  public String toString() {
    return String.join("|", codes);
  }
}
