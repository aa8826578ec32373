package org.tipevidence.common.evidence;

/**
 * Between-study heterogeneity of a meta-analysis. Fields that do not apply are NaN.
 *
 * @param q Cochran's Q (always with fixed-effect weights)
 * @param df degrees of freedom of Q, k - 1
 * @param pValue P(chi-square_df > Q)
 * @param tau2 between-study variance (0 under the fixed-effect model)
 * @param tau2Se standard error of tau2 (REML only, from the Fisher information)
 * @param tau square root of tau2
 * @param i2 percentage of total variability due to heterogeneity, 0-100
 * @param h2 ratio of total to sampling variability
 */
public record Heterogeneity(
    double q, int df, double pValue, double tau2, double tau2Se, double tau, double i2, double h2) {

  static final Heterogeneity NONE =
      new Heterogeneity(
          Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
