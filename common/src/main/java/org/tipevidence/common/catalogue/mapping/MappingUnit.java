package org.tipevidence.common.catalogue.mapping;

import java.util.Optional;
import java.util.Set;
import org.tipevidence.common.catalogue.SdgSeries;
import org.tipevidence.common.catalogue.SdmxUnit;
import org.tipevidence.common.catalogue.ValueScale;

/**
 * Unit of a mapped local indicator, as reported by programmes.
 *
 * <ul>
 *   <li>{@code NUMBER} – a count (persons, cases, officials); additive. Matches SDMX {@code NUMBER}
 *       count series, or per-100,000 rate series when {@code scaling} is {@code per_100k}.
 *   <li>{@code PERCENT} – a percentage 0–100; matches SDMX {@code PT}.
 *   <li>{@code PER_100000_POP} – already a rate per 100,000 population; matches SDMX {@code
 *       PER_100000_POP} / {@code RATIO_COUNT_PER_100000_COUNT_POP}.
 *   <li>{@code CURRENCY_USD} – an amount in US dollars; matches SDMX {@code CU_USD}.
 *   <li>{@code SCORE} – an ordinal score or index; matches SDMX {@code SCORE}, {@code INDEX} and
 *       NUMBER series with value scale "score".
 *   <li>{@code BINARY} – 1 = yes, 0 = no; matches SDMX {@code BOOL} and NUMBER series with value
 *       scale "binary".
 * </ul>
 */
public enum MappingUnit {
  NUMBER,
  PERCENT,
  PER_100000_POP,
  CURRENCY_USD,
  SCORE,
  BINARY;

  /** Whether values can be added across countries and programmes ({@code sum}). */
  public boolean additive() {
    return this == NUMBER || this == CURRENCY_USD;
  }

  /** Whether a population-weighted mean is meaningful (relative measures). */
  public boolean averageable() {
    return this == PERCENT || this == PER_100000_POP || this == SCORE;
  }

  /**
   * Whether values in this unit, after {@code scaling}, are in the unit of {@code series}. NUMBER
   * with {@code per_100k} scaling becomes a rate per 100,000 population.
   */
  public boolean compatibleWith(SdgSeries series, Scaling scaling) {
    String u = series.unit();
    ValueScale vs = series.valueScale();
    if (scaling == Scaling.PER_100K) {
      return this == NUMBER && SdmxUnit.isPer100kPopulation(u);
    }
    return switch (this) {
      case NUMBER -> SdmxUnit.NUMBER.equals(u) && vs == null;
      case PERCENT -> SdmxUnit.PT.equals(u);
      case PER_100000_POP -> SdmxUnit.isPer100kPopulation(u);
      case CURRENCY_USD -> SdmxUnit.CU_USD.equals(u);
      case SCORE -> Set.of(SdmxUnit.SCORE, SdmxUnit.INDEX).contains(u) || vs == ValueScale.SCORE;
      case BINARY -> SdmxUnit.BOOL.equals(u) || vs == ValueScale.BINARY;
    };
  }

  /**
   * Whether values (and so targets) in this unit can be negative: scores and indices can, and so
   * can USD amounts reported as net flows. Counts, percentages, rates and yes/no cannot.
   */
  public boolean canBeNegative() {
    return this == SCORE || this == CURRENCY_USD;
  }

  /** Parses the exact upper-case name. */
  public static Optional<MappingUnit> parse(String raw) {
    for (MappingUnit u : values()) {
      if (u.name().equals(raw)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }
}
