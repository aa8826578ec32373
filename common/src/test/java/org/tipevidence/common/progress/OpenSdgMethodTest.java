package org.tipevidence.common.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tipevidence.common.codes.Direction;

/** Oracles from methods.md §7.1 (Open SDG columns) and §1.d. */
class OpenSdgMethodTest {

  private static final double TOL_4DP = 5e-5;
  private static final double TOL_6DP = 1e-6;
  private static final ProgressMethod METHOD = new OpenSdgMethod();

  /** §7.1 common input: 2015 base 20, target 10 in 2030, lower is better. */
  static ProgressInput lowerIsBetter(double latest2020) {
    return ProgressInput.of(2015, 20.0, 2020, latest2020, 6, 10.0, Direction.DECREASE);
  }

  static ProgressInput noTarget(double base, double latest, int years, Direction d) {
    return ProgressInput.of(2015, base, 2015 + years, latest, years + 1, null, d);
  }

  @ParameterizedTest(name = "latest {0}: R {2}, {3}, score {4}")
  @CsvSource({
    "16.0, -0.043648, 0.966542, ON_TRACK, 2.6182",
    "18.0, -0.020852, 0.461744, LIMITED_PROGRESS, -0.5760",
    "22.0, 0.019245, -0.426164, DETERIORATION, -4.2757",
    "9.5, -0.138334, 3.063317, TARGET_ACHIEVED, 5.0",
  })
  void reproducesOracleTable(
      double latest, double cagrA, double r, ProgressStatus status, double score) {
    ProgressAssessment a = METHOD.assess(lowerIsBetter(latest));
    assertEquals(status, a.status());
    assertNull(a.reason());
    assertEquals(cagrA, a.cagrActual(), TOL_6DP);
    assertEquals(-0.045158, a.cagrRequired(), TOL_6DP);
    assertEquals(r, a.ratio(), TOL_6DP);
    assertEquals(score, a.score(), TOL_4DP);
    assertEquals("open_sdg", a.method());
  }

  @ParameterizedTest(name = "p = {0}: {1}, score {2}")
  @CsvSource({
    "0.02, ON_TRACK, 5.0",
    "0.015, ON_TRACK, 2.5",
    "0.01, MODERATE_PROGRESS, 1.25",
    "0.005, MODERATE_PROGRESS, 0.0",
    "0.002, LIMITED_PROGRESS, -1.5",
    "0.0, LIMITED_PROGRESS, -2.5",
    "-0.01, DETERIORATION, -3.75",
    "-0.03, DETERIORATION, -5.0",
    // just below each edge
    "0.0149999, MODERATE_PROGRESS, 2.4999750",
    "0.0049999, LIMITED_PROGRESS, -0.0000500",
    "-0.0000001, DETERIORATION, -2.5000125",
  })
  void noTargetScoreFunction(double p, ProgressStatus status, double score) {
    assertEquals(status, OpenSdgMethod.statusForGrowth(p, 1.0));
    assertEquals(score, OpenSdgMethod.scoreForGrowth(p, 1.0), 1e-9);
  }

  @ParameterizedTest(name = "R = {0}: {1}")
  @CsvSource({
    "0.95, ON_TRACK",
    "0.9499999, MODERATE_PROGRESS",
    "0.6, MODERATE_PROGRESS",
    "0.5999999, LIMITED_PROGRESS",
    "0.0, LIMITED_PROGRESS",
    "-0.0000001, DETERIORATION",
  })
  void ratioThresholdEdges(double r, ProgressStatus status) {
    assertEquals(status, OpenSdgMethod.statusForRatio(r));
  }

  @ParameterizedTest(name = "R = {0}: score {1}")
  @CsvSource({
    // docs: linear -5 -> 0 over [-0.6, 0.6], 0 -> 5 over [0.6, 1.3], clamped
    "-0.6, -5.0",
    "-1.0, -5.0",
    "0.6, 0.0",
    "1.3, 5.0",
    "2.0, 5.0",
    "0.0, -2.5",
  })
  void ratioScoreFunction(double r, double score) {
    assertEquals(score, OpenSdgMethod.scoreForRatio(r), 1e-3);
  }

  @Test
  void fullAssessmentWithoutTarget() {
    // 100 -> 98 in one year, decrease desired: p = +2%
    ProgressAssessment a = METHOD.assess(noTarget(100, 98, 1, Direction.DECREASE));
    assertEquals(ProgressStatus.ON_TRACK, a.status());
    assertEquals(-0.02, a.cagrActual(), 1e-12);
    assertEquals(0.02, a.ratio(), 1e-12);
    assertEquals(5.0, a.score(), 1e-9);
    assertNull(a.cagrRequired());
    // same data, increase desired: p = -2%
    ProgressAssessment b = METHOD.assess(noTarget(100, 98, 1, Direction.INCREASE));
    assertEquals(ProgressStatus.DETERIORATION, b.status());
    assertEquals(-5.0, b.score(), 1e-9);
  }

  @ParameterizedTest(name = "base {0}, limit {1}: C = {2}")
  @CsvSource({
    "90, 100, 0.373622",
    "95, 100, 0.203670",
    "50, 100, 0.953929",
    "100, 100, 0.0",
    "5, 0, 1.0",
    "110, 100, 0.373622", // mirror of 90 above the limit
    "200, 100, 1.0",
    "0, 0, 1.0",
  })
  void scalingFactor(double base, double limit, double c) {
    assertEquals(c, OpenSdgMethod.scalingFactor(base, limit), TOL_6DP);
  }

  @Test
  void scaledThresholdsForBase90Limit100() {
    double c = OpenSdgMethod.scalingFactor(90, 100);
    assertEquals(0.005604, 0.015 * c, TOL_6DP);
    assertEquals(0.001868, 0.005 * c, TOL_6DP);
    // p = 0.004 is limited without scaling but moderate with it
    assertEquals(ProgressStatus.LIMITED_PROGRESS, OpenSdgMethod.statusForGrowth(0.004, 1.0));
    assertEquals(ProgressStatus.MODERATE_PROGRESS, OpenSdgMethod.statusForGrowth(0.004, c));
    assertEquals(250 * 0.004 / c - 1.25, OpenSdgMethod.scoreForGrowth(0.004, c), 1e-12);

    ProgressAssessment a =
        METHOD.assess(noTarget(90, 90 * 1.004, 1, Direction.INCREASE).withNaturalLimit(100.0));
    assertEquals(ProgressStatus.MODERATE_PROGRESS, a.status());
    assertEquals(0.004, a.ratio(), 1e-12);
    assertEquals(250 * 0.004 / 0.373622 - 1.25, a.score(), 1e-4);
  }

  @Test
  void baseAtLimitIsOnTrackWhileMaintained() {
    ProgressInput atLimit = noTarget(100, 100, 5, Direction.INCREASE).withNaturalLimit(100.0);
    ProgressAssessment held = METHOD.assess(atLimit);
    assertEquals(ProgressStatus.ON_TRACK, held.status());
    assertEquals(5.0, held.score());
    ProgressAssessment slipped = METHOD.assess(atLimit.withLatestValue(99));
    assertEquals(ProgressStatus.DETERIORATION, slipped.status());
    double p = Math.pow(0.99, 0.2) - 1;
    assertEquals(125 * p - 2.5, slipped.score(), 1e-12);
  }

  @Test
  void limitIsIgnoredWithTarget() {
    ProgressAssessment a = METHOD.assess(lowerIsBetter(16.0).withNaturalLimit(0.0));
    assertEquals(0.966542, a.ratio(), TOL_6DP);
    assertEquals(2.6182, a.score(), TOL_4DP);
  }

  @Test
  void zeroBaseIsReplacedByOneThousandth() {
    ProgressAssessment a = METHOD.assess(noTarget(0, 5, 5, Direction.INCREASE));
    assertEquals(Math.pow(5 / 0.001, 0.2) - 1, a.cagrActual(), 1e-12);
    assertEquals(ProgressStatus.ON_TRACK, a.status());
  }

  @Test
  void zeroTargetIsReplacedByOneThousandth() {
    ProgressInput in = ProgressInput.of(2015, 20, 2020, 10, 6, 0.0, Direction.DECREASE);
    ProgressAssessment a = METHOD.assess(in);
    double cagrA = Math.pow(0.5, 0.2) - 1;
    double cagrR = Math.pow(0.001 / 20, 1.0 / 15) - 1;
    assertEquals(cagrR, a.cagrRequired(), 1e-12);
    assertEquals(-cagrA / Math.abs(cagrR), a.ratio(), 1e-12);
    assertEquals(ProgressStatus.LIMITED_PROGRESS, a.status());
    // latest 0 is at or below the substituted target 0.001
    assertEquals(ProgressStatus.TARGET_ACHIEVED, METHOD.assess(in.withLatestValue(0)).status());
  }

  @Test
  void allNegativeSeriesFlipsViaSign() {
    // -20 -> -10 is an increase in value although the magnitude shrinks
    ProgressAssessment up = METHOD.assess(noTarget(-20, -10, 5, Direction.INCREASE));
    assertEquals(ProgressStatus.ON_TRACK, up.status());
    assertEquals(-(Math.pow(0.5, 0.2) - 1), up.ratio(), 1e-12);
    assertEquals(
        ProgressStatus.DETERIORATION,
        METHOD.assess(noTarget(-20, -10, 5, Direction.DECREASE)).status());

    ProgressInput withTarget = ProgressInput.of(2015, -20, 2020, -10, 6, -5.0, Direction.INCREASE);
    ProgressAssessment t = METHOD.assess(withTarget);
    double r = (Math.pow(0.5, 0.2) - 1) * -1 / Math.abs(Math.pow(0.25, 1.0 / 15) - 1);
    assertEquals(1.466392, r, TOL_6DP);
    assertEquals(r, t.ratio(), 1e-12);
    assertEquals(ProgressStatus.ON_TRACK, t.status());
  }

  @ParameterizedTest(name = "base {0} latest {1}")
  @CsvSource({"5, -2", "-5, 2", "0, -2"})
  void oppositeSignsAreNotAssessable(double base, double latest) {
    ProgressAssessment a = METHOD.assess(noTarget(base, latest, 5, Direction.INCREASE));
    assertEquals(ProgressStatus.NOT_ASSESSABLE, a.status());
    assertEquals("base and latest values have opposite signs", a.reason());
    assertNull(a.score());
    assertNull(a.ratio());
  }

  @Test
  void targetAchievedWinsOverOppositeSigns() {
    // as in the reference code: the level check needs no CAGR
    ProgressInput in = ProgressInput.of(2015, 5, 2020, -2, 6, -1.0, Direction.DECREASE);
    ProgressAssessment a = METHOD.assess(in);
    assertEquals(ProgressStatus.TARGET_ACHIEVED, a.status());
    assertEquals(5.0, a.score());
    assertNull(a.cagrActual());
  }

  @Test
  void targetOfOppositeSignIsNotAssessable() {
    ProgressInput in = ProgressInput.of(2015, 5, 2020, 4, 6, -1.0, Direction.DECREASE);
    ProgressAssessment a = METHOD.assess(in);
    assertEquals(ProgressStatus.NOT_ASSESSABLE, a.status());
    assertEquals("base and target values have opposite signs", a.reason());
  }

  @Test
  void baseEqualToTargetAndMissedIsDeterioration() {
    ProgressInput in = ProgressInput.of(2015, 10, 2020, 12, 6, 10.0, Direction.DECREASE);
    ProgressAssessment a = METHOD.assess(in);
    assertEquals(ProgressStatus.DETERIORATION, a.status());
    assertEquals(Double.NEGATIVE_INFINITY, a.ratio());
    assertEquals(-5.0, a.score());
  }

  @Test
  void singlePointMeetingItsTargetIsTargetAchieved() {
    // open-sdg/sdg-build sdg/ProgressMeasure.py: SeriesProgress sets target_achieved from the
    // current value and the target before calculate_progress_value runs its "at least 2 data
    // points" check, and get_score returns 5 whenever target_achieved.
    ProgressInput in = ProgressInput.of(2015, 8, 2015, 8, 1, 10.0, Direction.DECREASE);
    ProgressAssessment a = METHOD.assess(in);
    assertEquals(ProgressStatus.TARGET_ACHIEVED, a.status());
    assertEquals(5.0, a.score());
    assertNull(a.ratio(), "no growth over zero years");
  }

  @Test
  void targetAchievedWinsOverAnUnusableTargetYear() {
    // The reference checks the target before anything about years.
    ProgressInput in =
        new ProgressInput(2015, 20, 2020, 9, 6, 2015, 10.0, Direction.DECREASE, null, null);
    assertEquals(ProgressStatus.TARGET_ACHIEVED, METHOD.assess(in).status());
  }

  @Test
  void customThresholdsWithTargetMoveTheCutPointsNotTheScoreLines() {
    // ProgressMeasure.py get_progress_thresholds: defaults {high .95, med .6, low 0} updated with
    // the indicator's progress_thresholds; get_score keeps 7.1429r - 4.2857 above med and
    // 4.1667r - 2.5 below it. lowerIsBetter(16) has R = 0.966542.
    ProgressInput in = lowerIsBetter(16.0).withThresholds(new ProgressThresholds(1.2, 1.0, null));
    ProgressAssessment a = METHOD.assess(in);
    assertEquals(ProgressStatus.LIMITED_PROGRESS, a.status());
    assertEquals(4.1667 * 0.966542 - 2.5, a.score(), 1e-5);
    ProgressInput onlyHigh =
        lowerIsBetter(16.0).withThresholds(new ProgressThresholds(0.97, null, null));
    assertEquals(ProgressStatus.MODERATE_PROGRESS, METHOD.assess(onlyHigh).status());
    assertEquals(2.6182, METHOD.assess(onlyHigh).score(), TOL_4DP);
  }

  @Test
  void customThresholdsWithoutTargetAreScaledByTheNaturalLimit() {
    // Without target the reference multiplies high/med/low by the limit coefficient and divides p
    // by it in the score. p = 1% a year, thresholds 2% / 1% / 0.
    ProgressThresholds th = new ProgressThresholds(0.02, 0.01, 0.0);
    ProgressAssessment a =
        METHOD.assess(
            noTarget(50, 50 * Math.pow(1.01, 5), 5, Direction.INCREASE).withThresholds(th));
    assertEquals(ProgressStatus.MODERATE_PROGRESS, a.status());
    assertEquals(250 * 0.01 - 1.25, a.score(), 1e-9);
    double c = OpenSdgMethod.scalingFactor(90, 100);
    ProgressAssessment near =
        METHOD.assess(
            noTarget(90, 90 * Math.pow(1.01, 5), 5, Direction.INCREASE)
                .withNaturalLimit(100.0)
                .withThresholds(th));
    // c = 1 - 0.9^4.44 = 0.374, so the scaled high cut point is 0.75% and 1% is on track.
    assertEquals(ProgressStatus.ON_TRACK, near.status());
    assertEquals(Math.min(500 * near.ratio() / c - 5, 5.0), near.score(), 1e-9);
  }

  @Test
  void thresholdsMustBeOrderedAndFinite() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new ProgressThresholds(0.5, 0.6, 0.0));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new ProgressThresholds(Double.NaN, null, null));
  }

  @Test
  void singlePointMissingItsTargetIsInsufficientData() {
    ProgressInput in = ProgressInput.of(2015, 20, 2015, 20, 1, 10.0, Direction.DECREASE);
    ProgressAssessment a = METHOD.assess(in);
    assertEquals(ProgressStatus.INSUFFICIENT_DATA, a.status());
    assertEquals("fewer than 2 data points (n=1)", a.reason());
    assertNull(a.score());
  }

  @Test
  void otherInsufficientAndUnusableInputs() {
    assertEquals(
        "latest year must be after base year",
        METHOD.assess(ProgressInput.of(2020, 20, 2015, 18, 2, null, Direction.DECREASE)).reason());
    assertEquals(
        "base or latest value is missing or not finite",
        METHOD.assess(lowerIsBetter(Double.NaN)).reason());
    ProgressInput badYear =
        new ProgressInput(2015, 20, 2020, 18, 6, 2015, 10.0, Direction.DECREASE, null, null);
    ProgressAssessment a = METHOD.assess(badYear);
    assertEquals(ProgressStatus.NOT_ASSESSABLE, a.status());
    assertEquals("target year must be after base year", a.reason());
  }
}
