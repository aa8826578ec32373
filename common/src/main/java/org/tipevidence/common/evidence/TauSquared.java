package org.tipevidence.common.evidence;

/** Between-study variance estimators for the intercept-only random-effects model. */
final class TauSquared {

  static final double REML_TOLERANCE = 1e-10;
  static final int REML_MAX_ITERATIONS = 100;

  /** A tau2 estimate with its standard error (NaN when not estimated) and fitting history. */
  record Fit(double tau2, double se, int iterations, boolean converged) {}

  private TauSquared() {}

  /** DerSimonian-Laird moment estimator, truncated at 0. */
  static double derSimonianLaird(double q, int df, double c) {
    return Math.max(0.0, (q - df) / c);
  }

  /**
   * REML by Fisher scoring (Viechtbauer 2005), as metafor: tau2 += (y'PPy - tr P) / tr(PP),
   * truncated at 0, until the step is below 1e-10. With P = W - w w'/sum(w) everything reduces to
   * weighted sums, so no k x k matrix is formed.
   */
  static Fit reml(double[] y, double[] v, double start) {
    double tau2 = start;
    for (int iteration = 1; iteration <= REML_MAX_ITERATIONS; iteration++) {
      Sums s = new Sums(y, v, tau2);
      double next = Math.max(0.0, tau2 + (s.yPPy - s.trP) / s.trPP);
      double change = Math.abs(next - tau2);
      tau2 = next;
      if (change < REML_TOLERANCE) {
        return new Fit(tau2, standardError(y, v, tau2), iteration, true);
      }
    }
    return new Fit(tau2, standardError(y, v, tau2), REML_MAX_ITERATIONS, false);
  }

  /** SE from the inverse Fisher information of the REML likelihood: sqrt(2 / tr(PP)). */
  private static double standardError(double[] y, double[] v, double tau2) {
    return Math.sqrt(2.0 / new Sums(y, v, tau2).trPP);
  }

  /** Traces and quadratic form of P at a given tau2. */
  private static final class Sums {
    final double yPPy;
    final double trP;
    final double trPP;

    Sums(double[] y, double[] v, double tau2) {
      double sw = 0;
      double sw2 = 0;
      double sw3 = 0;
      double swy = 0;
      for (int i = 0; i < y.length; i++) {
        double w = 1.0 / (v[i] + tau2);
        sw += w;
        sw2 += w * w;
        sw3 += w * w * w;
        swy += w * y[i];
      }
      double mu = swy / sw;
      double quad = 0;
      for (int i = 0; i < y.length; i++) {
        double w = 1.0 / (v[i] + tau2);
        double r = y[i] - mu;
        quad += w * w * r * r; // (Py)_i = w_i (y_i - mu)
      }
      yPPy = quad;
      trP = sw - sw2 / sw;
      trPP = sw2 - 2 * sw3 / sw + (sw2 * sw2) / (sw * sw);
    }
  }
}
