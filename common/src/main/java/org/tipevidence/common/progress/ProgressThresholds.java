package org.tipevidence.common.progress;

import java.io.Serializable;

/**
 * Per-indicator progress thresholds, Open SDG's {@code progress_thresholds} ({@code high}, {@code
 * med}, {@code low}). Each may be null, meaning the method's default for that cut point: the
 * reference starts from its defaults and overrides only the keys an indicator sets.
 *
 * @param high lower bound of on track (Open SDG "substantial progress")
 * @param med lower bound of moderate progress
 * @param low lower bound of limited progress; below it is deterioration
 */
public record ProgressThresholds(Double high, Double med, Double low) implements Serializable {

  /** No override: every cut point is the method's default. */
  public static final ProgressThresholds DEFAULTS = new ProgressThresholds(null, null, null);

  /**
   * @throws IllegalArgumentException if a given value is not finite or the given values are not
   *     ordered high ≥ med ≥ low
   */
  public ProgressThresholds {
    for (Double v : new Double[] {high, med, low}) {
      if (v != null && !Double.isFinite(v)) {
        throw new IllegalArgumentException("progress thresholds must be finite numbers, got " + v);
      }
    }
    if ((high != null && med != null && high < med)
        || (med != null && low != null && med < low)
        || (high != null && low != null && high < low)) {
      throw new IllegalArgumentException(
          "progress thresholds must satisfy high >= med >= low, got high=%s med=%s low=%s"
              .formatted(high, med, low));
    }
  }

  /** These overrides on top of the given defaults, as a complete triple. */
  public ProgressThresholds over(double defaultHigh, double defaultMed, double defaultLow) {
    return new ProgressThresholds(
        high == null ? defaultHigh : high,
        med == null ? defaultMed : med,
        low == null ? defaultLow : low);
  }
}
