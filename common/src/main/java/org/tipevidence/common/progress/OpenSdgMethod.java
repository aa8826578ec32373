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
 *       and wins over everything else, score 5, as in the reference code.
 *   <li>With target: {@code R = sign·d·CAGR_a/|CAGR_r|}, cut points 0.95 / 0.60 / 0.
 *   <li>Without target: {@code p = sign·d·CAGR_a}, cut points 1.5%·C / 0.5%·C / 0 where C is the
 *       natural-limit scaling factor ({@link #scalingFactor}; 1 without a limit).
 * </ul>
 *
 * <p>If base equals target but the latest value misses it, {@code CAGR_r = 0} and R is -∞: the
 * reference code then reports deterioration with score -5, and so does this class.
 */
public final class OpenSdgMethod implements ProgressMethod {

  public static final String NAME = "open_sdg";

  /** Stand-in for a zero base or target, which would make the CAGR undefined. */
  public static final double ZERO_REPLACEMENT = 0.001;

  /** Exponent {@code a} of the natural-limit scaling factor. */
  public static final double SCALING_EXPONENT = 4.44;

  static final double R_ON_TRACK = 0.95;
  static final double R_MODERATE = 0.60;
  static final double P_ON_TRACK = 0.015;
  static final double P_MODERATE = 0.005;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ProgressAssessment assess(ProgressInput in) {
    Optional<String> insufficient = InputChecks.insufficientData(in);
    if (insufficient.isPresent()) {
      return ProgressAssessment.insufficientData(NAME, insufficient.get());
    }
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
    if (in.direction().meets(latest, target)) {
      return new ProgressAssessment(
          ProgressStatus.TARGET_ACHIEVED,
          null,
          InputChecks.boxed(cagrA),
          InputChecks.boxed(cagrR),
          ratio,
          5.0,
          NAME);
    }
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
    return new ProgressAssessment(
        statusForRatio(ratio),
        null,
        cagrA.getAsDouble(),
        cagrR.getAsDouble(),
        ratio,
        scoreForRatio(ratio),
        NAME);
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
    return new ProgressAssessment(
        statusForGrowth(p, c), null, cagrA.getAsDouble(), null, p, scoreForGrowth(p, c), NAME);
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
    if (r >= R_ON_TRACK) {
      return ProgressStatus.ON_TRACK;
    }
    if (r >= R_MODERATE) {
      return ProgressStatus.MODERATE_PROGRESS;
    }
    if (r >= 0) {
      return ProgressStatus.LIMITED_PROGRESS;
    }
    return ProgressStatus.DETERIORATION;
  }

  /**
   * Score for R: linear -5→0 over R ∈ [-0.6, 0.6] and 0→5 over [0.6, 1.3], clamped. The rounded
   * coefficients are the reference's and are kept so scores match it exactly.
   */
  public static double scoreForRatio(double r) {
    if (r >= R_MODERATE) {
      return Math.min(7.1429 * r - 4.2857, 5.0);
    }
    return Math.max(4.1667 * r - 2.5, -5.0);
  }

  /**
   * Status for the no-target progress value p with scaling factor c. Only the positive cut points
   * are scaled; with c = 0 (base at the limit) any p ≥ 0 is on track.
   */
  public static ProgressStatus statusForGrowth(double p, double c) {
    if (p >= P_ON_TRACK * c) {
      return ProgressStatus.ON_TRACK;
    }
    if (p >= P_MODERATE * c) {
      return ProgressStatus.MODERATE_PROGRESS;
    }
    if (p >= 0) {
      return ProgressStatus.LIMITED_PROGRESS;
    }
    return ProgressStatus.DETERIORATION;
  }

  /**
   * Score for p: -2% → -5 and +2% → +5 (for c = 1). Positive p is divided by c so the score stays
   * on the unscaled basis; c = 0 with p ≥ 0 scores 5 (limit maintained).
   */
  public static double scoreForGrowth(double p, double c) {
    if (p < 0) {
      return Math.max(125 * p - 2.5, -5.0);
    }
    if (c == 0.0) {
      return 5.0;
    }
    if (p >= P_ON_TRACK * c) {
      return Math.min(500 * p / c - 5, 5.0);
    }
    if (p >= P_MODERATE * c) {
      return 250 * p / c - 1.25;
    }
    return 500 * p / c - 2.5;
  }
}
