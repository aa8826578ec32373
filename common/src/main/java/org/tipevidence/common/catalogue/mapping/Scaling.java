package org.tipevidence.common.catalogue.mapping;

import java.util.Optional;

/**
 * Transformation applied before values are compared with the SDG series.
 *
 * <ul>
 *   <li>{@code none} – values are used as reported.
 *   <li>{@code per_100k} – counts are divided by the population (from the population table) and
 *       multiplied by 100,000; only valid with unit NUMBER, and the target series must then be a
 *       per-100,000-population rate series (e.g. VC_HTF_DETVR). With {@code sum} aggregation the
 *       counts and the populations are summed first, then divided.
 * </ul>
 */
public enum Scaling {
  NONE("none"),
  PER_100K("per_100k");

  private final String json;

  Scaling(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }

  public static Optional<Scaling> parse(String raw) {
    for (Scaling s : values()) {
      if (s.json.equals(raw)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
