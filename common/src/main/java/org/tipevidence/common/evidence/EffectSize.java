package org.tipevidence.common.evidence;

/**
 * One study's effect on the analysis scale (log scale for ratio measures).
 *
 * @param measure what {@code yi} measures
 * @param yi effect, intervention minus comparator
 * @param vi sampling variance of {@code yi}, always positive and finite
 * @param zeroCellCorrected true when 0.5 was added to every cell of a 2x2 table with a zero cell
 */
public record EffectSize(EffectMeasure measure, double yi, double vi, boolean zeroCellCorrected) {

  public EffectSize {
    if (measure == null) {
      throw new IllegalArgumentException("measure is required");
    }
    if (!Double.isFinite(yi) || !Double.isFinite(vi) || vi <= 0) {
      throw new IllegalArgumentException(
          "need finite yi and positive finite vi: " + yi + ", " + vi);
    }
  }

  public double se() {
    return Math.sqrt(vi);
  }

  public double z() {
    return yi / se();
  }

  /** Two-sided p-value of the Wald z test against no effect. */
  public double pValue() {
    return Distributions.twoSidedNormalP(z());
  }

  /** Lower bound of the 95% Wald CI on the analysis scale. */
  public double ciLow() {
    return yi - Distributions.Z_975 * se();
  }

  /** Upper bound of the 95% Wald CI on the analysis scale. */
  public double ciHigh() {
    return yi + Distributions.Z_975 * se();
  }
}
