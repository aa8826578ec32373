package org.tipevidence.common.evidence;

import java.util.Locale;
import java.util.Optional;

/**
 * A vocabulary value with a stable lower_snake_case code (what we store and publish) and a human
 * label (what we show).
 */
public interface Coded {

  /** Stable lower_snake_case code; part of the output contract, never renamed silently. */
  String code();

  /** Human-readable label for reports and notebooks. */
  String label();

  /**
   * Finds the constant of {@code type} whose code matches. Surrounding whitespace and letter case
   * are ignored because hand-made input files vary in both; anything else must match exactly.
   */
  static <E extends Enum<E> & Coded> Optional<E> lookup(Class<E> type, String code) {
    if (code == null) {
      return Optional.empty();
    }
    String key = code.trim().toLowerCase(Locale.ROOT);
    for (E value : type.getEnumConstants()) {
      if (value.code().equals(key)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
