package org.tipevidence.common.mse;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.tipevidence.common.stats.Interval;

/**
 * Bias-corrected and accelerated (BCa) bootstrap limits, combined from replicates computed anywhere
 * (locally or on Spark executors). Pure functions: no randomness, no model fitting.
 *
 * <p>Limit for tail probability α: the type-8 sample quantile of the replicates at level Φ(z0 + (z0
 * + z_α) / (1 − â (z0 + z_α))), with z0 = Φ⁻¹(share of replicates &lt; θ̂).
 */
public final class Bca {

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  private Bca() {}

  /**
   * Jackknife acceleration over distinct histories. {@code jackknife[j]} is the estimate with the
   * count of row j lowered by one (ignored where {@code counts[j] == 0}); each row's influence is
   * weighted by its count: θ̄ = Σ n_j θ_(j) / N, d_j = θ̄ − θ_(j), â = Σ n_j d_j³ / (6 (Σ n_j
   * d_j²)^{3/2}). Returns 0 when every deletion gives the same estimate.
   */
  public static double acceleration(long[] counts, double[] jackknife) {
    if (counts.length != jackknife.length) {
      throw new IllegalArgumentException(
          counts.length + " counts but " + jackknife.length + " jackknife estimates");
    }
    double n = 0;
    double mean = 0;
    for (int j = 0; j < counts.length; j++) {
      if (counts[j] > 0) {
        n += counts[j];
        mean += counts[j] * jackknife[j];
      }
    }
    mean /= n;
    double s2 = 0;
    double s3 = 0;
    for (int j = 0; j < counts.length; j++) {
      if (counts[j] > 0) {
        double d = mean - jackknife[j];
        s2 += counts[j] * d * d;
        s3 += counts[j] * d * d * d;
      }
    }
    return s2 == 0 ? 0 : s3 / (6 * Math.pow(s2, 1.5));
  }

  /** z0 = Φ⁻¹(share of finite replicates strictly below θ̂); ±∞ if none or all are below. */
  public static double biasCorrection(double thetaHat, double[] replicates) {
    double[] r = finite(replicates);
    long below = Arrays.stream(r).filter(v -> v < thetaHat).count();
    return STANDARD_NORMAL.inverseCumulativeProbability((double) below / r.length);
  }

  /**
   * BCa limits for tail probabilities {@code alphas} (e.g. 0.025, 0.975). Non-finite replicates
   * (failed fits) are left out. A limit is NaN when the adjusted level is undefined (z0 infinite,
   * i.e. θ̂ outside the replicates, or 1 − â (z0 + z_α) ≤ 0).
   */
  public static double[] limits(
      double thetaHat, double[] replicates, double acceleration, double... alphas) {
    double[] sorted = finite(replicates);
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no finite bootstrap replicates");
    }
    Arrays.sort(sorted);
    double z0 = biasCorrection(thetaHat, sorted);
    double[] out = new double[alphas.length];
    for (int k = 0; k < alphas.length; k++) {
      double za0 = z0 + STANDARD_NORMAL.inverseCumulativeProbability(alphas[k]);
      double denom = 1 - acceleration * za0;
      double level = STANDARD_NORMAL.cumulativeProbability(z0 + za0 / denom);
      out[k] =
          Double.isFinite(z0) && denom > 0 && !Double.isNaN(level)
              ? quantileType8(sorted, level)
              : Double.NaN;
    }
    return out;
  }

  /** Two-sided BCa interval at {@code level} (0.95 → α = 0.025 and 0.975). */
  public static Interval interval(
      double thetaHat, double[] replicates, double acceleration, double level) {
    double a = (1 - level) / 2;
    double[] l = limits(thetaHat, replicates, acceleration, a, 1 - a);
    return new Interval(l[0], l[1]);
  }

  /**
   * Hyndman–Fan type 8 quantile (R's {@code quantile(type = 8)}), median-unbiased: position p (n +
   * 1/3) + 1/3 in the sorted sample, linear in between, clamped to the extremes.
   */
  public static double quantileType8(double[] sorted, double p) {
    int n = sorted.length;
    double fuzz = 4 * Math.ulp(1.0);
    double h = 1.0 / 3 + p * (n + 1.0 / 3);
    int j = (int) Math.floor(h + fuzz);
    double g = h - j;
    if (Math.abs(g) < fuzz) {
      g = 0;
    }
    double lo = sorted[Math.max(0, Math.min(n - 1, j - 1))];
    double hi = sorted[Math.max(0, Math.min(n - 1, j))];
    return g == 0 ? lo : (1 - g) * lo + g * hi;
  }

  private static double[] finite(double[] v) {
    return Arrays.stream(v).filter(Double::isFinite).toArray();
  }
}
