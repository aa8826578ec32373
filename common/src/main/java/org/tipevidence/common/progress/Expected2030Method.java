package org.tipevidence.common.progress;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Expected-value ratio, EUSTAT's adaptation of the UNSD 2023 Progress Chart note (methods.md §1.a),
 * generalised from 2030 to the input's target year.
 *
 * <ul>
 *   <li>With target: project the latest value forward at the observed CAGR, {@code v_e = v_t · (1 +
 *       CAGR_a)^(T - t)}, and measure the share of the required change it would deliver, {@code P =
 *       (v_e - v_b) / (v_T - v_b)}. P ≥ 0.95 on_track (EUSTAT 3), ≥ 0.10 moderate_progress (2),
 *       else limited_progress (1). P carries no direction term, so it is only computed when the
 *       target lies ahead of the base; otherwise not_assessable.
 *   <li>Without target: {@code q = sign·d·CAGR_a} (sign = -1 for a negative base, as in Open SDG,
 *       so growth means movement in value, not in magnitude). q ≥ 2% on_track, ≥ 0.5%
 *       moderate_progress, else limited_progress — EUSTAT's direction-aware rule rewritten once.
 *   <li>Latest value meeting the target (inclusive) → target_achieved regardless of trend.
 *   <li>EUSTAT's 3-level scale has no deterioration level, so it is never returned here.
 *   <li>Not implemented from EUSTAT's exceptions: "within 1 point of a 0% or 100% target counts as
 *       achieved" (needs the unit, which this input does not carry) and binary indicators.
 * </ul>
 */
public final class Expected2030Method extends DataCheckedMethod {

  public static final String NAME = "expected_2030";

  static final double P_ON_TRACK = 0.95;
  static final double P_MODERATE = 0.10;
  static final double G_ON_TRACK = 0.02;
  static final double G_MODERATE = 0.005;

  public Expected2030Method() {
    super(NAME);
  }

  @Override
  ProgressAssessment assessWithData(ProgressInput in) {
    OptionalDouble cagrA = Cagr.actual(in);
    return in.hasTarget() ? withTarget(in, cagrA) : withoutTarget(in, cagrA);
  }

  private ProgressAssessment withTarget(ProgressInput in, OptionalDouble cagrA) {
    Optional<String> badTarget = InputChecks.unusableTarget(in);
    if (badTarget.isPresent()) {
      return ProgressAssessment.notAssessable(
          NAME, badTarget.get(), InputChecks.boxed(cagrA), null);
    }
    double target = in.targetValue();
    // CAGR_r is not used by this method; it is reported so outputs are comparable across methods.
    Double cagrR = InputChecks.boxed(Cagr.required(in));
    Double p =
        cagrA.isPresent() && target != in.baseValue()
            ? ratio(in, cagrA.getAsDouble(), target)
            : null;
    if (in.direction().meets(in.latestValue(), target)) {
      return new ProgressAssessment(
          ProgressStatus.TARGET_ACHIEVED, null, InputChecks.boxed(cagrA), cagrR, p, null, NAME);
    }
    if (cagrA.isEmpty()) {
      return ProgressAssessment.notAssessable(
          NAME, InputChecks.actualUndefined(in.baseValue(), in.latestValue()), null, cagrR);
    }
    if (!InputChecks.targetAhead(in)) {
      return ProgressAssessment.notAssessable(
          NAME, InputChecks.TARGET_NOT_AHEAD, cagrA.getAsDouble(), cagrR);
    }
    return new ProgressAssessment(
        statusForRatio(p), null, cagrA.getAsDouble(), cagrR, p, null, NAME);
  }

  private ProgressAssessment withoutTarget(ProgressInput in, OptionalDouble cagrA) {
    if (cagrA.isEmpty()) {
      return ProgressAssessment.notAssessable(
          NAME, InputChecks.actualUndefined(in.baseValue(), in.latestValue()), null, null);
    }
    int sign = in.baseValue() < 0 ? -1 : 1;
    double q = sign * in.direction().sign() * cagrA.getAsDouble();
    return new ProgressAssessment(
        statusForGrowth(q), null, cagrA.getAsDouble(), null, q, null, NAME);
  }

  private static double ratio(ProgressInput in, double cagrA, double target) {
    double expected = projectedValue(in.latestValue(), cagrA, in.latestYear(), in.targetYear());
    return (expected - in.baseValue()) / (target - in.baseValue());
  }

  /** {@code v_e = latest · (1 + cagr)^(targetYear - latestYear)}: the latest trend carried on. */
  public static double projectedValue(
      double latestValue, double cagrActual, int latestYear, int targetYear) {
    return latestValue * Math.pow(1.0 + cagrActual, targetYear - latestYear);
  }

  /** Status for P (cut points 0.95 / 0.10, lower bounds inclusive). */
  public static ProgressStatus statusForRatio(double p) {
    if (p >= P_ON_TRACK) {
      return ProgressStatus.ON_TRACK;
    }
    if (p >= P_MODERATE) {
      return ProgressStatus.MODERATE_PROGRESS;
    }
    return ProgressStatus.LIMITED_PROGRESS;
  }

  /**
   * Status for the direction-adjusted growth q. EUSTAT states "decrease: 3 if CAGR ≤ -2%, 2 if -2%
   * &lt; CAGR ≤ -0.5%"; with q = -CAGR that is exactly q ≥ 2%, 0.5% ≤ q &lt; 2%.
   */
  public static ProgressStatus statusForGrowth(double q) {
    if (q >= G_ON_TRACK) {
      return ProgressStatus.ON_TRACK;
    }
    if (q >= G_MODERATE) {
      return ProgressStatus.MODERATE_PROGRESS;
    }
    return ProgressStatus.LIMITED_PROGRESS;
  }
}
