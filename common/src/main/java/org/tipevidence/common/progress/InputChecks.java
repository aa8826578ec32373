package org.tipevidence.common.progress;

import java.util.Optional;
import java.util.OptionalDouble;

/** Checks shared by all methods, so every method words the same data problem the same way. */
final class InputChecks {

  private InputChecks() {}

  /** Reason the series cannot be assessed at all (→ insufficient_data), or empty. */
  static Optional<String> insufficientData(ProgressInput in) {
    if (in.nPoints() < 2) {
      return Optional.of("fewer than 2 data points (n=" + in.nPoints() + ")");
    }
    if (!Double.isFinite(in.baseValue()) || !Double.isFinite(in.latestValue())) {
      return Optional.of("base or latest value is missing or not finite");
    }
    if (in.latestYear() <= in.baseYear()) {
      return Optional.of("latest year must be after base year");
    }
    return Optional.empty();
  }

  /** Reason the target cannot be used (→ not_assessable), or empty. Call only with a target. */
  static Optional<String> unusableTarget(ProgressInput in) {
    if (!Double.isFinite(in.targetValue())) {
      return Optional.of("target value is not finite");
    }
    if (in.targetYear() <= in.baseYear()) {
      return Optional.of("target year must be after base year");
    }
    return Optional.empty();
  }

  /**
   * Why CAGR_a is undefined once {@link #insufficientData} passed (years ordered, values finite):
   * only a zero base or opposite signs remain.
   */
  static String actualUndefined(double base, double latest) {
    return base == 0.0 ? "base value is zero" : "base and latest values have opposite signs";
  }

  /** Why CAGR_r is undefined once {@link #unusableTarget} passed. */
  static String requiredUndefined(double base, double target) {
    return base == 0.0 ? "base value is zero" : "base and target values have opposite signs";
  }

  /**
   * True if the target lies strictly beyond the base value in the desired direction. Ratio methods
   * that ignore direction (UNSD CR, EUSTAT P) give meaningless verdicts otherwise (division by zero
   * when base equals target; a sign flip when the base already met the target).
   */
  static boolean targetAhead(ProgressInput in) {
    return in.direction().sign() * (in.targetValue() - in.baseValue()) > 0;
  }

  static final String TARGET_NOT_AHEAD =
      "base value already meets the target but the latest value does not; the method's ratio is"
          + " undefined for this case";

  static Double boxed(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }
}
