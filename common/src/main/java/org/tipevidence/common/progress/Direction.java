package org.tipevidence.common.progress;

import java.util.Locale;

/** Desired direction of an indicator. */
public enum Direction {
  INCREASE(1),
  DECREASE(-1);

  private final int sign;

  Direction(int sign) {
    this.sign = sign;
  }

  /** {@code d} in the formulas of methods.md §1.d: +1 for increase, -1 for decrease. */
  public int sign() {
    return sign;
  }

  /** Lower-case name as used in catalogue metadata ("increase" / "decrease"). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * True if {@code value} is at or beyond {@code target} in the desired direction (inclusive, as
   * Open SDG and EUSTAT use it; UNSD's strict check lives in its own method).
   */
  public boolean meets(double value, double target) {
    return this == INCREASE ? value >= target : value <= target;
  }

  /**
   * Parses "increase"/"decrease" (case-insensitive). Open SDG's "positive"/"negative" are accepted
   * as aliases because its metadata uses them for the same thing.
   */
  public static Direction fromString(String s) {
    if (s != null) {
      switch (s.trim().toLowerCase(Locale.ROOT)) {
        case "increase":
        case "positive":
          return INCREASE;
        case "decrease":
        case "negative":
          return DECREASE;
        default:
          break;
      }
    }
    throw new IllegalArgumentException(
        "Unknown direction '" + s + "'; expected 'increase' or 'decrease'");
  }
}
