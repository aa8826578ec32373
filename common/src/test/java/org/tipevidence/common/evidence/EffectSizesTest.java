package org.tipevidence.common.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Effect sizes against metafor's published escalc values (methods.md §7.2). */
class EffectSizesTest {

  /** |Δ| allowed against a value published to 4 dp. */
  static final double P4 = 5e-5;

  /** |Δ| allowed against a value computed to 6 dp. */
  static final double C6 = 1e-6;

  private static EffectSize valid(EffectResult result) {
    assertTrue(result.isValid(), () -> "expected a valid effect, got " + result);
    return result.value().orElseThrow();
  }

  @Test
  void bcgTrial1LogRiskRatioAndItsSummary() {
    EffectSize es = valid(EffectSizes.logRiskRatio(4, 123, 11, 139));
    assertEquals(EffectMeasure.LOG_RR, es.measure());
    assertEquals(-0.8893, es.yi(), P4);
    assertEquals(0.3256, es.vi(), P4);
    assertEquals(0.5706, es.se(), P4);
    assertEquals(-1.5586, es.z(), P4);
    assertEquals(-2.0077, es.ciLow(), P4);
    assertEquals(0.2290, es.ciHigh(), P4);
    assertFalse(es.zeroCellCorrected());
  }

  @Test
  void bcgTrial1LogOddsRatioSummary() {
    // metafor test_misc_escalc.r, summary() of measure="OR" for trial 1 [P].
    EffectSize es = valid(EffectSizes.logOddsRatio(4, 123, 11, 139));
    assertEquals(-1.5708, es.z(), P4);
    assertEquals(0.5976, es.se(), P4);
    assertEquals(-2.1100, es.ciLow(), P4);
    assertEquals(0.2326, es.ciHigh(), P4);
  }

  @Test
  void allThirteenBcgLogRiskRatios() {
    List<EffectSize> effects = Bcg.effects(EffectMeasure.LOG_RR);
    for (int i = 0; i < effects.size(); i++) {
      String trial = "trial " + (i + 1);
      assertEquals(Bcg.LOG_RR_YI_4DP[i], effects.get(i).yi(), P4, trial);
      assertEquals(Bcg.LOG_RR_VI_4DP[i], effects.get(i).vi(), P4, trial);
      assertEquals(Bcg.LOG_RR_YI_6DP[i], effects.get(i).yi(), C6, trial);
      assertEquals(Bcg.LOG_RR_VI_6DP[i], effects.get(i).vi(), C6, trial);
    }
  }

  @Test
  void bcgLogOddsRatiosOfTrials3And4() {
    List<EffectSize> effects = Bcg.effects(EffectMeasure.LOG_OR);
    assertEquals(-1.3863, effects.get(2).yi(), P4);
    assertEquals(-1.4564, effects.get(3).yi(), P4);
  }

  @Test
  void riskDifferenceUsesLargeSampleVariance() {
    // Trial 1: p1 = 4/123, p2 = 11/139; vi = a*b/n1^3 + c*d/n2^3 (metafor vtype "LS").
    EffectSize es = valid(EffectSizes.riskDifference(4, 123, 11, 139));
    assertEquals(4.0 / 123 - 11.0 / 139, es.yi(), 1e-15);
    assertEquals(4.0 * 119 / Math.pow(123, 3) + 11.0 * 128 / Math.pow(139, 3), es.vi(), 1e-15);
  }

  @Test
  void hedgesGForNormand1999() {
    for (int i = 0; i < Normand1999.STUDIES.size(); i++) {
      Normand1999.Study study = Normand1999.STUDIES.get(i);
      EffectSize es = valid(study.hedgesG());
      String label = study.source();
      assertEquals(EffectMeasure.SMD, es.measure());
      assertEquals(Normand1999.G_4DP[i], es.yi(), P4, label);
      assertEquals(Normand1999.V_4DP[i], es.vi(), P4, label);
      assertEquals(Normand1999.G_6DP[i], es.yi(), C6, label);
      assertEquals(Normand1999.V_6DP[i], es.vi(), C6, label);
    }
  }

  @Test
  void exactHedgesCorrectionDiffersFromTheApproximation() {
    for (int i = 0; i < Normand1999.STUDIES.size(); i++) {
      Normand1999.Study s = Normand1999.STUDIES.get(i);
      assertEquals(Normand1999.J_EXACT_6DP[i], EffectSizes.hedgesJ(s.n1() + s.n2() - 2.0), C6);
    }
    // Study 4 (m = 34): exact 0.977750 vs Hedges' approximation 0.977778.
    assertEquals(0.977778, 1 - 3.0 / (4 * 34 - 1), C6);
  }

  @Test
  void zeroCellAddsHalfToAllFourCellsOnlyWhenACellIsZero() {
    // 0/20 vs 6/20 -> cells (0.5, 20.5, 6.5, 14.5), n1 = n2 = 21.
    EffectSize rr = valid(EffectSizes.logRiskRatio(0, 20, 6, 20));
    assertTrue(rr.zeroCellCorrected());
    assertEquals(Math.log((0.5 / 21) / (6.5 / 21)), rr.yi(), 1e-12);
    assertEquals(1 / 0.5 - 1 / 21.0 + 1 / 6.5 - 1 / 21.0, rr.vi(), 1e-12);

    EffectSize or = valid(EffectSizes.logOddsRatio(0, 20, 6, 20));
    assertEquals(Math.log((0.5 / 20.5) / (6.5 / 14.5)), or.yi(), 1e-12);
    assertEquals(1 / 0.5 + 1 / 20.5 + 1 / 6.5 + 1 / 14.5, or.vi(), 1e-12);

    EffectSize rd = valid(EffectSizes.riskDifference(0, 20, 6, 20));
    assertEquals(0.5 / 21 - 6.5 / 21, rd.yi(), 1e-12);
    assertEquals(0.5 * 20.5 / Math.pow(21, 3) + 6.5 * 14.5 / Math.pow(21, 3), rd.vi(), 1e-12);
  }

  @Test
  void zeroNonEventCellIsAlsoCorrected() {
    // Everyone in arm 1 had the event: b = 0.
    EffectSize rr = valid(EffectSizes.logRiskRatio(50, 50, 40, 50));
    assertTrue(rr.zeroCellCorrected());
    assertEquals(Math.log((50.5 / 51) / (40.5 / 51)), rr.yi(), 1e-12);
  }

  @Test
  void doubleZeroTableIsKeptAsMetaforDoesWithDrop00False() {
    EffectSize rr = valid(EffectSizes.logRiskRatio(0, 30, 0, 40));
    assertEquals(Math.log((0.5 / 31) / (0.5 / 41)), rr.yi(), 1e-12);
  }

  @Test
  void ratioFromConfidenceIntervalIsLoggedFirst() {
    // Round trip: trial 1's published RR CI exp([-2.0077, 0.2290]) around exp(-0.8893).
    EffectSize es =
        valid(
            EffectSizes.fromConfidenceInterval(
                "log_rr", Math.exp(-0.889311), Math.exp(-2.007670), Math.exp(0.229048)));
    assertEquals(-0.889311, es.yi(), C6);
    assertEquals(0.5706, es.se(), P4);
    assertEquals(0.3256, es.vi(), P4);
  }

  @Test
  void differenceFromConfidenceIntervalIsUsedAsGiven() {
    EffectSize es = valid(EffectSizes.fromConfidenceInterval(EffectMeasure.SMD, 0.5, 0.1, 0.9));
    assertEquals(0.5, es.yi(), 0);
    assertEquals(0.8 / (2 * 1.959964), es.se(), 1e-6);
  }

  @Test
  void precomputedAndStandardErrorInputs() {
    EffectSize es = valid(EffectSizes.precomputed("smd", -0.3, 0.04));
    assertEquals(0.2, es.se(), 1e-15);
    EffectSize fromSe = valid(EffectSizes.fromStandardError(EffectMeasure.RD, 0.1, 0.05));
    assertEquals(0.0025, fromSe.vi(), 1e-15);
  }

  private static void assertRejected(EffectReason reason, EffectResult result) {
    assertFalse(result.isValid(), () -> "expected " + reason.code() + ", got " + result);
    EffectResult.Invalid invalid = result.rejection().orElseThrow();
    assertEquals(reason, invalid.reason(), invalid.message());
    assertFalse(invalid.message().isBlank());
  }

  @Test
  void badCountsAreRejectedWithAReason() {
    assertRejected(EffectReason.EVENTS_EXCEED_TOTAL, EffectSizes.logRiskRatio(12, 10, 1, 10));
    assertRejected(EffectReason.EVENTS_EXCEED_TOTAL, EffectSizes.logOddsRatio(1, 10, 11, 10));
    assertRejected(EffectReason.NEGATIVE_EVENTS, EffectSizes.riskDifference(-1, 10, 1, 10));
    assertRejected(EffectReason.NON_POSITIVE_TOTAL, EffectSizes.logRiskRatio(0, 0, 1, 10));
    assertRejected(EffectReason.NON_POSITIVE_TOTAL, EffectSizes.logRiskRatio(1, 10, 0, -5));
    assertRejected(
        EffectReason.MEASURE_NOT_APPLICABLE,
        EffectSizes.fromTwoByTwo(EffectMeasure.SMD, 1, 10, 2, 10));
  }

  @Test
  void badMeansAndSdsAreRejectedWithAReason() {
    assertRejected(EffectReason.NON_POSITIVE_SD, EffectSizes.hedgesG(1, 0, 10, 2, 1, 10));
    assertRejected(EffectReason.NON_POSITIVE_SD, EffectSizes.hedgesG(1, 1, 10, 2, -1, 10));
    assertRejected(EffectReason.NON_POSITIVE_TOTAL, EffectSizes.hedgesG(1, 1, 0, 2, 1, 10));
    assertRejected(EffectReason.ARM_TOO_SMALL, EffectSizes.hedgesG(1, 1, 1, 2, 1, 10));
    assertRejected(EffectReason.NON_FINITE_VALUE, EffectSizes.hedgesG(Double.NaN, 1, 5, 2, 1, 5));
  }

  @Test
  void badIntervalsAreRejectedWithAReason() {
    assertRejected(
        EffectReason.CI_EXCLUDES_ESTIMATE,
        EffectSizes.fromConfidenceInterval(EffectMeasure.LOG_RR, 0.4, 0.5, 0.9));
    assertRejected(
        EffectReason.CI_EXCLUDES_ESTIMATE,
        EffectSizes.fromConfidenceInterval(EffectMeasure.SMD, 1.2, 0.1, 0.9));
    assertRejected(
        EffectReason.CI_NOT_ORDERED,
        EffectSizes.fromConfidenceInterval(EffectMeasure.RD, 0.1, 0.2, -0.1));
    assertRejected(
        EffectReason.CI_NOT_ORDERED,
        EffectSizes.fromConfidenceInterval(EffectMeasure.RD, 0.1, 0.1, 0.1));
    assertRejected(
        EffectReason.NON_POSITIVE_RATIO,
        EffectSizes.fromConfidenceInterval(EffectMeasure.LOG_OR, 0.8, -0.1, 1.5));
    assertRejected(
        EffectReason.NON_FINITE_VALUE,
        EffectSizes.fromConfidenceInterval(EffectMeasure.RD, 0.1, Double.NEGATIVE_INFINITY, 0.3));
  }

  @Test
  void undeclaredOrUnknownMeasuresAreRejected() {
    assertRejected(
        EffectReason.MISSING_EFFECT_MEASURE,
        EffectSizes.fromConfidenceInterval((String) null, 0.5, 0.1, 0.9));
    assertRejected(
        EffectReason.MISSING_EFFECT_MEASURE,
        EffectSizes.fromConfidenceInterval((EffectMeasure) null, 0.5, 0.1, 0.9));
    assertRejected(EffectReason.MISSING_EFFECT_MEASURE, EffectSizes.precomputed(" ", 0.5, 0.1));
    assertRejected(EffectReason.UNKNOWN_EFFECT_MEASURE, EffectSizes.precomputed("rr", 0.5, 0.1));
    assertRejected(
        EffectReason.UNKNOWN_EFFECT_MEASURE, EffectSizes.fromTwoByTwo("hr", 1, 10, 2, 10));
  }

  @Test
  void badPrecomputedVariancesAreRejected() {
    assertRejected(EffectReason.NON_POSITIVE_VARIANCE, EffectSizes.precomputed("rd", 0.1, 0));
    assertRejected(
        EffectReason.NON_POSITIVE_VARIANCE,
        EffectSizes.fromStandardError(EffectMeasure.RD, 0.1, -0.2));
    assertRejected(EffectReason.NON_FINITE_VALUE, EffectSizes.precomputed("rd", Double.NaN, 0.01));
  }

  @Test
  void analysisScaleIntervalKeepsLogValuesAsGiven() {
    // log RR 0.22 [-0.05, 0.49]: a negative log bound is fine, nothing is logged again.
    EffectSize es =
        valid(EffectSizes.fromAnalysisScaleInterval(EffectMeasure.LOG_RR, 0.22, -0.05, 0.49));
    assertEquals(0.22, es.yi(), 1e-12);
    double se = 0.54 / (2 * 1.959963984540054);
    assertEquals(se * se, es.vi(), 1e-12);
  }

  @Test
  void analysisScaleIntervalRejectsAnEstimateOutsideOrAReversedInterval() {
    assertEquals(
        EffectReason.CI_EXCLUDES_ESTIMATE,
        EffectSizes.fromAnalysisScaleInterval(EffectMeasure.LOG_RR, 0.40, 0.45, 0.90)
            .rejection()
            .orElseThrow()
            .reason());
    assertEquals(
        EffectReason.CI_NOT_ORDERED,
        EffectSizes.fromAnalysisScaleInterval(EffectMeasure.SMD, 0.4, 0.9, 0.1)
            .rejection()
            .orElseThrow()
            .reason());
    assertEquals(
        EffectReason.MISSING_EFFECT_MEASURE,
        EffectSizes.fromAnalysisScaleInterval(null, 0.4, 0.1, 0.9)
            .rejection()
            .orElseThrow()
            .reason());
  }
}
