package org.tipevidence.common.trend;

import java.io.Serializable;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Ordinary least-squares line {@code value = intercept + slope·year}, with a Student-t confidence
 * interval for the slope (df = n - 2). Years may be unevenly spaced.
 *
 * <p>Undefined parts are NaN rather than exceptions: fewer than 2 usable points (or all in the same
 * year) → no slope or intercept; fewer than 3 → the slope is exact for two points, so its standard
 * error and CI are NaN. A perfect fit gives SE 0 and a zero-width CI.
 *
 * @param n number of usable (finite) points
 * @param slope units per year
 * @param intercept value at year 0 (computed from centred years for numerical stability)
 * @param slopeStdError standard error of the slope
 * @param slopeCiLower lower CI bound of the slope
 * @param slopeCiUpper upper CI bound of the slope
 * @param confidenceLevel e.g. 0.95
 */
public record OlsTrend(
    int n,
    double slope,
    double intercept,
    double slopeStdError,
    double slopeCiLower,
    double slopeCiUpper,
    double confidenceLevel)
    implements Serializable {

  /** Fit with a 95% CI. Non-finite pairs are ignored. */
  public static OlsTrend fit(double[] years, double[] values) {
    return fit(years, values, 0.95);
  }

  /** Fit with a CI at {@code confidenceLevel} (0 &lt; level &lt; 1). */
  public static OlsTrend fit(double[] years, double[] values, double confidenceLevel) {
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException("confidenceLevel must be in (0, 1): " + confidenceLevel);
    }
    TimeSeries ts = TimeSeries.of(years, values);
    int n = ts.size();
    double nan = Double.NaN;
    if (n < 2) {
      return new OlsTrend(n, nan, nan, nan, nan, nan, confidenceLevel);
    }
    double meanX = mean(ts.years);
    double meanY = mean(ts.values);
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double dx = ts.years[i] - meanX;
      sxx += dx * dx;
      sxy += dx * (ts.values[i] - meanY);
    }
    if (sxx == 0) {
      return new OlsTrend(n, nan, nan, nan, nan, nan, confidenceLevel);
    }
    double slope = sxy / sxx;
    double intercept = meanY - slope * meanX;
    if (n < 3) {
      return new OlsTrend(n, slope, intercept, nan, nan, nan, confidenceLevel);
    }
    double sse = 0;
    for (int i = 0; i < n; i++) {
      double r = ts.values[i] - (meanY + slope * (ts.years[i] - meanX));
      sse += r * r;
    }
    double se = Math.sqrt(sse / (n - 2) / sxx);
    // null RNG: the distribution is only used for quantiles, never sampled.
    double t =
        new TDistribution(null, n - 2).inverseCumulativeProbability(0.5 + confidenceLevel / 2);
    return new OlsTrend(n, slope, intercept, se, slope - t * se, slope + t * se, confidenceLevel);
  }

  /** True when a slope could be estimated. */
  public boolean hasSlope() {
    return !Double.isNaN(slope);
  }

  /** True when the slope CI is defined (n ≥ 3). */
  public boolean hasCi() {
    return !Double.isNaN(slopeCiLower);
  }

  private static double mean(double[] a) {
    double s = 0;
    for (double x : a) {
      s += x;
    }
    return s / a.length;
  }
}
