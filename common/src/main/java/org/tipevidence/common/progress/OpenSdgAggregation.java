package org.tipevidence.common.progress;

import java.io.Serializable;
import java.util.List;

/**
 * Open SDG indicator status from its series (methods.md §1.d; {@code IndicatorProgress} in the
 * reference): the mean of the series scores decides, and target_achieved needs every scored series
 * to have achieved its target.
 */
public final class OpenSdgAggregation {

  private OpenSdgAggregation() {}

  /**
   * Indicator-level result.
   *
   * @param status indicator status
   * @param meanScore mean series score, null when no series was scored
   * @param scoredSeries number of series that contributed a score
   */
  public record IndicatorProgress(ProgressStatus status, Double meanScore, int scoredSeries)
      implements Serializable {}

  /**
   * Aggregates series assessments. Series without a score (insufficient_data, not_assessable) are
   * left out, as in the reference. When none is scored the indicator is insufficient_data if every
   * series was (or there were none), otherwise not_assessable.
   */
  public static IndicatorProgress aggregate(List<ProgressAssessment> series) {
    double sum = 0;
    int n = 0;
    boolean allAchieved = true;
    boolean allInsufficient = true;
    for (ProgressAssessment a : series) {
      allInsufficient &= a.status() == ProgressStatus.INSUFFICIENT_DATA;
      if (a.score() == null) {
        continue;
      }
      sum += a.score();
      n++;
      allAchieved &= a.status() == ProgressStatus.TARGET_ACHIEVED;
    }
    if (n == 0) {
      ProgressStatus s =
          allInsufficient ? ProgressStatus.INSUFFICIENT_DATA : ProgressStatus.NOT_ASSESSABLE;
      return new IndicatorProgress(s, null, 0);
    }
    double mean = sum / n;
    ProgressStatus status = allAchieved ? ProgressStatus.TARGET_ACHIEVED : statusForScore(mean);
    return new IndicatorProgress(status, mean, n);
  }

  /**
   * Status for a mean score: [2.5, 5] on_track, [0, 2.5) moderate_progress, [-2.5, 0)
   * limited_progress, [-5, -2.5) deterioration. Scores are clamped to [-5, 5] by construction.
   */
  public static ProgressStatus statusForScore(double score) {
    if (score >= 2.5) {
      return ProgressStatus.ON_TRACK;
    }
    if (score >= 0) {
      return ProgressStatus.MODERATE_PROGRESS;
    }
    if (score >= -2.5) {
      return ProgressStatus.LIMITED_PROGRESS;
    }
    return ProgressStatus.DETERIORATION;
  }
}
