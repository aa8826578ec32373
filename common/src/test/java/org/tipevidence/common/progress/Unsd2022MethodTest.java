package org.tipevidence.common.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tipevidence.common.progress.OpenSdgMethodTest.lowerIsBetter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tipevidence.common.codes.Direction;

/** Oracles from methods.md §7.1 (UNSD-2022 column) and §1.a. */
class Unsd2022MethodTest {

  private static final double TOL_6DP = 1e-6;
  private static final ProgressMethod METHOD = new Unsd2022Method();

  @ParameterizedTest(name = "latest {0}: CR {2}, {3}")
  @CsvSource({
    "16.0, -0.043648, 0.966542, ON_TRACK",
    "18.0, -0.020852, 0.461744, LIMITED_PROGRESS",
    "22.0, 0.019245, -0.426164, DETERIORATION",
    "9.5, -0.138334, 3.063317, TARGET_ACHIEVED",
  })
  void reproducesOracleTable(double latest, double cagrA, double cr, ProgressStatus status) {
    ProgressAssessment a = METHOD.assess(lowerIsBetter(latest));
    assertEquals(status, a.status());
    assertNull(a.reason());
    assertEquals(cagrA, a.cagrActual(), TOL_6DP);
    assertEquals(-0.045158, a.cagrRequired(), TOL_6DP);
    assertEquals(cr, a.ratio(), TOL_6DP);
    assertNull(a.score());
    assertEquals("unsd_2022", a.method());
  }

  @ParameterizedTest(name = "CR = {0}: {1}")
  @CsvSource({
    "0.95, ON_TRACK",
    "0.9499999, MODERATE_PROGRESS",
    "0.5, MODERATE_PROGRESS",
    "0.4999999, LIMITED_PROGRESS",
    "-0.1, LIMITED_PROGRESS",
    "-0.1000001, DETERIORATION",
  })
  void thresholdEdges(double cr, ProgressStatus status) {
    assertEquals(status, Unsd2022Method.statusForRatio(cr));
  }

  @Test
  void increaseDirection() {
    ProgressInput in = ProgressInput.of(2015, 10, 2020, 12, 6, 20.0, Direction.INCREASE);
    ProgressAssessment a = METHOD.assess(in);
    double cr = (Math.pow(1.2, 0.2) - 1) / (Math.pow(2, 1.0 / 15) - 1);
    assertEquals(cr, a.ratio(), 1e-12);
    assertEquals(ProgressStatus.MODERATE_PROGRESS, a.status());
    assertEquals(ProgressStatus.DETERIORATION, METHOD.assess(in.withLatestValue(9)).status());
    assertEquals(ProgressStatus.TARGET_ACHIEVED, METHOD.assess(in.withLatestValue(21)).status());
  }

  @Test
  void targetAchievedIsStrict() {
    // latest exactly at target is not "achieved" in the UNSD transcription; CR decides
    ProgressAssessment a = METHOD.assess(lowerIsBetter(10.0));
    assertEquals(ProgressStatus.ON_TRACK, a.status());
    assertEquals((Math.pow(0.5, 0.2) - 1) / (Math.pow(0.5, 1.0 / 15) - 1), a.ratio(), 1e-12);
  }

  @Test
  void noTargetIsNotAssessableWithHonestReason() {
    ProgressInput in = ProgressInput.of(2015, 20, 2020, 18, 6, null, Direction.DECREASE);
    ProgressAssessment a = METHOD.assess(in);
    assertEquals(ProgressStatus.NOT_ASSESSABLE, a.status());
    assertEquals(
        "UNSD 2022 no-target thresholds are not published; use open_sdg or expected_2030",
        a.reason());
    assertEquals(-0.020852, a.cagrActual(), TOL_6DP);
    assertNull(a.ratio());
  }

  @Test
  void zeroBaseIsNotAssessable() {
    ProgressInput in = ProgressInput.of(2015, 0, 2020, 18, 6, 10.0, Direction.DECREASE);
    ProgressAssessment a = METHOD.assess(in);
    assertEquals(ProgressStatus.NOT_ASSESSABLE, a.status());
    assertEquals("base value is zero", a.reason());
  }

  @Test
  void zeroTargetGivesRequiredCagrOfMinusOne() {
    ProgressInput in = ProgressInput.of(2015, 20, 2020, 18, 6, 0.0, Direction.DECREASE);
    ProgressAssessment a = METHOD.assess(in);
    assertEquals(-1.0, a.cagrRequired(), 0.0);
    assertEquals(0.020852, a.ratio(), TOL_6DP);
    assertEquals(ProgressStatus.LIMITED_PROGRESS, a.status());
  }

  @Test
  void oppositeSignsAreNotAssessable() {
    ProgressInput in = ProgressInput.of(2015, 5, 2020, -1, 6, -3.0, Direction.DECREASE);
    assertEquals(ProgressStatus.NOT_ASSESSABLE, METHOD.assess(in).status());
    assertEquals(
        "base and latest values have opposite signs",
        METHOD.assess(in.withLatestValue(-1)).reason());
    ProgressInput oppositeTarget = ProgressInput.of(2015, 5, 2020, 4, 6, -3.0, Direction.DECREASE);
    assertEquals(
        "base and target values have opposite signs", METHOD.assess(oppositeTarget).reason());
  }

  @Test
  void negativeValues() {
    ProgressInput in = ProgressInput.of(2015, -20, 2020, -10, 6, -5.0, Direction.INCREASE);
    ProgressAssessment a = METHOD.assess(in);
    assertEquals(1.466392, a.ratio(), TOL_6DP);
    assertEquals(ProgressStatus.ON_TRACK, a.status());
    assertEquals(ProgressStatus.DETERIORATION, METHOD.assess(in.withLatestValue(-30)).status());
  }

  @Test
  void targetBehindBaseIsNotAssessable() {
    // base already below a "decrease" target; CR would read moving away as progress
    ProgressInput in = ProgressInput.of(2015, 10, 2020, 25, 6, 20.0, Direction.DECREASE);
    ProgressAssessment a = METHOD.assess(in);
    assertEquals(ProgressStatus.NOT_ASSESSABLE, a.status());
    assertEquals(InputChecks.TARGET_NOT_AHEAD, a.reason());
  }

  @Test
  void singlePointIsInsufficientData() {
    ProgressInput in = ProgressInput.of(2015, 20, 2015, 20, 1, 10.0, Direction.DECREASE);
    ProgressAssessment a = METHOD.assess(in);
    assertEquals(ProgressStatus.INSUFFICIENT_DATA, a.status());
    assertEquals("fewer than 2 data points (n=1)", a.reason());
  }
}
