package org.tipevidence.common.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionRuleTest {
  private final SuppressionRule k5 = SuppressionRule.of(5);

  @Test
  void boundariesOfTheDefaultThreshold() {
    assertFalse(k5.isSensitive(0.0), "zero is not disclosive");
    assertTrue(k5.isSensitive(1.0));
    assertTrue(k5.isSensitive(4.0), "k-1");
    assertTrue(k5.isSensitive(4.5), "non-integer counts below k too");
    assertFalse(k5.isSensitive(5.0), "k is published");
    assertFalse(k5.isSensitive(1282.0));
    assertFalse(k5.isSensitive(null), "no figure, nothing to hide");
    assertFalse(k5.isSensitive(Double.NaN));
    assertFalse(k5.isSensitive(-1.0), "not a count");
    assertEquals(1, k5.suppressedLowerBound());
  }

  @Test
  void zerosOnlyWhenConfigured() {
    SuppressionRule zeros = new SuppressionRule(5, true);
    assertTrue(zeros.isSensitive(0.0));
    assertTrue(zeros.isSensitive(3.0));
    assertFalse(zeros.isSensitive(5.0));
    assertEquals(0, zeros.suppressedLowerBound());
  }

  @Test
  void otherThresholds() {
    SuppressionRule k3 = SuppressionRule.of(3);
    assertTrue(k3.isSensitive(2.0));
    assertFalse(k3.isSensitive(3.0));
    SuppressionRule k1 = SuppressionRule.of(1);
    assertFalse(k1.isSensitive(1.0), "k = 1 publishes every positive count");
    assertThrows(IllegalArgumentException.class, () -> SuppressionRule.of(0));
  }

  @Test
  void applyPrimaryMarksOnlySensitivePublishedCells() {
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(0.0, CellState.PUBLISHED, "F")
        .add(4.0, CellState.PUBLISHED, "M")
        .add(null, CellState.CENSORED, "_U")
        .add(5.0, CellState.PUBLISHED, "_O")
        .add(9.0, CellState.PUBLISHED, "_T");
    assertEquals(1, k5.applyPrimary(t));
    assertEquals(CellState.PRIMARY, t.cell("M").state());
    assertEquals(CellState.PUBLISHED, t.cell("F").state());
    assertEquals(CellState.CENSORED, t.cell("_U").state(), "censored input stays censored");
    assertEquals(CellState.PUBLISHED, t.cell("_O").state());
  }
}
