package org.tipevidence.common.progress;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Statistics Canada / Open SDG progress measure (methods.md §1.d; reference implementation
 * open-sdg/sdg-build {@code sdg/ProgressMeasure.py}).
 *
 * <ul>
 *   <li>Zero base or zero target is replaced by {@value #ZERO_REPLACEMENT} before anything else.
 *   <li>{@code sign} = -1 if the (original) base value is negative, else +1, so all-negative series
 *       are read in the right direction; base and latest of opposite sign → not_assessable.
 *   <li>Target achieved (inclusive: latest ≥ target for increase, ≤ for decrease) is checked first
 *       and wins over everything else, score 5, as in the reference code: it needs only the latest
 *       value and the target, so one data point that meets the target is target_achieved, and so is
 *       a series whose base and latest values have opposite signs.
 *   <li>Cut points may be overridden per indicator ({@link ProgressThresholds}, the reference's
 *       {@code progress_thresholds}); the score formulas stay the reference's fixed ones, only the
 *       branch boundaries move, exactly as the reference computes them.
 *   <li>With target: {@code R = sign·d·CAGR_a/|CAGR_r|}, cut points 0.95 / 0.60 / 0.
 *   <li>Without target: {@code p = sign·d·CAGR_a}, cut points 1.5%·C / 0.5%·C / 0 where C is the
 *       natural-limit scaling factor ({@link #scalingFactor}; 1 without a limit).
 * </ul>
 *
 * <p>If base equals target but the latest value misses it, {@code CAGR_r = 0} and R is -∞: the
 * reference code then reports deterioration with score -5, and so does this class.
 */
public final class OpenSdgMethod extends DataCheckedMethod {

  public static final String NAME = "open_sdg";

  /** Stand-in for a zero base or target, which would make the CAGR undefined. */
  public static final double ZERO_REPLACEMENT = 0.001;

  /** Exponent {@code a} of the natural-limit scaling factor. */
  public static final double SCALING_EXPONENT = 4.44;

  static final double R_ON_TRACK = 0.95;
  static final double R_MODERATE = 0.60;
  static final double P_ON_TRACK = 0.015;
  static final double P_MODERATE = 0.005;

  public OpenSdgMethod() {
    super(NAME);
  }

  @Override
  public ProgressAssessment assess(ProgressInput in) {
    return targetAlreadyMet(in) ? achieved(in) : super.assess(in);
  }

  @Override
  ProgressAssessment assessWithData(ProgressInput in) {
    if (in.hasTarget()) {
      Optional<String> badTarget = InputChecks.unusableTarget(in);
      if (badTarget.isPresent()) {
        return ProgressAssessment.notAssessable(NAME, badTarget.get(), null, null);
      }
    }
    int sign = in.baseValue() < 0 ? -1 : 1;
    int d = in.direction().sign();
    double base = nonZero(in.baseValue());
    double latest = in.latestValue();
    OptionalDouble cagrA = Cagr.of(base, latest, in.baseYear(), in.latestYear());
    return in.hasTarget()
        ? withTarget(in, sign, d, base, latest, cagrA)
        : withoutTarget(in, sign, d, latest, cagrA);
  }

  private ProgressAssessment withTarget(
      ProgressInput in, int sign, int d, double base, double latest, OptionalDouble cagrA) {
    double target = nonZero(in.targetValue());
    OptionalDouble cagrR = Cagr.of(base, target, in.baseYear(), in.targetYear());
    Double ratio =
        cagrA.isPresent() && cagrR.isPresent()
            ? sign * d * cagrA.getAsDouble() / Math.abs(cagrR.getAsDouble())
            : null;
    if (cagrA.isEmpty()) {
      return ProgressAssessment.notAssessable(
          NAME, InputChecks.actualUndefined(base, latest), null, InputChecks.boxed(cagrR));
    }
    if (cagrR.isEmpty()) {
      return ProgressAssessment.notAssessable(
          NAME, InputChecks.requiredUndefined(base, target), cagrA.getAsDouble(), null);
    }
    if (ratio.isNaN()) {
      return ProgressAssessment.notAssessable(
          NAME, "progress ratio is undefined (0/0)", cagrA.getAsDouble(), cagrR.getAsDouble());
    }
    ProgressThresholds th = in.thresholds().over(R_ON_TRACK, R_MODERATE, 0.0);
    return new ProgressAssessment(
        statusFor(ratio, th),
        null,
        cagrA.getAsDouble(),
        cagrR.getAsDouble(),
        ratio,
        scoreForRatio(ratio, th),
        NAME);
  }

  /**
   * The reference's first decision: a numeric target that the latest value meets (zero target read
   * as {@value #ZERO_REPLACEMENT}). Needs only a finite latest value and target.
   */
  private static boolean targetAlreadyMet(ProgressInput in) {
    return in.hasTarget()
        && Double.isFinite(in.targetValue())
        && Double.isFinite(in.latestValue())
        && in.direction().meets(in.latestValue(), nonZero(in.targetValue()));
  }

  /** Target achieved, score 5, with the growth rates and ratio wherever they are defined. */
  private static ProgressAssessment achieved(ProgressInput in) {
    Double cagrA = null;
    Double cagrR = null;
    Double ratio = null;
    if (InputChecks.insufficientData(in).isEmpty()) {
      double base = nonZero(in.baseValue());
      int sign = in.baseValue() < 0 ? -1 : 1;
      cagrA = InputChecks.boxed(Cagr.of(base, in.latestValue(), in.baseYear(), in.latestYear()));
      if (in.targetYear() > in.baseYear()) {
        cagrR =
            InputChecks.boxed(
                Cagr.of(base, nonZero(in.targetValue()), in.baseYear(), in.targetYear()));
      }
      if (cagrA != null && cagrR != null) {
        ratio = sign * in.direction().sign() * cagrA / Math.abs(cagrR);
      }
    }
    return new ProgressAssessment(
        ProgressStatus.TARGET_ACHIEVED, null, cagrA, cagrR, ratio, 5.0, NAME);
  }

  private ProgressAssessment withoutTarget(
      ProgressInput in, int sign, int d, double latest, OptionalDouble cagrA) {
    if (cagrA.isEmpty()) {
      return ProgressAssessment.notAssessable(
          NAME, InputChecks.actualUndefined(nonZero(in.baseValue()), latest), null, null);
    }
    double p = sign * d * cagrA.getAsDouble();
    // The reference computes C from the base value before the zero substitution.
    double c = in.naturalLimit() == null ? 1.0 : scalingFactor(in.baseValue(), in.naturalLimit());
    ProgressThresholds th = in.thresholds().over(P_ON_TRACK, P_MODERATE, 0.0);
    ProgressThresholds scaled = new ProgressThresholds(th.high() * c, th.med() * c, th.low() * c);
    return new ProgressAssessment(
        statusFor(p, scaled),
        null,
        cagrA.getAsDouble(),
        null,
        p,
        scoreForGrowth(p, c, scaled),
        NAME);
  }

  private static double nonZero(double v) {
    return v == 0.0 ? ZERO_REPLACEMENT : v;
  }

  /**
   * Natural-limit scaling factor C (a = 4.44): 1 when |base| ≥ 2|limit|; {@code 1 - (|base| /
   * |limit|)^a} when |base| ≤ |limit|; otherwise {@code 1 - ((2|limit| - |base|)/|limit|)^a}. It
   * shrinks the no-target thresholds as the base approaches the limit, where little growth is left.
   */
  public static double scalingFactor(double baseValue, double limit) {
    double b = Math.abs(baseValue);
    double l = Math.abs(limit);
    // Checked first so that base = limit = 0 gives 1, as in the reference.
    if (b >= 2 * l) {
      return 1.0;
    }
    if (b <= l) {
      return 1.0 - Math.pow(b / l, SCALING_EXPONENT);
    }
    return 1.0 - Math.pow((2 * l - b) / l, SCALING_EXPONENT);
  }

  /** Status for the with-target ratio R (cut points 0.95 / 0.60 / 0, lower bounds inclusive). */
  public static ProgressStatus statusForRatio(double r) {
    return statusFor(r, new ProgressThresholds(R_ON_TRACK, R_MODERATE, 0.0));
  }

  /** Status for a progress value against complete cut points (lower bounds inclusive). */
  static ProgressStatus statusFor(double value, ProgressThresholds th) {
    if (value >= th.high()) {
      return ProgressStatus.ON_TRACK;
    }
    if (value >= th.med()) {
      return ProgressStatus.MODERATE_PROGRESS;
    }
    if (value >= th.low()) {
      return ProgressStatus.LIMITED_PROGRESS;
    }
    return ProgressStatus.DETERIORATION;
  }

  /**
   * Score for R: linear -5→0 over R ∈ [-0.6, 0.6] and 0→5 over [0.6, 1.3], clamped. The rounded
   * coefficients are the reference's and are kept so scores match it exactly.
   */
  public static double scoreForRatio(double r) {
    return scoreForRatio(r, new ProgressThresholds(R_ON_TRACK, R_MODERATE, 0.0));
  }

  /**
   * With custom cut points the reference keeps its two fixed lines and switches between them at
   * {@code med}: the high and low cut points change the status, not the score.
   */
  static double scoreForRatio(double r, ProgressThresholds th) {
    if (r >= th.med()) {
      return Math.min(7.1429 * r - 4.2857, 5.0);
    }
    return Math.max(4.1667 * r - 2.5, -5.0);
  }

  /**
   * Status for the no-target progress value p with scaling factor c. Only the positive cut points
   * are scaled; with c = 0 (base at the limit) any p ≥ 0 is on track.
   */
  public static ProgressStatus statusForGrowth(double p, double c) {
    return statusFor(p, new ProgressThresholds(P_ON_TRACK * c, P_MODERATE * c, 0.0));
  }

  /**
   * Score for p: -2% → -5 and +2% → +5 (for c = 1). Positive p is divided by c so the score stays
   * on the unscaled basis; c = 0 with p ≥ 0 scores 5 (limit maintained).
   */
  public static double scoreForGrowth(double p, double c) {
    return scoreForGrowth(p, c, new ProgressThresholds(P_ON_TRACK * c, P_MODERATE * c, 0.0));
  }

  /** As above with cut points already scaled by c (the reference's order of branches). */
  static double scoreForGrowth(double p, double c, ProgressThresholds scaled) {
    if (p < scaled.low()) {
      return Math.max(125 * p - 2.5, -5.0);
    }
    if (c == 0.0) {
      return 5.0;
    }
    if (p >= scaled.high()) {
      return Math.min(500 * p / c - 5, 5.0);
    }
    if (p >= scaled.med()) {
      return 250 * p / c - 1.25;
    }
    return 500 * p / c - 2.5;
  }
}
