package org.tipevidence.common.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tipevidence.common.progress.OpenSdgMethodTest.lowerIsBetter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressRobustnessTest {

  @ParameterizedTest(name = "slope {0}/yr -> latest {1}: {2}")
  @CsvSource({
    // 20 + slope * 5 reproduces the §7.1 rows
    "-0.8, 16.0, ON_TRACK, 0.966542",
    "-0.4, 18.0, LIMITED_PROGRESS, 0.461744",
    "0.4, 22.0, DETERIORATION, -0.426164",
  })
  void reassessesWithImpliedLatest(double slope, double latest, ProgressStatus s, double r) {
    // the observed latest value (here 17) must be replaced, not used
    ProgressInput in = lowerIsBetter(17.0);
    assertEquals(latest, ProgressRobustness.impliedLatestValue(in, slope), 1e-12);
    ProgressAssessment a =
        ProgressRobustness.assessWithSlope(ProgressMethods.byName("open_sdg"), in, slope);
    assertEquals(s, a.status());
    assertEquals(r, a.ratio(), 1e-6);
  }

  @ParameterizedTest
  @CsvSource({"open_sdg", "unsd_2022", "expected_2030"})
  void undefinedSlopeIsInsufficientData(String method) {
    ProgressAssessment a =
        ProgressRobustness.assessWithSlope(
            ProgressMethods.byName(method), lowerIsBetter(17.0), Double.NaN);
    assertEquals(ProgressStatus.INSUFFICIENT_DATA, a.status());
  }
}
