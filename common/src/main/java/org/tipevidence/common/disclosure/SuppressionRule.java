package org.tipevidence.common.disclosure;

import java.io.Serializable;

/**
 * Primary suppression: a published count of persons in 1..k-1 could identify a victim, so it is
 * withheld (UNODC publishes such counts as {@code <5}). Zero is not disclosive and stays, unless
 * {@code suppressZeros} says otherwise (e.g. when "none detected" would itself be sensitive).
 *
 * @param threshold k, the smallest count that may be published; at least 1 (k = 1 suppresses
 *     nothing but zeros when configured)
 * @param suppressZeros whether 0 is suppressed too
 */
public record SuppressionRule(int threshold, boolean suppressZeros) implements Serializable {
  public static final int DEFAULT_THRESHOLD = 5;

  public SuppressionRule {
    if (threshold < 1) {
      throw new IllegalArgumentException(
          "disclosure threshold must be at least 1, got " + threshold);
    }
  }

  /** k with zeros published. */
  public static SuppressionRule of(int threshold) {
    return new SuppressionRule(threshold, false);
  }

  /** True when this count may not be published. Null (no figure) and negative values are not. */
  public boolean isSensitive(Double value) {
    if (value == null || value.isNaN() || value < 0) {
      return false;
    }
    if (value == 0) {
      return suppressZeros;
    }
    return value < threshold;
  }

  /**
   * The smallest value an attacker may assume for any suppressed cell: 1 when zeros are published
   * (a suppressed cell is then never a primary zero), else 0. Complementary cells are chosen
   * positive where possible, so this holds for them too except where only zeros were left.
   */
  public int suppressedLowerBound() {
    return suppressZeros ? 0 : 1;
  }

  /** Marks every published cell of the table that is sensitive as {@link CellState#PRIMARY}. */
  public int applyPrimary(DisclosureTable table) {
    int marked = 0;
    for (Cell cell : table.cells()) {
      if (cell.state() == CellState.PUBLISHED && isSensitive(cell.value())) {
        table.suppress(cell.key(), CellState.PRIMARY);
        marked++;
      }
    }
    return marked;
  }
}
