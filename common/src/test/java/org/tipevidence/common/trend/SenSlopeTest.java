package org.tipevidence.common.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Oracles from methods.md §7.4; CI bounds must match exactly. */
class SenSlopeTest {

  @ParameterizedTest(name = "{0}: slope {1}, CI [{2}, {3}]")
  @CsvSource({
    "row1, 0.833333, 0.5, 1.0, 45",
    "row2, -0.666667, -1.0, -0.5, 28",
    "row3, 1.0, 1.0, 1.0, 10",
  })
  void reproducesOracleRows(String row, double slope, double lo, double hi, int nSlopes) {
    double[] x = TrendFixtures.row(row);
    SenSlope s = SenSlope.estimate(TrendFixtures.oneToN(x.length), x);
    assertEquals(nSlopes, s.nSlopes());
    assertEquals(slope, s.slope(), 1e-6);
    assertEquals(lo, s.ciLower(), 0.0);
    assertEquals(hi, s.ciUpper(), 0.0);
  }

  @Test
  void orderStatisticClampsAndInterpolates() {
    double[] sorted = {1, 2, 3, 4};
    assertEquals(1.0, SenSlope.orderStatistic(sorted, 0.2));
    assertEquals(4.0, SenSlope.orderStatistic(sorted, 9));
    assertEquals(2.25, SenSlope.orderStatistic(sorted, 2.25), 1e-12);
    assertEquals(3.0, SenSlope.orderStatistic(sorted, 3.0));
  }

  @ParameterizedTest(name = "level {0}: CI [{1}, {2}]")
  @CsvSource({
    // ranks 6.0789 and 22.9211 fall between distinct slopes, so interpolation and the "+1" on
    // the upper rank are exercised (the §7.4 rows land on tied neighbours). Reference: an
    // independent Python transcription of the §4 formulas with scipy's normal quantile.
    "0.95, 0.2015779972293359, 0.6973700046177734",
    "0.80, 0.29327516289626515, 0.564944082452744",
  })
  void interpolatedCiOnUnevenSeries(double level, double lo, double hi) {
    double[] t = {2005, 2006, 2008, 2009, 2012, 2013, 2014, 2017};
    double[] x = {3.1, 2.0, 4.4, 3.9, 6.0, 5.2, 7.7, 7.1};
    SenSlope s = SenSlope.estimate(t, x, level);
    assertEquals(28, s.nSlopes());
    assertEquals((0.41428571428571426 + 0.4333333333333334) / 2, s.slope(), 1e-12);
    assertEquals(lo, s.ciLower(), 1e-9);
    assertEquals(hi, s.ciUpper(), 1e-9);
  }

  @Test
  void unevenYearsUseRealTimeDifferences() {
    SenSlope s = SenSlope.estimate(TrendFixtures.UNEVEN_YEARS, TrendFixtures.UNEVEN_VALUES);
    assertEquals(0.45, s.slope(), 1e-12); // scipy.stats.theilslopes
    assertTrue(s.ciLower() <= s.slope() && s.slope() <= s.ciUpper());
  }

  @Test
  void exactLineHasZeroWidthInterval() {
    double[] years = {2010, 2013, 2014, 2019, 2021};
    double[] values = new double[years.length];
    for (int i = 0; i < years.length; i++) {
      values[i] = 2 * years[i] - 4000;
    }
    SenSlope s = SenSlope.estimate(years, values);
    assertEquals(2.0, s.slope(), 1e-12);
    assertEquals(2.0, s.ciLower(), 1e-12);
    assertEquals(2.0, s.ciUpper(), 1e-12);
  }

  @Test
  void shortSeries() {
    SenSlope two = SenSlope.estimate(new double[] {2015, 2020}, new double[] {10, 20});
    assertEquals(2.0, two.slope(), 1e-12);
    assertFalse(two.hasCi());
    SenSlope one = SenSlope.estimate(new double[] {2015}, new double[] {10});
    assertTrue(Double.isNaN(one.slope()));
    assertEquals(0, one.nSlopes());
    SenSlope sameYear = SenSlope.estimate(new double[] {2015, 2015}, new double[] {1, 2});
    assertTrue(Double.isNaN(sameYear.slope()));
  }
}
