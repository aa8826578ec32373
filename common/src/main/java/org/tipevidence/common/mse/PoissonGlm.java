package org.tipevidence.common.mse;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;

/**
 * Poisson GLM with log link fitted by iteratively reweighted least squares, following R's {@code
 * glm.fit} step for step (start μ = y + 0.1, relative deviance change &lt; 1e-8, at most 25
 * iterations) so that point estimates agree with the SparseMSE reference to rounding.
 */
public final class PoissonGlm {

  public static final double EPSILON = 1e-8;
  public static final int MAX_ITERATIONS = 25;

  private PoissonGlm() {}

  /**
   * Result of a fit. {@code covariance} is the inverse Fisher information at the returned β
   * (dispersion 1). Arrays are defensive copies.
   */
  public record Fit(
      double[] beta,
      double[][] covariance,
      double[] fitted,
      double deviance,
      int iterations,
      boolean converged) {
    public Fit {
      beta = beta.clone();
      fitted = fitted.clone();
      covariance = deepCopy(covariance);
    }

    @Override
    public double[] beta() {
      return beta.clone();
    }

    @Override
    public double[] fitted() {
      return fitted.clone();
    }

    @Override
    public double[][] covariance() {
      return deepCopy(covariance);
    }

    /** Standard error of coefficient k. */
    public double standardError(int k) {
      return Math.sqrt(covariance[k][k]);
    }

    /** Coefficient k without copying the array. */
    public double coefficient(int k) {
      return beta[k];
    }

    /** Fitted mean of row i without copying the array. */
    public double fittedAt(int i) {
      return fitted[i];
    }
  }

  /**
   * Fits log E[y] = x β. {@code x} is rows × parameters and must have full column rank (callers
   * check identifiability first).
   *
   * @throws org.apache.commons.math3.linear.SingularMatrixException if x is rank-deficient
   */
  public static Fit fit(double[][] x, double[] y) {
    int n = y.length;
    int p = x[0].length;
    double[] mu = new double[n];
    double[] eta = new double[n];
    for (int i = 0; i < n; i++) {
      mu[i] = y[i] + 0.1;
      eta[i] = Math.log(mu[i]);
    }
    double devOld = deviance(y, mu);
    double dev = devOld;
    double[] beta = null;
    boolean converged = false;
    int iter = 0;
    double[][] wx = new double[n][p];
    double[] wz = new double[n];
    while (iter < MAX_ITERATIONS) {
      iter++;
      // Working response and weights for the log link: z = η + (y − μ)/μ, w = μ.
      for (int i = 0; i < n; i++) {
        double w = Math.sqrt(mu[i]);
        wz[i] = (eta[i] + (y[i] - mu[i]) / mu[i]) * w;
        for (int k = 0; k < p; k++) {
          wx[i][k] = x[i][k] * w;
        }
      }
      double[] next = leastSquares(wx).solve(new ArrayRealVector(wz, false)).toArray();
      double[] nextEta = linearPredictor(x, next);
      double[] nextMu = exp(nextEta);
      dev = deviance(y, nextMu);
      // Step halving as glm.fit does when the deviance overflows (cannot happen at a valid start).
      for (int half = 0; !Double.isFinite(dev) && beta != null && half < MAX_ITERATIONS; half++) {
        for (int k = 0; k < p; k++) {
          next[k] = (next[k] + beta[k]) / 2;
        }
        nextEta = linearPredictor(x, next);
        nextMu = exp(nextEta);
        dev = deviance(y, nextMu);
      }
      beta = next;
      eta = nextEta;
      mu = nextMu;
      if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON) {
        converged = true;
        break;
      }
      devOld = dev;
    }
    return new Fit(beta, covariance(x, mu), mu, dev, iter, converged);
  }

  /** Poisson deviance 2 Σ [y log(y/μ) − (y − μ)], with the y = 0 terms equal to 2μ. */
  public static double deviance(double[] y, double[] mu) {
    double d = 0;
    for (int i = 0; i < y.length; i++) {
      d += y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) - (y[i] - mu[i]) : mu[i];
    }
    return 2 * d;
  }

  /**
   * (Xᵀ W X)⁻¹ with W = diag(μ), as R⁻¹R⁻ᵀ from the QR decomposition √W X = QR (no normal
   * equations, so the conditioning is that of √W X, not its square).
   */
  private static double[][] covariance(double[][] x, double[] mu) {
    int n = x.length;
    int p = x[0].length;
    double[][] wx = new double[n][p];
    for (int i = 0; i < n; i++) {
      double w = Math.sqrt(mu[i]);
      for (int k = 0; k < p; k++) {
        wx[i][k] = x[i][k] * w;
      }
    }
    double[][] r = new QRDecomposition(new Array2DRowRealMatrix(wx, false)).getR().getData();
    // Rinv = R⁻¹ (upper triangular) by back substitution, column by column.
    double[][] rinv = new double[p][p];
    for (int j = 0; j < p; j++) {
      rinv[j][j] = 1 / r[j][j];
      for (int i = j - 1; i >= 0; i--) {
        double s = 0;
        for (int k = i + 1; k <= j; k++) {
          s += r[i][k] * rinv[k][j];
        }
        rinv[i][j] = -s / r[i][i];
      }
    }
    double[][] cov = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = i; j < p; j++) {
        double s = 0;
        for (int k = j; k < p; k++) { // rows i and j of Rinv are zero left of i and j
          s += rinv[i][k] * rinv[j][k];
        }
        cov[i][j] = s;
        cov[j][i] = s;
      }
    }
    return cov;
  }

  private static DecompositionSolver leastSquares(double[][] a) {
    return new QRDecomposition(new Array2DRowRealMatrix(a, false)).getSolver();
  }

  private static double[] linearPredictor(double[][] x, double[] beta) {
    double[] eta = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double s = 0;
      for (int k = 0; k < beta.length; k++) {
        s += x[i][k] * beta[k];
      }
      eta[i] = s;
    }
    return eta;
  }

  private static double[] exp(double[] v) {
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      r[i] = Math.exp(v[i]);
    }
    return r;
  }

  private static double[][] deepCopy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }
}
