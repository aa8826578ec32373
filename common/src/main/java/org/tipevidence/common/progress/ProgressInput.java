package org.tipevidence.common.progress;

import java.io.Serializable;
import java.util.Objects;
import org.tipevidence.common.codes.Direction;

/**
 * One series prepared for a progress assessment: base and latest observation, how many points the
 * series has, the optional target and the desired direction.
 *
 * <p>Values are not validated here: missing or odd data (NaN, zero, opposite signs, too few points)
 * is reported by the methods as insufficient_data / not_assessable rather than thrown. Only a
 * missing {@code direction} is a programming error.
 *
 * @param baseYear year of the base observation (usually 2015 or the first year after it)
 * @param baseValue value in the base year
 * @param latestYear year of the most recent observation
 * @param latestValue value in the latest year
 * @param nPoints number of observations in the series (at least 2 are needed)
 * @param targetYear year the target should be met (default {@value #DEFAULT_TARGET_YEAR})
 * @param targetValue numeric target, or null for indicators without a numeric target
 * @param direction desired direction
 * @param naturalLimit natural limit (e.g. 0 or 100 for a percentage), or null; only Open SDG uses
 *     it, and only without a target
 * @param thresholds per-indicator cut points (Open SDG {@code progress_thresholds}); null or {@link
 *     ProgressThresholds#DEFAULTS} for the method's own; only Open SDG uses them
 */
public record ProgressInput(
    int baseYear,
    double baseValue,
    int latestYear,
    double latestValue,
    int nPoints,
    int targetYear,
    Double targetValue,
    Direction direction,
    Double naturalLimit,
    ProgressThresholds thresholds)
    implements Serializable {

  public static final int DEFAULT_TARGET_YEAR = 2030;

  public ProgressInput {
    Objects.requireNonNull(direction, "direction");
    thresholds = thresholds == null ? ProgressThresholds.DEFAULTS : thresholds;
  }

  /** Input with target year 2030 and no natural limit; {@code targetValue} may be null. */
  public static ProgressInput of(
      int baseYear,
      double baseValue,
      int latestYear,
      double latestValue,
      int nPoints,
      Double targetValue,
      Direction direction) {
    return new ProgressInput(
        baseYear,
        baseValue,
        latestYear,
        latestValue,
        nPoints,
        DEFAULT_TARGET_YEAR,
        targetValue,
        direction,
        null,
        null);
  }

  public boolean hasTarget() {
    return targetValue != null;
  }

  /** Same input with another latest value (used for robustness re-assessment). */
  public ProgressInput withLatestValue(double newLatestValue) {
    return copy(newLatestValue, naturalLimit, thresholds);
  }

  /** Same input with a natural limit (Open SDG scaling for no-target indicators). */
  public ProgressInput withNaturalLimit(Double limit) {
    return copy(latestValue, limit, thresholds);
  }

  /** Same input with per-indicator progress thresholds (Open SDG {@code progress_thresholds}). */
  public ProgressInput withThresholds(ProgressThresholds custom) {
    return copy(latestValue, naturalLimit, custom);
  }

  private ProgressInput copy(double latest, Double limit, ProgressThresholds custom) {
    return new ProgressInput(
        baseYear,
        baseValue,
        latestYear,
        latest,
        nPoints,
        targetYear,
        targetValue,
        direction,
        limit,
        custom);
  }
}
