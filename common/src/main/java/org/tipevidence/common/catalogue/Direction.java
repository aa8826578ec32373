package org.tipevidence.common.catalogue;

import java.util.Optional;

/** Desired direction of change. JSON form is lower case: {@code increase} / {@code decrease}. */
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

  /** +1 for increase, -1 for decrease (the {@code d} of the Open SDG progress measure). */
  public int sign() {
    return this == INCREASE ? 1 : -1;
  }

  /** Parses the exact JSON spelling ({@code "increase"}, {@code "decrease"}). */
  public static Optional<Direction> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    for (Direction d : values()) {
      if (d.json.equals(raw)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
