package org.tipevidence.common.mse;

import org.apache.commons.math3.special.Gamma;

/**
 * Poisson tail probabilities via the regularized incomplete gamma function, which evaluates each
 * tail directly (series or continued fraction) instead of as 1 − the other tail, so p-values like
 * 7e-11 keep full relative precision.
 */
public final class PoissonTail {

  private static final double EPS = 1e-15;
  private static final int MAX_ITER = 1_000_000;

  private PoissonTail() {}

  /** P(X ≤ k) for X ~ Poisson(λ): Q(k + 1, λ). */
  public static double lower(long k, double lambda) {
    if (k < 0) {
      return 0;
    }
    if (lambda <= 0) {
      return 1;
    }
    return Gamma.regularizedGammaQ(k + 1.0, lambda, EPS, MAX_ITER);
  }

  /** P(X ≥ k) for X ~ Poisson(λ): P(k, λ) for k ≥ 1. */
  public static double upper(long k, double lambda) {
    if (k <= 0) {
      return 1;
    }
    if (lambda <= 0) {
      return 0;
    }
    return Gamma.regularizedGammaP(k, lambda, EPS, MAX_ITER);
  }

  /** Two-sided stepwise p-value min(P(X ≤ k), P(X ≥ k)). */
  public static double pValue(long k, double lambda) {
    return Math.min(lower(k, lambda), upper(k, lambda));
  }
}
