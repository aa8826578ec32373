package org.tipevidence.common.evidence;

import java.util.Optional;
import org.tipevidence.common.stats.Interval;

/**
 * Effect measures on their analysis scale, always intervention minus comparator. Precomputed
 * effects (from a paper's estimate and CI) must declare one of these so that only like is pooled
 * with like.
 */
public enum EffectMeasure implements Coded {
  LOG_RR("log_rr", "Log risk ratio", true),
  LOG_OR("log_or", "Log odds ratio", true),
  RD("rd", "Risk difference", false),
  SMD("smd", "Standardised mean difference (Hedges' g)", false),
  MD("md", "Mean difference (raw, in the outcome's own units)", false);

  private final String code;
  private final String label;
  private final boolean ratio;

  EffectMeasure(String code, String label, boolean ratio) {
    this.code = code;
    this.label = label;
    this.ratio = ratio;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  /** True for ratio measures: analysed as logs, reported (and usually published) as ratios. */
  public boolean isRatio() {
    return ratio;
  }

  /** Analysis scale to reporting scale: exp for ratio measures, identity otherwise. */
  public double toNaturalScale(double value) {
    return ratio ? Math.exp(value) : value;
  }

  /** The same interval on the reporting scale. */
  public Interval toNaturalScale(Interval analysisScale) {
    return new Interval(toNaturalScale(analysisScale.low()), toNaturalScale(analysisScale.high()));
  }

  public static Optional<EffectMeasure> fromCode(String code) {
    return Coded.lookup(EffectMeasure.class, code);
  }
}
