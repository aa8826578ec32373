package org.tipevidence.common.trend;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Theil–Sen slope: median of all pairwise slopes {@code (x_j - x_i)/(t_j - t_i)}, using the real
 * years so unevenly spaced series work; pairs in the same year are skipped (no finite slope).
 *
 * <p>Confidence interval (methods.md §4, Gilbert 1987 style): {@code C = z_{1-α/2}·sqrt(Var S)}
 * with the tie-corrected Mann–Kendall Var(S), {@code M1 = (N - C)/2}, {@code M2 = (N + C)/2}; the
 * bounds are the M1-th and (M2+1)-th ordered slopes (1-based), linearly interpolated between
 * neighbours when fractional and clamped to [1, N]. With fewer than 3 points the clamped interval
 * would collapse onto the single slope and suggest certainty, so the CI is NaN instead.
 *
 * @param n number of usable (finite) points
 * @param nSlopes N, number of pairwise slopes used
 * @param slope median slope, units per year; NaN without any slope
 * @param ciLower lower CI bound
 * @param ciUpper upper CI bound
 * @param confidenceLevel e.g. 0.95
 */
public record SenSlope(
    int n, int nSlopes, double slope, double ciLower, double ciUpper, double confidenceLevel)
    implements Serializable {

  /** Sen slope with a 95% CI. Non-finite pairs are ignored. */
  public static SenSlope estimate(double[] years, double[] values) {
    return estimate(years, values, 0.95);
  }

  /** Sen slope with a CI at {@code confidenceLevel} (0 &lt; level &lt; 1). */
  public static SenSlope estimate(double[] years, double[] values, double confidenceLevel) {
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException("confidenceLevel must be in (0, 1): " + confidenceLevel);
    }
    TimeSeries ts = TimeSeries.of(years, values);
    int n = ts.size();
    double[] slopes = pairwiseSlopes(ts);
    int count = slopes.length;
    if (count == 0) {
      return new SenSlope(n, 0, Double.NaN, Double.NaN, Double.NaN, confidenceLevel);
    }
    Arrays.sort(slopes);
    double median =
        count % 2 == 1 ? slopes[count / 2] : (slopes[count / 2 - 1] + slopes[count / 2]) / 2.0;
    if (n < 3) {
      return new SenSlope(n, count, median, Double.NaN, Double.NaN, confidenceLevel);
    }
    double varS = MannKendall.of(ts).varS();
    double z = MannKendall.STANDARD_NORMAL.inverseCumulativeProbability(0.5 + confidenceLevel / 2);
    double c = z * Math.sqrt(varS);
    double m1 = (count - c) / 2.0;
    double m2 = (count + c) / 2.0;
    return new SenSlope(
        n,
        count,
        median,
        orderStatistic(slopes, m1),
        orderStatistic(slopes, m2 + 1),
        confidenceLevel);
  }

  /** True when the CI is defined. */
  public boolean hasCi() {
    return !Double.isNaN(ciLower);
  }

  private static double[] pairwiseSlopes(TimeSeries ts) {
    int n = ts.size();
    double[] out = new double[n * (n - 1) / 2];
    int k = 0;
    for (int i = 0; i < n - 1; i++) {
      for (int j = i + 1; j < n; j++) {
        double dt = ts.years[j] - ts.years[i];
        if (dt > 0) {
          out[k++] = (ts.values[j] - ts.values[i]) / dt;
        }
      }
    }
    return Arrays.copyOf(out, k);
  }

  /** Value at 1-based fractional rank {@code pos}, clamped to [1, N], interpolated linearly. */
  static double orderStatistic(double[] sorted, double pos) {
    double p = Math.min(Math.max(pos, 1.0), sorted.length);
    int lo = (int) Math.floor(p);
    double frac = p - lo;
    if (frac == 0 || lo == sorted.length) {
      return sorted[lo - 1];
    }
    return sorted[lo - 1] + frac * (sorted[lo] - sorted[lo - 1]);
  }
}
