package org.tipevidence.common.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Oracles from methods.md §7.4 (computed values, tolerance 1e-6). */
class MannKendallTest {

  private static final double TOL = 1e-6;

  @ParameterizedTest(name = "{0}: S {2}, Var {3}, Z {4}")
  @CsvSource({
    "row1, 10, 38, 124, 3.322698, 0.000892, 0.844444",
    "row2, 8, -23, 64.333333, -2.742866, 0.006091, -0.821429",
    "row3, 5, 10, 16.666667, 2.204541, 0.027486, 1.0",
  })
  void reproducesOracleRows(
      String row, int n, long s, double varS, double z, double p, double tau) {
    double[] x = TrendFixtures.row(row);
    MannKendall mk = MannKendall.test(TrendFixtures.oneToN(x.length), x);
    assertEquals(n, mk.n());
    assertEquals(s, mk.s());
    assertEquals(varS, mk.varS(), TOL);
    assertEquals(z, mk.z(), TOL);
    assertEquals(p, mk.pValue(), TOL);
    assertEquals(tau, mk.tau(), TOL);
  }

  @Test
  void tieCorrectionDetailForRow1() {
    // (10*9*25 - 2*1*9) / 18 = 124; without the tie term it would be 125
    MannKendall mk = MannKendall.test(TrendFixtures.oneToN(10), TrendFixtures.ROW1);
    assertEquals(124.0, mk.varS(), 1e-12);
  }

  @Test
  void zeroSGivesZeroZAndPOne() {
    MannKendall mk = MannKendall.test(new double[] {1, 2, 3, 4}, new double[] {2, 1, 1, 2});
    assertEquals(0, mk.s());
    assertEquals(0.0, mk.z());
    assertEquals(1.0, mk.pValue(), 1e-12);
    // all values tied: Var(S) = 0 and S = 0, still no division by zero
    MannKendall flat = MannKendall.test(new double[] {1, 2, 3}, new double[] {4, 4, 4});
    assertEquals(0.0, flat.varS());
    assertEquals(0.0, flat.z());
  }

  @Test
  void orderIsByYearNotByInputPosition() {
    MannKendall shuffled =
        MannKendall.test(new double[] {2020, 2016, 2018}, new double[] {3, 1, 2});
    assertEquals(3, shuffled.s());
  }

  @Test
  void sameYearPairsContributeNothingAndGapsAreDropped() {
    MannKendall mk =
        MannKendall.test(new double[] {2015, 2015, 2016, 2017}, new double[] {1, 5, 6, Double.NaN});
    assertEquals(3, mk.n());
    assertEquals(2, mk.s()); // (2015,1)<(2016,6), (2015,5)<(2016,6); same-year pair ignored
  }

  @Test
  void tooShortAndBadInput() {
    MannKendall one = MannKendall.test(new double[] {2015}, new double[] {1});
    assertEquals(1, one.n());
    assertTrue(Double.isNaN(one.z()));
    assertTrue(Double.isNaN(one.pValue()));
    assertThrows(
        IllegalArgumentException.class,
        () -> MannKendall.test(new double[] {1, 2}, new double[] {1}));
  }
}
