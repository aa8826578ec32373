package org.tipevidence.common.progress;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Compound annual growth rate, {@code (v1/v0)^(1/(t1-t0)) - 1} (methods.md §1.0).
 *
 * <p>Undefined inputs are a data condition, not a programming error, so nothing here throws: {@link
 * #of} returns an empty {@link OptionalDouble} and {@link #undefinedReason} says why. Undefined
 * means: a non-finite value or year, {@code t1 <= t0}, {@code v0 == 0} (division by zero) or {@code
 * v0} and {@code v1} of opposite signs (fractional power of a negative number).
 *
 * <p>{@code v1 == 0} with {@code v0 != 0} is <em>defined</em> and gives {@code -1} (a complete
 * decline): the UNSD method needs it for the many "0%" targets (§1.d metadata), and both values
 * having the same sign is what the power actually requires. Methods that substitute 0.001 for zero
 * (Open SDG) do so before calling this class.
 */
public final class Cagr {

  private Cagr() {}

  /** CAGR from (t0, v0) to (t1, v1), or empty when it is undefined (see class comment). */
  public static OptionalDouble of(double v0, double v1, double t0, double t1) {
    if (undefinedReason(v0, v1, t0, t1).isPresent()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.pow(v1 / v0, 1.0 / (t1 - t0)) - 1.0);
  }

  /** Why {@link #of} is empty for these inputs; empty when the CAGR is defined. */
  public static Optional<String> undefinedReason(double v0, double v1, double t0, double t1) {
    if (!Double.isFinite(v0) || !Double.isFinite(v1)) {
      return Optional.of("value is missing or not finite");
    }
    if (!Double.isFinite(t0) || !Double.isFinite(t1) || t1 <= t0) {
      return Optional.of("end year must be after start year");
    }
    if (v0 == 0.0) {
      return Optional.of("start value is zero");
    }
    if ((v0 > 0 && v1 < 0) || (v0 < 0 && v1 > 0)) {
      return Optional.of("start and end values have opposite signs");
    }
    return Optional.empty();
  }

  /** Observed CAGR, base year to latest year ({@code CAGR_a}). */
  public static OptionalDouble actual(ProgressInput in) {
    return of(in.baseValue(), in.latestValue(), in.baseYear(), in.latestYear());
  }

  /** CAGR needed to reach the target by the target year ({@code CAGR_r}); empty without target. */
  public static OptionalDouble required(ProgressInput in) {
    if (!in.hasTarget()) {
      return OptionalDouble.empty();
    }
    return of(in.baseValue(), in.targetValue(), in.baseYear(), in.targetYear());
  }
}
