package org.tipevidence.jobs.evidence;

import static org.tipevidence.jobs.evidence.EvaluationColumns.EFFECT;
import static org.tipevidence.jobs.evidence.EvaluationColumns.EFFECT_CI_LOW;
import static org.tipevidence.jobs.evidence.EvaluationColumns.EFFECT_MEASURE;
import static org.tipevidence.jobs.evidence.EvaluationColumns.EFFECT_SE;
import static org.tipevidence.jobs.evidence.EvaluationColumns.EVENTS_CONTROL;
import static org.tipevidence.jobs.evidence.EvaluationColumns.EVENTS_TREATMENT;
import static org.tipevidence.jobs.evidence.EvaluationColumns.N_CONTROL;
import static org.tipevidence.jobs.evidence.EvaluationColumns.N_TREATMENT;
import static org.tipevidence.jobs.evidence.EvaluationColumns.SD_CONTROL;
import static org.tipevidence.jobs.evidence.EvaluationColumns.SD_TREATMENT;
import static org.tipevidence.jobs.evidence.EvaluationColumns.TOTAL_CONTROL;
import static org.tipevidence.jobs.evidence.EvaluationColumns.TOTAL_TREATMENT;

import java.io.Serializable;
import java.util.Optional;
import org.tipevidence.common.evidence.EffectMeasure;
import org.tipevidence.common.evidence.EffectReason;
import org.tipevidence.common.evidence.EffectResult;
import org.tipevidence.common.evidence.EffectSizes;

/**
 * One evaluation row's effect size: picks the EffectSizes method for the row's data block and, on
 * rejection, names the input column to fix and says how. Pure Java (no Spark), called per row by
 * {@link EffectSizeMapper}.
 */
final class EvaluationEffect {
  private EvaluationEffect() {}

  /**
   * The numbers of one row that passed the row rules; the block's fields are non-null.
   *
   * @param dataType two_by_two, means, effect_se or effect_ci
   * @param measureCode declared measure, null when blank
   */
  record Inputs(
      String dataType,
      String measureCode,
      Long events1,
      Long total1,
      Long events2,
      Long total2,
      Double mean1,
      Double sd1,
      Long n1,
      Double mean2,
      Double sd2,
      Long n2,
      Double effect,
      Double se,
      Double ciLow,
      Double ciHigh)
      implements Serializable {}

  /** The effect or the rejection with the column to fix and a human reason. */
  record Outcome(EffectResult result, String column, String reason) {}

  static Outcome compute(Inputs in, boolean mdPooledSd) {
    EffectResult result = effect(in, mdPooledSd);
    if (result instanceof EffectResult.Invalid bad) {
      return new Outcome(result, column(bad.reason(), in), reason(bad));
    }
    return new Outcome(result, null, null);
  }

  /**
   * A blank measure defaults to log_rr for a 2x2 table and smd for means; means may also declare md
   * (raw mean difference); a precomputed effect must declare its own. Precomputed effects and CIs
   * are on the analysis scale (log scale for log_rr and log_or). With both an SE and a CI, the SE
   * is used and the CI must still contain the estimate.
   */
  private static EffectResult effect(Inputs in, boolean mdPooledSd) {
    Optional<EffectMeasure> declared = EffectMeasure.fromCode(in.measureCode());
    return switch (in.dataType()) {
      case EvaluationValidation.TWO_BY_TWO_TYPE ->
          EffectSizes.fromTwoByTwo(
              declared.orElse(EffectMeasure.LOG_RR),
              in.events1(),
              in.total1(),
              in.events2(),
              in.total2());
      case EvaluationValidation.MEANS_TYPE -> {
        EffectMeasure measure = declared.orElse(EffectMeasure.SMD);
        if (measure == EffectMeasure.MD) {
          yield EffectSizes.meanDifference(
              in.mean1(), in.sd1(), in.n1(), in.mean2(), in.sd2(), in.n2(), mdPooledSd);
        }
        if (measure != EffectMeasure.SMD) {
          yield EffectResult.invalid(
              EffectReason.MEASURE_NOT_APPLICABLE,
              measure.code() + " needs event counts, not means and SDs");
        }
        yield EffectSizes.hedgesG(in.mean1(), in.sd1(), in.n1(), in.mean2(), in.sd2(), in.n2());
      }
      case EvaluationValidation.EFFECT_SE_TYPE -> {
        EffectMeasure measure = declared.orElse(null);
        if (in.ciLow() != null && in.ciHigh() != null) {
          EffectResult ci =
              EffectSizes.fromAnalysisScaleInterval(measure, in.effect(), in.ciLow(), in.ciHigh());
          if (!ci.isValid()) {
            yield ci;
          }
        }
        yield EffectSizes.fromStandardError(measure, in.effect(), in.se());
      }
      case EvaluationValidation.EFFECT_CI_TYPE ->
          EffectSizes.fromAnalysisScaleInterval(
              declared.orElse(null), in.effect(), in.ciLow(), in.ciHigh());
      default -> throw new IllegalArgumentException("unknown data type " + in.dataType());
    };
  }

  /** The input column a person should look at first. */
  static String column(EffectReason reason, Inputs in) {
    boolean twoByTwo = EvaluationValidation.TWO_BY_TWO_TYPE.equals(in.dataType());
    return switch (reason) {
      case MISSING_EFFECT_MEASURE, UNKNOWN_EFFECT_MEASURE, MEASURE_NOT_APPLICABLE -> EFFECT_MEASURE;
      case NON_POSITIVE_TOTAL ->
          twoByTwo
              ? (in.total1() <= 0 ? TOTAL_TREATMENT : TOTAL_CONTROL)
              : (in.n1() <= 0 ? N_TREATMENT : N_CONTROL);
      case NEGATIVE_EVENTS, EVENTS_EXCEED_TOTAL -> arm1Bad(in) ? EVENTS_TREATMENT : EVENTS_CONTROL;
      case ARM_TOO_SMALL -> in.n1() < 2 ? N_TREATMENT : N_CONTROL;
      case NON_POSITIVE_SD -> in.sd1() <= 0 ? SD_TREATMENT : SD_CONTROL;
      case NON_POSITIVE_VARIANCE -> EFFECT_SE;
      case CI_NOT_ORDERED, NON_POSITIVE_RATIO -> EFFECT_CI_LOW;
      case CI_EXCLUDES_ESTIMATE -> EFFECT;
      case NON_FINITE_VALUE -> "";
    };
  }

  private static boolean arm1Bad(Inputs in) {
    return in.total1() <= 0 || in.events1() < 0 || in.events1() > in.total1();
  }

  /** "label: what was found (how to fix)", the shape of every quarantine reason. */
  static String reason(EffectResult.Invalid bad) {
    return bad.reason().label() + ": " + bad.message() + " (" + fix(bad.reason()) + ")";
  }

  private static String fix(EffectReason reason) {
    return switch (reason) {
      case MISSING_EFFECT_MEASURE, UNKNOWN_EFFECT_MEASURE ->
          "fill in effect_measure with log_rr, log_or, rd, smd or md";
      case MEASURE_NOT_APPLICABLE ->
          "use log_rr, log_or or rd with events and totals, smd or md with means and SDs";
      case NON_FINITE_VALUE -> "write finite numbers (no NaN or Infinity)";
      case NON_POSITIVE_TOTAL -> "each arm needs at least one participant";
      case NEGATIVE_EVENTS -> "correct the event count";
      case EVENTS_EXCEED_TOTAL ->
          "check events and totals per arm at source: events cannot exceed participants";
      case ARM_TOO_SMALL -> "each arm needs at least 2 participants";
      case NON_POSITIVE_SD ->
          "check the SD at source (not an SE or a variance); it must be above 0";
      case NON_POSITIVE_VARIANCE -> "effect_se must be above 0";
      case NON_POSITIVE_RATIO -> "give ratio measures on the log scale";
      case CI_NOT_ORDERED -> "put the lower bound in effect_ci_low and the upper in effect_ci_high";
      case CI_EXCLUDES_ESTIMATE ->
          "check effect and its CI at source; give both on the analysis scale (log for log_rr and"
              + " log_or)";
    };
  }
}
