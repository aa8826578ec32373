package org.tipevidence.common.codes;

import java.util.Locale;
import java.util.Optional;

/**
 * Desired direction of change of an indicator, shared by the catalogue, the mapping file and the
 * progress methods. JSON form is lower case: {@code increase} / {@code decrease}.
 */
public enum Direction {
  INCREASE("increase"),
  DECREASE("decrease");

  private final String json;

  Direction(String json) {
    this.json = json;
  }

  /** The JSON spelling, {@code "increase"} or {@code "decrease"}. */
  public String json() {
    return json;
  }

  /** {@code d} in the formulas of methods.md §1.d: +1 for increase, -1 for decrease. */
  public int sign() {
    return this == INCREASE ? 1 : -1;
  }

  /**
   * True if {@code value} is at or beyond {@code target} in the desired direction (inclusive, as
   * Open SDG and EUSTAT use it; UNSD's strict check lives in its own method).
   */
  public boolean meets(double value, double target) {
    return this == INCREASE ? value >= target : value <= target;
  }

  /** Parses the exact JSON spelling ({@code "increase"}, {@code "decrease"}), as files must. */
  public static Optional<Direction> parse(String raw) {
    for (Direction d : values()) {
      if (d.json.equals(raw)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * Parses "increase"/"decrease" leniently (case-insensitive, trimmed). Open SDG's
   * "positive"/"negative" are accepted as aliases because its metadata uses them for the same
   * thing.
   */
  public static Direction fromString(String s) {
    if (s != null) {
      switch (s.trim().toLowerCase(Locale.ROOT)) {
        case "increase", "positive":
          return INCREASE;
        case "decrease", "negative":
          return DECREASE;
        default:
          break;
      }
    }
    throw new IllegalArgumentException(
        "Unknown direction '" + s + "'; expected 'increase' or 'decrease'");
  }
}
