package org.tipevidence.common.evidence;

import java.util.Optional;

/**
 * Either a computed effect or the reason it could not be computed. Bad input is data (it goes to
 * quarantine with its reason), so it is returned rather than thrown.
 */
public sealed interface EffectResult permits EffectResult.Valid, EffectResult.Invalid {

  /** A computed effect size. */
  record Valid(EffectSize effect) implements EffectResult {
    public Valid {
      if (effect == null) {
        throw new IllegalArgumentException("effect is required");
      }
    }
  }

  /**
   * A rejection.
   *
   * @param reason machine-readable reason code
   * @param message what was wrong, with the offending values, for a human fixing the input
   */
  record Invalid(EffectReason reason, String message) implements EffectResult {
    public Invalid {
      if (reason == null || message == null) {
        throw new IllegalArgumentException("reason and message are required");
      }
    }
  }

  default boolean isValid() {
    return this instanceof Valid;
  }

  /** The effect, or empty when rejected. */
  default Optional<EffectSize> value() {
    return this instanceof Valid v ? Optional.of(v.effect()) : Optional.empty();
  }

  /** The rejection, or empty when valid. */
  default Optional<Invalid> rejection() {
    return this instanceof Invalid i ? Optional.of(i) : Optional.empty();
  }

  static EffectResult valid(EffectMeasure measure, double yi, double vi, boolean corrected) {
    return new Valid(new EffectSize(measure, yi, vi, corrected));
  }

  static EffectResult invalid(EffectReason reason, String message) {
    return new Invalid(reason, message);
  }
}
