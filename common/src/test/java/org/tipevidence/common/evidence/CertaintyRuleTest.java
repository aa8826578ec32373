package org.tipevidence.common.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.evidence.CertaintyRule.Downgrade;
import org.tipevidence.common.evidence.CertaintyRule.Evidence;
import org.tipevidence.common.evidence.CertaintyRule.Rating;

class CertaintyRuleTest {

  private static Rating rate(int n, int low, int rct, double i2, double ciLow, double ciHigh) {
    return CertaintyRule.assess(new Evidence(n, low, rct, i2, ciLow, ciHigh));
  }

  @Test
  void consistentPreciseLowRiskTrialsAreHigh() {
    Rating r = rate(4, 3, 4, 10.0, 0.2, 0.6);
    assertEquals(Certainty.HIGH, r.certainty());
    assertTrue(r.startedHigh());
    assertEquals(List.of(), r.downgrades());
    assertEquals("", r.downgradeCodes());
  }

  @Test
  void halfRctsStillStartHighAndHalfLowRiskIsNotADowngrade() {
    // 2 of 4 is "at least half" for both thresholds.
    Rating r = rate(4, 2, 2, 49.9, -0.9, -0.1);
    assertEquals(Certainty.HIGH, r.certainty());
  }

  @Test
  void eachDomainCostsOneLevel() {
    assertEquals(Certainty.MODERATE, rate(4, 1, 4, 0.0, 0.1, 0.5).certainty());
    assertEquals(Certainty.MODERATE, rate(4, 4, 4, 50.0, 0.1, 0.5).certainty());
    assertEquals(Certainty.MODERATE, rate(4, 4, 4, 0.0, -0.1, 0.5).certainty());
    Rating all = rate(4, 0, 4, 80.0, -0.1, 0.5);
    assertEquals(Certainty.VERY_LOW, all.certainty());
    assertEquals(
        List.of(Downgrade.RISK_OF_BIAS, Downgrade.INCONSISTENCY, Downgrade.IMPRECISION),
        all.downgrades());
    assertEquals("risk_of_bias;inconsistency;imprecision", all.downgradeCodes());
  }

  @Test
  void nonRandomisedEvidenceStartsLowAndFloorsAtVeryLow() {
    Rating clean = rate(5, 5, 2, 0.0, 0.1, 0.4);
    assertFalse(clean.startedHigh());
    assertEquals(Certainty.LOW, clean.certainty());
    assertEquals(Certainty.VERY_LOW, rate(5, 0, 0, 90.0, -1.0, 1.0).certainty());
  }

  @Test
  void aSingleStudyIsDowngradedAndItsMissingI2IsNotInconsistency() {
    Rating r = rate(1, 1, 1, Double.NaN, 0.2, 0.8);
    assertEquals(List.of(Downgrade.SINGLE_STUDY), r.downgrades());
    assertEquals(Certainty.MODERATE, r.certainty());
  }

  @Test
  void aCiTouchingTheNullOrMissingIsImprecise() {
    assertEquals(List.of(Downgrade.IMPRECISION), rate(2, 2, 2, 0.0, 0.0, 0.4).downgrades());
    assertEquals(
        List.of(Downgrade.IMPRECISION), rate(2, 2, 2, 0.0, Double.NaN, Double.NaN).downgrades());
  }

  @Test
  void noStudyIsNoEvidence() {
    Rating r = rate(0, 0, 0, Double.NaN, Double.NaN, Double.NaN);
    assertEquals(Certainty.NO_EVIDENCE, r.certainty());
    assertEquals(List.of(), r.downgrades());
  }

  @Test
  void countsMustBeConsistent() {
    assertThrows(IllegalArgumentException.class, () -> new Evidence(2, 3, 0, 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new Evidence(2, 0, 3, 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new Evidence(-1, 0, 0, 0, 0, 1));
  }
}
