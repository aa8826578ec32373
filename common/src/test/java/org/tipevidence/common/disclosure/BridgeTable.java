package org.tipevidence.common.disclosure;

import java.util.List;
import java.util.Set;

/**
 * A 4 x 4 table with margins where two blocks of suppressed cells are protected on their own, but
 * one suppressed cell joins them: adding the row equations of the first block and subtracting its
 * column equations cancels every other unknown and leaves that cell. No single margin reveals it.
 */
final class BridgeTable {
  private BridgeTable() {}

  static double value(int row, int col) {
    return 10.0 * row + col;
  }

  static DisclosureTable build() {
    Set<String> hidden =
        Set.of("r1|c1", "r1|c2", "r2|c1", "r2|c2", "r3|c3", "r3|c4", "r4|c3", "r4|c4", "r2|c3");
    DisclosureTable t = new DisclosureTable(List.of("row", "col"));
    for (int r = 0; r <= 4; r++) {
      for (int c = 0; c <= 4; c++) {
        double v = 0;
        for (int r2 = 1; r2 <= 4; r2++) {
          for (int c2 = 1; c2 <= 4; c2++) {
            if ((r == 0 || r == r2) && (c == 0 || c == c2)) {
              v += value(r2, c2);
            }
          }
        }
        String rc = r == 0 ? "_T" : "r" + r;
        String cc = c == 0 ? "_T" : "c" + c;
        CellState s = hidden.contains(rc + "|" + cc) ? CellState.SUPPRESSED : CellState.PUBLISHED;
        t.add(v, s, rc, cc);
      }
    }
    return t;
  }
}
