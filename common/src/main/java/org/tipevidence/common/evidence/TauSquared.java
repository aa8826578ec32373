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

  /**
   * Paule-Mandel: the tau2 at which the generalised Q, sum w_i (y_i - mu)^2 with w_i = 1/(v_i +
   * tau2), equals its expectation k - 1; 0 when Q already is below k - 1 at tau2 = 0 (metafor
   * {@code method="PM"}). Q falls monotonically in tau2, so bisection on a doubling bracket always
   * finds the root. SE as metafor: sqrt(2 k^2 / (k - 1)) / sum w_i.
   */
  static Fit pauleMandel(double[] y, double[] v) {
    int df = y.length - 1;
    if (generalisedQ(y, v, 0.0) <= df) {
      return new Fit(0.0, pmStandardError(v, 0.0), 0, true);
    }
    double low = 0.0;
    double high = 1.0;
    int iterations = 0;
    while (generalisedQ(y, v, high) > df) {
      low = high;
      high *= 2;
      if (++iterations > PM_MAX_DOUBLINGS) {
        return new Fit(high, Double.NaN, iterations, false);
      }
    }
    while (high - low > PM_TOLERANCE * Math.max(1.0, high)) {
      double mid = 0.5 * (low + high);
      if (generalisedQ(y, v, mid) > df) {
        low = mid;
      } else {
        high = mid;
      }
      iterations++;
    }
    double tau2 = 0.5 * (low + high);
    return new Fit(tau2, pmStandardError(v, tau2), iterations, true);
  }

  static final double PM_TOLERANCE = 1e-12;
  static final int PM_MAX_DOUBLINGS = 200;

  private static double pmStandardError(double[] v, double tau2) {
    int k = v.length;
    double sw = 0;
    for (double vi : v) {
      sw += 1.0 / (vi + tau2);
    }
    return Math.sqrt(2.0 * k * k / (k - 1)) / sw;
  }

  /** Sum w_i (y_i - mu_w)^2 with w_i = 1/(v_i + tau2). */
  static double generalisedQ(double[] y, double[] v, double tau2) {
    double sw = 0;
    double swy = 0;
    for (int i = 0; i < y.length; i++) {
      double w = 1.0 / (v[i] + tau2);
      sw += w;
      swy += w * y[i];
    }
    double mu = swy / sw;
    double q = 0;
    for (int i = 0; i < y.length; i++) {
      double r = y[i] - mu;
      q += r * r / (v[i] + tau2);
    }
    return q;
  }

  /**
   * Sidik-Jonkman: start from tau0 = the biased sample variance of y (sum (y - ybar)^2 / k), then
   * tau2 = tau0 Q(tau0) / (k - 1), never truncated (metafor {@code method="SJ"}). When all y are
   * equal tau0 is 0 and so is tau2. SE as metafor: tau0/(k-1) sqrt(2 tr(PVPV) + 4 tau2 tr(PVP) + 2
   * tau2^2 tr(PP)) with P at tau0 and V = diag(v).
   */
  static Fit sidikJonkman(double[] y, double[] v) {
    int k = y.length;
    double mean = 0;
    for (double yi : y) {
      mean += yi / k;
    }
    double tau0 = 0;
    for (double yi : y) {
      tau0 += (yi - mean) * (yi - mean) / k;
    }
    double tau2 = tau0 * generalisedQ(y, v, tau0) / (k - 1);
    return new Fit(tau2, sjStandardError(v, tau0, tau2), 0, true);
  }

  private static double sjStandardError(double[] v, double tau0, double tau2) {
    int k = v.length;
    double[] w = new double[k];
    double sw = 0;
    for (int i = 0; i < k; i++) {
      w[i] = 1.0 / (v[i] + tau0);
      sw += w[i];
    }
    // P = W - w w' / sum(w); k is a handful of studies, so the k x k products are cheap.
    double[][] p = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        p[i][j] = (i == j ? w[i] : 0.0) - w[i] * w[j] / sw;
      }
    }
    double trPvPv = 0; // sum_ij (PV)_ij (PV)_ji, with (PV)_ij = P_ij v_j
    double trPvP = 0; // sum_ij (PV)_ij P_ij
    double trPp = 0; // sum_ij P_ij^2
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        trPvPv += p[i][j] * v[j] * p[j][i] * v[i];
        trPvP += p[i][j] * v[j] * p[i][j];
        trPp += p[i][j] * p[i][j];
      }
    }
    double t = Math.max(tau2, 0);
    return tau0 / (k - 1) * Math.sqrt(2 * trPvPv + 4 * t * trPvP + 2 * t * t * trPp);
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
