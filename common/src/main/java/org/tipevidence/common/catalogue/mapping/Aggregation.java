package org.tipevidence.common.catalogue.mapping;

import java.util.Optional;

/**
 * How values of one local indicator are combined across programmes, sites or countries.
 *
 * <ul>
 *   <li>{@code sum} – add up; only for additive units (NUMBER, CURRENCY_USD).
 *   <li>{@code population_weighted_mean} – mean weighted by population; only for relative units
 *       (PERCENT, PER_100000_POP, SCORE).
 *   <li>{@code latest} – take the most recent value (stocks, yes/no, any unit).
 * </ul>
 */
public enum Aggregation {
  SUM("sum"),
  POPULATION_WEIGHTED_MEAN("population_weighted_mean"),
  LATEST("latest");

  private final String json;

  Aggregation(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }

  /** Whether this aggregation is meaningful for values in {@code unit}. */
  public boolean validFor(MappingUnit unit) {
    return switch (this) {
      case SUM -> unit.additive();
      case POPULATION_WEIGHTED_MEAN -> unit.averageable();
      case LATEST -> true;
    };
  }

  public static Optional<Aggregation> parse(String raw) {
    for (Aggregation a : values()) {
      if (a.json.equals(raw)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
