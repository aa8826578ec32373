package org.tipevidence.common.catalogue;

import java.util.Optional;

/**
 * What the values of a series mean when its SDMX unit alone would mislead: UNSD publishes some
 * yes/no and ordinal-score series with unit {@code NUMBER}.
 */
public enum ValueScale {
  /** 1 = YES; 0 = NO. */
  BINARY("binary"),
  /** An ordinal score (e.g. 1 = requires further progress … 4 = fully meets). */
  SCORE("score");

  private final String json;

  ValueScale(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }

  public static Optional<ValueScale> parse(String raw) {
    for (ValueScale v : values()) {
      if (v.json.equals(raw)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
