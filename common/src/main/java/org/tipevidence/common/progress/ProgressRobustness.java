package org.tipevidence.common.progress;

/**
 * Re-assessment under an alternative trend, for "status robustness": does the status survive if the
 * true slope is at either end of its confidence interval?
 *
 * <p>The alternative trend is expressed as a straight line through the observed base value: the
 * implied latest value is {@code baseValue + slope · (latestYear - baseYear)}, and everything else
 * in the input (years, target, direction, point count, limit) is kept. A CAGR method then
 * re-derives its own growth rate from that value. This keeps the base fixed on purpose: the
 * question is how uncertain the change since the base is, not the base itself.
 */
public final class ProgressRobustness {

  private ProgressRobustness() {}

  /** Latest value implied by a linear slope (units per year) from the base observation. */
  public static double impliedLatestValue(ProgressInput in, double slopePerYear) {
    return in.baseValue() + slopePerYear * (in.latestYear() - in.baseYear());
  }

  /**
   * Assesses {@code in} with its latest value replaced by {@link #impliedLatestValue}. A NaN slope
   * (e.g. an undefined CI) yields insufficient_data, like any missing latest value.
   */
  public static ProgressAssessment assessWithSlope(
      ProgressMethod method, ProgressInput in, double slopePerYear) {
    return method.assess(in.withLatestValue(impliedLatestValue(in, slopePerYear)));
  }
}
