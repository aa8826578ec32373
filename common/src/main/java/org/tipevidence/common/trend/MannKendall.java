package org.tipevidence.common.trend;

import java.io.Serializable;
import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Mann–Kendall trend test (methods.md §4; formulas of R {@code trend::mk.test} and pyMannKendall
 * {@code original_test}).
 *
 * <ul>
 *   <li>{@code S = Σ_{k<j} sgn(x_j - x_k)} over the series ordered by year.
 *   <li>{@code Var(S) = [n(n-1)(2n+5) - Σ t(t-1)(2t+5)] / 18}, t = sizes of groups of exactly equal
 *       values.
 *   <li>{@code Z = sgn(S)(|S| - 1)/sqrt(Var S)} (continuity correction), 0 when S = 0.
 *   <li>two-sided {@code p = 2(1 - Φ(|Z|))}; {@code tau = S / (n(n-1)/2)} (no tie correction, as
 *       pyMannKendall; this is not scipy's tau-b).
 * </ul>
 *
 * <p>Two observations in the same year have no time order, so such a pair contributes 0 to S;
 * Var(S) is still the standard formula (slightly conservative). With fewer than 2 points z, p and
 * tau are NaN.
 *
 * @param n number of usable (finite) points
 * @param s Kendall's S
 * @param varS variance of S with tie correction
 * @param z standard normal statistic with continuity correction
 * @param pValue two-sided p-value
 * @param tau S / (n(n-1)/2)
 */
public record MannKendall(int n, long s, double varS, double z, double pValue, double tau)
    implements Serializable {

  // null RNG: only quantiles/CDF are used, never sampling.
  static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  /** Runs the test; non-finite pairs are ignored, years may be unevenly spaced. */
  public static MannKendall test(double[] years, double[] values) {
    return of(TimeSeries.of(years, values));
  }

  static MannKendall of(TimeSeries ts) {
    int n = ts.size();
    if (n < 2) {
      return new MannKendall(n, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    long s = 0;
    for (int k = 0; k < n - 1; k++) {
      for (int j = k + 1; j < n; j++) {
        if (ts.years[j] > ts.years[k]) {
          s += (long) Math.signum(ts.values[j] - ts.values[k]);
        }
      }
    }
    double varS = (varTerm(n) - tieTerm(ts.values)) / 18.0;
    double z = s == 0 ? 0.0 : Math.signum(s) * (Math.abs(s) - 1) / Math.sqrt(varS);
    double p = 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
    double tau = s / ((double) n * (n - 1) / 2.0);
    return new MannKendall(n, s, varS, z, p, tau);
  }

  private static double varTerm(double t) {
    return t * (t - 1) * (2 * t + 5);
  }

  private static double tieTerm(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double sum = 0;
    int i = 0;
    while (i < sorted.length) {
      int j = i;
      while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
        j++;
      }
      sum += varTerm(j - i + 1); // 0 for groups of one
      i = j + 1;
    }
    return sum;
  }
}
