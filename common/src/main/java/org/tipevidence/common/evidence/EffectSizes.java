package org.tipevidence.common.evidence;

import static org.tipevidence.common.evidence.EffectReason.ARM_TOO_SMALL;
import static org.tipevidence.common.evidence.EffectReason.CI_EXCLUDES_ESTIMATE;
import static org.tipevidence.common.evidence.EffectReason.CI_NOT_ORDERED;
import static org.tipevidence.common.evidence.EffectReason.EVENTS_EXCEED_TOTAL;
import static org.tipevidence.common.evidence.EffectReason.MEASURE_NOT_APPLICABLE;
import static org.tipevidence.common.evidence.EffectReason.MISSING_EFFECT_MEASURE;
import static org.tipevidence.common.evidence.EffectReason.NEGATIVE_EVENTS;
import static org.tipevidence.common.evidence.EffectReason.NON_FINITE_VALUE;
import static org.tipevidence.common.evidence.EffectReason.NON_POSITIVE_RATIO;
import static org.tipevidence.common.evidence.EffectReason.NON_POSITIVE_SD;
import static org.tipevidence.common.evidence.EffectReason.NON_POSITIVE_TOTAL;
import static org.tipevidence.common.evidence.EffectReason.NON_POSITIVE_VARIANCE;
import static org.tipevidence.common.evidence.EffectReason.UNKNOWN_EFFECT_MEASURE;

import java.util.function.Function;
import org.apache.commons.math3.special.Gamma;

/**
 * Study-level effect sizes as metafor's {@code escalc} computes them (defaults: {@code add=1/2,
 * to="only0", vtype="LS"}). Arm 1 is the intervention, arm 2 the comparator. Every method returns a
 * rejection with a reason instead of throwing on bad input.
 */
public final class EffectSizes {

  private static final double ZERO_CELL_ADD = 0.5;

  private EffectSizes() {}

  /** Log risk ratio from events and totals per arm. */
  public static EffectResult logRiskRatio(long events1, long total1, long events2, long total2) {
    return fromTwoByTwo(EffectMeasure.LOG_RR, events1, total1, events2, total2);
  }

  /** Log odds ratio from events and totals per arm. */
  public static EffectResult logOddsRatio(long events1, long total1, long events2, long total2) {
    return fromTwoByTwo(EffectMeasure.LOG_OR, events1, total1, events2, total2);
  }

  /** Risk difference from events and totals per arm. */
  public static EffectResult riskDifference(long events1, long total1, long events2, long total2) {
    return fromTwoByTwo(EffectMeasure.RD, events1, total1, events2, total2);
  }

  /** Any 2x2 measure, chosen by code ({@code log_rr}, {@code log_or}, {@code rd}). */
  public static EffectResult fromTwoByTwo(
      String measureCode, long events1, long total1, long events2, long total2) {
    return withMeasure(measureCode, m -> fromTwoByTwo(m, events1, total1, events2, total2));
  }

  /** Any 2x2 measure ({@link EffectMeasure#SMD} is rejected as not applicable). */
  public static EffectResult fromTwoByTwo(
      EffectMeasure measure, long events1, long total1, long events2, long total2) {
    if (measure == null) {
      return missingMeasure();
    }
    if (measure == EffectMeasure.SMD || measure == EffectMeasure.MD) {
      return EffectResult.invalid(
          MEASURE_NOT_APPLICABLE, measure.code() + " needs means and SDs, not event counts");
    }
    EffectResult bad = checkArm(1, events1, total1);
    if (bad == null) {
      bad = checkArm(2, events2, total2);
    }
    if (bad != null) {
      return bad;
    }
    double a = events1;
    double b = total1 - events1;
    double c = events2;
    double d = total2 - events2;
    // metafor to="only0": correct the whole table, and only tables that contain a zero.
    boolean corrected = a == 0 || b == 0 || c == 0 || d == 0;
    if (corrected) {
      a += ZERO_CELL_ADD;
      b += ZERO_CELL_ADD;
      c += ZERO_CELL_ADD;
      d += ZERO_CELL_ADD;
    }
    double n1 = a + b;
    double n2 = c + d;
    return switch (measure) {
      case LOG_RR ->
          EffectResult.valid(
              measure,
              Math.log(a / n1) - Math.log(c / n2),
              1 / a - 1 / n1 + 1 / c - 1 / n2,
              corrected);
      case LOG_OR ->
          EffectResult.valid(
              measure, Math.log(a / b) - Math.log(c / d), 1 / a + 1 / b + 1 / c + 1 / d, corrected);
      case RD ->
          EffectResult.valid(
              measure, a / n1 - c / n2, a * b / (n1 * n1 * n1) + c * d / (n2 * n2 * n2), corrected);
      case SMD, MD -> throw new AssertionError("rejected above");
    };
  }

  /**
   * Hedges' g with the exact small-sample correction J and the large-sample variance (metafor
   * {@code measure="SMD"}, {@code vtype="LS"}).
   */
  public static EffectResult hedgesG(
      double mean1, double sd1, long n1, double mean2, double sd2, long n2) {
    EffectResult bad = checkMeans(mean1, sd1, n1, mean2, sd2, n2);
    if (bad != null) {
      return bad;
    }
    double m = n1 + n2 - 2.0;
    double pooledSd = Math.sqrt(((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / m);
    double d = (mean1 - mean2) / pooledSd;
    double g = hedgesJ(m) * d;
    double vi = 1.0 / n1 + 1.0 / n2 + g * g / (2.0 * (n1 + n2));
    return EffectResult.valid(EffectMeasure.SMD, g, vi, false);
  }

  /**
   * Raw mean difference m1 - m2 (metafor {@code measure="MD"}). The variance uses separate SDs,
   * sd1²/n1 + sd2²/n2 (metafor's default {@code vtype="LS"}), or with {@code pooledSd} the pooled
   * SD, sp²(1/n1 + 1/n2) (metafor {@code vtype="HO"}, as in Normand 1999).
   */
  public static EffectResult meanDifference(
      double mean1, double sd1, long n1, double mean2, double sd2, long n2, boolean pooledSd) {
    EffectResult bad = checkMeans(mean1, sd1, n1, mean2, sd2, n2);
    if (bad != null) {
      return bad;
    }
    double vi;
    if (pooledSd) {
      double sp2 = ((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / (n1 + n2 - 2.0);
      vi = sp2 * (1.0 / n1 + 1.0 / n2);
    } else {
      vi = sd1 * sd1 / n1 + sd2 * sd2 / n2;
    }
    return EffectResult.valid(EffectMeasure.MD, mean1 - mean2, vi, false);
  }

  /**
   * True for a 2x2 study that carries no information about a ratio: no events in either arm, or
   * only events in both (metafor's {@code drop00}). Risk differences are never uninformative.
   */
  public static boolean isDoubleZero(
      EffectMeasure measure, long events1, long total1, long events2, long total2) {
    return measure != null
        && measure.isRatio()
        && ((events1 == 0 && events2 == 0) || (events1 == total1 && events2 == total2));
  }

  private static EffectResult checkMeans(
      double mean1, double sd1, long n1, double mean2, double sd2, long n2) {
    if (!allFinite(mean1, sd1, mean2, sd2)) {
      return EffectResult.invalid(
          NON_FINITE_VALUE,
          "means and SDs must be finite numbers, got mean1=%s sd1=%s mean2=%s sd2=%s"
              .formatted(mean1, sd1, mean2, sd2));
    }
    if (n1 <= 0 || n2 <= 0) {
      return EffectResult.invalid(
          NON_POSITIVE_TOTAL, "arm sizes must be positive, got n1=%d n2=%d".formatted(n1, n2));
    }
    if (n1 < 2 || n2 < 2) {
      return EffectResult.invalid(
          ARM_TOO_SMALL,
          "each arm needs at least 2 participants for an SD, got n1=%d n2=%d".formatted(n1, n2));
    }
    if (sd1 <= 0 || sd2 <= 0) {
      return EffectResult.invalid(
          NON_POSITIVE_SD, "SDs must be positive, got sd1=%s sd2=%s".formatted(sd1, sd2));
    }
    return null;
  }

  /**
   * Exact bias correction J(m) = Γ(m/2) / (sqrt(m/2) Γ((m-1)/2)), via log-gamma so large samples do
   * not overflow. Hedges' 1 - 3/(4m - 1) differs in the 5th decimal for small m.
   */
  static double hedgesJ(double m) {
    return Math.exp(
        Gamma.logGamma(m / 2) - Math.log(Math.sqrt(m / 2)) - Gamma.logGamma((m - 1) / 2));
  }

  /** An effect reported as estimate and 95% CI; code-based variant of the method below. */
  public static EffectResult fromConfidenceInterval(
      String measureCode, double estimate, double ciLow, double ciHigh) {
    return withMeasure(measureCode, m -> fromConfidenceInterval(m, estimate, ciLow, ciHigh));
  }

  /**
   * An effect reported as estimate and 95% CI. Ratio measures are given on the natural scale (e.g.
   * RR 0.65 [0.50, 0.84]) and logged here, because their CIs are symmetric only on the log scale.
   * SE = (high - low) / (2 z_0.975).
   */
  public static EffectResult fromConfidenceInterval(
      EffectMeasure measure, double estimate, double ciLow, double ciHigh) {
    EffectResult bad = intervalProblem(measure, estimate, ciLow, ciHigh, true);
    if (bad != null) {
      return bad;
    }
    double y = measure.isRatio() ? Math.log(estimate) : estimate;
    double low = measure.isRatio() ? Math.log(ciLow) : ciLow;
    double high = measure.isRatio() ? Math.log(ciHigh) : ciHigh;
    double se = (high - low) / (2 * Distributions.Z_975);
    return EffectResult.valid(measure, y, se * se, false);
  }

  /**
   * An effect and its 95% CI both given on the analysis scale (log scale for ratio measures, as the
   * codes {@code log_rr} and {@code log_or} say), e.g. log RR 0.22 [-0.05, 0.49]. Use {@link
   * #fromConfidenceInterval(EffectMeasure, double, double, double)} for ratios on the natural
   * scale. SE = (high - low) / (2 z_0.975).
   */
  public static EffectResult fromAnalysisScaleInterval(
      EffectMeasure measure, double estimate, double ciLow, double ciHigh) {
    EffectResult bad = intervalProblem(measure, estimate, ciLow, ciHigh, false);
    if (bad != null) {
      return bad;
    }
    double se = (ciHigh - ciLow) / (2 * Distributions.Z_975);
    return EffectResult.valid(measure, estimate, se * se, false);
  }

  /**
   * Why an estimate and its CI cannot be used, or null: a missing measure, non-finite values, a
   * ratio on the natural scale that is not positive ({@code naturalScale}), a reversed CI, or an
   * estimate outside its CI.
   */
  private static EffectResult intervalProblem(
      EffectMeasure measure, double estimate, double ciLow, double ciHigh, boolean naturalScale) {
    if (measure == null) {
      return missingMeasure();
    }
    if (!allFinite(estimate, ciLow, ciHigh)) {
      return EffectResult.invalid(
          NON_FINITE_VALUE,
          "estimate and CI must be finite numbers, got %s [%s, %s]"
              .formatted(estimate, ciLow, ciHigh));
    }
    if (naturalScale && measure.isRatio() && (estimate <= 0 || ciLow <= 0)) {
      return EffectResult.invalid(
          NON_POSITIVE_RATIO,
          "%s is a ratio given on the natural scale, so estimate and CI must be > 0, got %s [%s, %s]"
              .formatted(measure.code(), estimate, ciLow, ciHigh));
    }
    if (ciLow >= ciHigh) {
      return EffectResult.invalid(
          CI_NOT_ORDERED,
          "CI lower bound must be below the upper bound, got [%s, %s]".formatted(ciLow, ciHigh));
    }
    if (estimate < ciLow || estimate > ciHigh) {
      return EffectResult.invalid(
          CI_EXCLUDES_ESTIMATE,
          "estimate %s lies outside its CI [%s, %s]; check scale or transcription"
              .formatted(estimate, ciLow, ciHigh));
    }
    return null;
  }

  /** An effect already on the analysis scale with its standard error. */
  public static EffectResult fromStandardError(EffectMeasure measure, double yi, double se) {
    if (measure == null) {
      return missingMeasure();
    }
    if (!allFinite(yi, se)) {
      return EffectResult.invalid(
          NON_FINITE_VALUE, "yi and se must be finite numbers, got %s, %s".formatted(yi, se));
    }
    if (se <= 0) {
      return EffectResult.invalid(NON_POSITIVE_VARIANCE, "se must be > 0, got " + se);
    }
    return EffectResult.valid(measure, yi, se * se, false);
  }

  /** An effect already on the analysis scale with its sampling variance; code-based variant. */
  public static EffectResult precomputed(String measureCode, double yi, double vi) {
    return withMeasure(measureCode, m -> precomputed(m, yi, vi));
  }

  /** An effect already on the analysis scale (log scale for ratios) with its variance. */
  public static EffectResult precomputed(EffectMeasure measure, double yi, double vi) {
    if (measure == null) {
      return missingMeasure();
    }
    if (!allFinite(yi, vi)) {
      return EffectResult.invalid(
          NON_FINITE_VALUE, "yi and vi must be finite numbers, got %s, %s".formatted(yi, vi));
    }
    if (vi <= 0) {
      return EffectResult.invalid(NON_POSITIVE_VARIANCE, "vi must be > 0, got " + vi);
    }
    return EffectResult.valid(measure, yi, vi, false);
  }

  private static EffectResult checkArm(int arm, long events, long total) {
    if (total <= 0) {
      return EffectResult.invalid(
          NON_POSITIVE_TOTAL, "arm %d total must be > 0, got %d".formatted(arm, total));
    }
    if (events < 0) {
      return EffectResult.invalid(
          NEGATIVE_EVENTS, "arm %d events must be >= 0, got %d".formatted(arm, events));
    }
    if (events > total) {
      return EffectResult.invalid(
          EVENTS_EXCEED_TOTAL,
          "arm %d has %d events but only %d participants".formatted(arm, events, total));
    }
    return null;
  }

  private static EffectResult withMeasure(
      String code, Function<EffectMeasure, EffectResult> compute) {
    if (code == null || code.isBlank()) {
      return missingMeasure();
    }
    return EffectMeasure.fromCode(code)
        .map(compute)
        .orElseGet(
            () ->
                EffectResult.invalid(
                    UNKNOWN_EFFECT_MEASURE,
                    "effect measure '%s' is not one of log_rr, log_or, rd, smd, md"
                        .formatted(code)));
  }

  private static EffectResult missingMeasure() {
    return EffectResult.invalid(
        MISSING_EFFECT_MEASURE, "declare the effect measure (log_rr, log_or, rd, smd or md)");
  }

  private static boolean allFinite(double... values) {
    for (double v : values) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }
}
