package org.tipevidence.common.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tipevidence.common.progress.OpenSdgMethodTest.lowerIsBetter;
import static org.tipevidence.common.progress.OpenSdgMethodTest.noTarget;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tipevidence.common.codes.Direction;

/** Oracles from methods.md §7.1 (EUSTAT-2023 column) and §1.a. */
class Expected2030MethodTest {

  private static final double TOL_4DP = 5e-5;
  private static final double TOL_6DP = 1e-6;
  private static final ProgressMethod METHOD = new Expected2030Method();

  @ParameterizedTest(name = "latest {0}: v2030_e {1}, P {2}, {3}")
  @CsvSource({
    "16.0, 10.2400, 0.976000, ON_TRACK",
    "18.0, 14.5800, 0.542000, MODERATE_PROGRESS",
    "22.0, 26.6200, -0.662000, LIMITED_PROGRESS",
    "9.5, 2.1434, 1.785656, TARGET_ACHIEVED",
  })
  void reproducesOracleTable(double latest, double v2030, double p, ProgressStatus status) {
    ProgressAssessment a = METHOD.assess(lowerIsBetter(latest));
    assertEquals(status, a.status());
    assertNull(a.reason());
    assertEquals(p, a.ratio(), TOL_6DP);
    assertEquals(
        v2030, Expected2030Method.projectedValue(latest, a.cagrActual(), 2020, 2030), TOL_4DP);
    assertNull(a.score());
    assertEquals("expected_2030", a.method());
  }

  @ParameterizedTest(name = "P = {0}: {1}")
  @CsvSource({
    "0.95, ON_TRACK",
    "0.9499999, MODERATE_PROGRESS",
    "0.10, MODERATE_PROGRESS",
    "0.0999999, LIMITED_PROGRESS",
    "-3.0, LIMITED_PROGRESS",
  })
  void ratioThresholdEdges(double p, ProgressStatus status) {
    assertEquals(status, Expected2030Method.statusForRatio(p));
  }

  @ParameterizedTest(name = "q = {0}: {1}")
  @CsvSource({
    "0.02, ON_TRACK",
    "0.0199999, MODERATE_PROGRESS",
    "0.005, MODERATE_PROGRESS",
    "0.0049999, LIMITED_PROGRESS",
    "-0.5, LIMITED_PROGRESS",
  })
  void growthThresholdEdges(double q, ProgressStatus status) {
    assertEquals(status, Expected2030Method.statusForGrowth(q));
  }

  @ParameterizedTest(name = "{0} -> {1}, {2}: {3}")
  @CsvSource({
    "100, 103, INCREASE, ON_TRACK",
    "100, 101, INCREASE, MODERATE_PROGRESS",
    "100, 100.4, INCREASE, LIMITED_PROGRESS",
    "100, 97, DECREASE, ON_TRACK",
    "100, 99, DECREASE, MODERATE_PROGRESS",
    "100, 99.6, DECREASE, LIMITED_PROGRESS",
    "100, 103, DECREASE, LIMITED_PROGRESS", // wrong way: EUSTAT has no deterioration level
    "-20, -10, INCREASE, ON_TRACK", // negative base: value rises although magnitude falls
    "-20, -10, DECREASE, LIMITED_PROGRESS",
  })
  void noTargetIsDirectionAware(double base, double latest, Direction d, ProgressStatus s) {
    ProgressAssessment a = METHOD.assess(noTarget(base, latest, 1, d));
    assertEquals(s, a.status());
    int sign = base < 0 ? -1 : 1;
    assertEquals(sign * d.sign() * (latest / base - 1), a.ratio(), 1e-12);
  }

  @Test
  void latestAtTargetIsAchieved() {
    assertEquals(ProgressStatus.TARGET_ACHIEVED, METHOD.assess(lowerIsBetter(10.0)).status());
  }

  @Test
  void zeroTargetWorksBecausePNeedsNoRequiredCagr() {
    ProgressInput in = ProgressInput.of(2015, 20, 2020, 10, 6, 0.0, Direction.DECREASE);
    ProgressAssessment a = METHOD.assess(in);
    // v_e = 10 * 0.5^2 = 2.5; P = (2.5 - 20) / (0 - 20)
    assertEquals(0.875, a.ratio(), 1e-12);
    assertEquals(ProgressStatus.MODERATE_PROGRESS, a.status());
  }

  @Test
  void zeroBaseAndOppositeSignsAreNotAssessable() {
    ProgressInput zero = ProgressInput.of(2015, 0, 2020, 5, 6, 10.0, Direction.INCREASE);
    assertEquals("base value is zero", METHOD.assess(zero).reason());
    ProgressAssessment opp = METHOD.assess(noTarget(5, -1, 5, Direction.INCREASE));
    assertEquals(ProgressStatus.NOT_ASSESSABLE, opp.status());
    assertEquals("base and latest values have opposite signs", opp.reason());
  }

  @Test
  void targetBehindBaseIsNotAssessable() {
    ProgressInput in = ProgressInput.of(2015, 10, 2020, 25, 6, 20.0, Direction.DECREASE);
    assertEquals(InputChecks.TARGET_NOT_AHEAD, METHOD.assess(in).reason());
  }

  @Test
  void singlePointIsInsufficientData() {
    ProgressAssessment a = METHOD.assess(noTarget(20, 20, 0, Direction.INCREASE));
    assertEquals(ProgressStatus.INSUFFICIENT_DATA, a.status());
    assertEquals("fewer than 2 data points (n=1)", a.reason());
  }
}
