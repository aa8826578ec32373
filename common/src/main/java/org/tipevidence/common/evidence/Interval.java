package org.tipevidence.common.evidence;

/** A two-sided interval on the analysis scale; both bounds NaN when not applicable. */
public record Interval(double low, double high) {

  static final Interval NONE = new Interval(Double.NaN, Double.NaN);

  static Interval around(double centre, double halfWidth) {
    return new Interval(centre - halfWidth, centre + halfWidth);
  }

  /** The same interval on the reporting scale (exp for ratio measures). */
  public Interval toNaturalScale(EffectMeasure measure) {
    return new Interval(measure.toNaturalScale(low), measure.toNaturalScale(high));
  }
}
