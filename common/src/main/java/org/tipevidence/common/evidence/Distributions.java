package org.tipevidence.common.evidence;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/** Tail probabilities and quantiles, computed from special functions to keep tiny p accurate. */
final class Distributions {

  /** qnorm(0.975), full precision (metafor uses qnorm, not the rounded 1.96). */
  static final double Z_975 = 1.959963984540054;

  private Distributions() {}

  static double twoSidedNormalP(double z) {
    return Erf.erfc(Math.abs(z) / Math.sqrt(2.0));
  }

  /** Two-sided p of Student's t: P(|T| > |t|) = I_{df/(df+t^2)}(df/2, 1/2). */
  static double twoSidedTP(double t, double df) {
    return Beta.regularizedBeta(df / (df + t * t), df / 2.0, 0.5);
  }

  /** Upper tail of chi-square: P(X > q) = Q(df/2, q/2). */
  static double chiSquareUpperP(double q, double df) {
    return Gamma.regularizedGammaQ(df / 2.0, q / 2.0);
  }

  static double t975(double df) {
    // No random generator: we never sample, and creating one per call is wasted work.
    return new TDistribution(null, df, 1e-12).inverseCumulativeProbability(0.975);
  }
}
