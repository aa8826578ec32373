package org.tipevidence.common.disclosure;

import java.io.Serializable;

/**
 * One cell of a table instance.
 *
 * @param value the count (the true value while protecting; null when suppressed in a published
 *     table, or when the cell has no figure)
 * @param state published, or why it is withheld
 */
public record Cell(CellKey key, Double value, CellState state) implements Serializable {
  /** Known to a reader: published with a figure. */
  public boolean isKnown() {
    return !state.isSuppressed() && value != null;
  }

  /**
   * Part of the margin equations: known, or suppressed (an unknown the attacker solves for). A
   * published cell without a figure is left out, as if absent: the attacker then assumes the
   * remaining cells make up the total, which is the pessimistic reading.
   */
  public boolean participates() {
    return state.isSuppressed() || value != null;
  }
}
