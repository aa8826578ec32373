package org.tipevidence.common.disclosure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * total = sum of parts, for cells that differ only in {@code dimension}: the equation an attacker
 * assumes. Real breakdowns need not add up (GLOTIP; sex {@code _O}/{@code _U}), but "total minus
 * the known parts" is still a good estimate of a lone unknown, so the protection treats every
 * margin as exact.
 */
public record MarginEquation(String dimension, CellKey total, List<CellKey> parts)
    implements Serializable {
  public MarginEquation {
    parts = List.copyOf(parts);
  }

  /** The total first, then the parts in key order. */
  public List<CellKey> members() {
    List<CellKey> all = new ArrayList<>(parts.size() + 1);
    all.add(total);
    all.addAll(parts);
    return all;
  }

  public boolean contains(CellKey key) {
    return total.equals(key) || parts.contains(key);
  }
}
