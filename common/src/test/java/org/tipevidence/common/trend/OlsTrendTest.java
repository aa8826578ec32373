package org.tipevidence.common.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reference numbers from scipy.stats.linregress with t.ppf(0.975, n-2). */
class OlsTrendTest {

  private static final double TOL = 1e-6;

  @Test
  void evenlySpacedSeries() {
    OlsTrend f = OlsTrend.fit(TrendFixtures.oneToN(10), TrendFixtures.ROW1);
    assertEquals(10, f.n());
    assertEquals(0.818181818, f.slope(), TOL);
    assertEquals(4.4, f.intercept(), TOL);
    assertEquals(0.092709446, f.slopeStdError(), TOL);
    assertEquals(0.604393453, f.slopeCiLower(), TOL); // t(0.975, 8) = 2.306004
    assertEquals(1.031970183, f.slopeCiUpper(), TOL);
  }

  @Test
  void unevenlySpacedYears() {
    OlsTrend f = OlsTrend.fit(TrendFixtures.UNEVEN_YEARS, TrendFixtures.UNEVEN_VALUES);
    assertEquals(0.388513514, f.slope(), TOL);
    assertEquals(-777.699324324, f.intercept(), 1e-6);
    assertEquals(0.120158238, f.slopeStdError(), TOL);
    assertEquals(0.006116373, f.slopeCiLower(), TOL); // t(0.975, 3) = 3.182446
    assertEquals(0.770910655, f.slopeCiUpper(), TOL);
  }

  @Test
  void otherConfidenceLevelIsNarrower() {
    OlsTrend f90 = OlsTrend.fit(TrendFixtures.oneToN(10), TrendFixtures.ROW1, 0.90);
    // t(0.95, 8) = 1.859548
    assertEquals(0.818181818 - 1.859548038 * 0.092709446, f90.slopeCiLower(), TOL);
  }

  @Test
  void twoPointsHaveSlopeButNoCi() {
    OlsTrend f = OlsTrend.fit(new double[] {2015, 2020}, new double[] {20, 16});
    assertEquals(-0.8, f.slope(), 1e-12);
    assertTrue(f.hasSlope());
    assertFalse(f.hasCi());
    assertTrue(Double.isNaN(f.slopeStdError()));
  }

  @Test
  void fewerThanTwoPointsOrOneYearHaveNoSlope() {
    assertFalse(OlsTrend.fit(new double[] {2015}, new double[] {20}).hasSlope());
    assertFalse(OlsTrend.fit(new double[] {2015, 2015}, new double[] {20, 21}).hasSlope());
    OlsTrend gaps =
        OlsTrend.fit(new double[] {2015, 2016, 2017}, new double[] {1, Double.NaN, Double.NaN});
    assertEquals(1, gaps.n());
    assertFalse(gaps.hasSlope());
  }

  @Test
  void perfectFitHasZeroWidthCi() {
    OlsTrend f = OlsTrend.fit(new double[] {1, 2, 4}, new double[] {3, 5, 9});
    assertEquals(2.0, f.slope(), 1e-12);
    assertEquals(0.0, f.slopeStdError(), 1e-12);
    assertEquals(2.0, f.slopeCiLower(), 1e-12);
    assertEquals(2.0, f.slopeCiUpper(), 1e-12);
  }
}
