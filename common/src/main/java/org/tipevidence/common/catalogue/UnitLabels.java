package org.tipevidence.common.catalogue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one table of unit labels national sites and exchange formats use, mapped to the unit
 * vocabulary of the indicator map (NUMBER, PERCENT, PER_100000_POP, CURRENCY_USD) or to a named
 * unit no catalogue series has (AREA_KM2, AREA_HA, MASS_TONNE), so that a file in km² is recognised
 * as "not this indicator" rather than "unknown unit". Rules are tried in order; the first match
 * wins. SDMX {@code UNIT_MEASURE} codes (NUMBER, PT, PER_100000_POP,
 * RATIO_COUNT_PER_100000_COUNT_POP, CU_USD) and UN SDG DDF codes (number, percent, per_100000_pop)
 * are labels like any other.
 */
public final class UnitLabels {
  public static final String NUMBER = "NUMBER";
  public static final String PERCENT = "PERCENT";
  public static final String PER_100000_POP = "PER_100000_POP";
  public static final String CURRENCY_USD = "CURRENCY_USD";

  private static final Map<Pattern, String> RULES = new LinkedHashMap<>();

  static {
    rule("km2|km²|sq\\.? ?km|square kilomet(re|er)s?", "AREA_KM2");
    rule("\\bhectares?\\b|\\(ha\\)|^ha$", "AREA_HA");
    rule("\\btonnes?\\b|\\btons?\\b", "MASS_TONNE");
    rule("^per_100000_emp$|100[ .,]?000 employ", "PER_100000_EMP");
    rule("100[ .,]?000|ratio_count_per_100000_count_pop|per_100000_pop", PER_100000_POP);
    rule("percent|%|proportion|^pt$", PERCENT);
    rule("^cu_usd$|us dollars?|\\busd\\b", CURRENCY_USD);
    rule("^number|^counts?$|^persons$|^people$|^victims$", NUMBER);
    rule("^score$|^index$", "SCORE");
    rule("^mo_earn$", "MO_EARN");
    rule("^bool$|^binary$", "BINARY");
  }

  private UnitLabels() {}

  private static void rule(String regex, String unit) {
    RULES.put(Pattern.compile(".*(?:" + regex + ").*"), unit);
  }

  /** The unit a label denotes, or empty when the table does not know it. */
  public static Optional<String> unit(String label) {
    if (label == null || label.isBlank()) {
      return Optional.empty();
    }
    String l = label.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').strip();
    for (Map.Entry<Pattern, String> r : RULES.entrySet()) {
      if (r.getKey().matcher(l).matches()) {
        return Optional.of(r.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * A catalogue series' unit in the same vocabulary: NUMBER, PERCENT, PER_100000_POP, CURRENCY_USD,
   * SCORE, BINARY; other SDMX units (MO_EARN, PER_100000_EMP) as is.
   */
  public static String ofSeries(SdgSeries s) {
    String u = s.unit();
    if (s.valueScale() == ValueScale.SCORE) {
      return "SCORE";
    }
    if (s.valueScale() == ValueScale.BINARY) {
      return "BINARY";
    }
    if (SdmxUnit.isPer100kPopulation(u)) {
      return PER_100000_POP;
    }
    return switch (u) {
      case SdmxUnit.PT -> PERCENT;
      case SdmxUnit.CU_USD -> CURRENCY_USD;
      case SdmxUnit.SCORE, SdmxUnit.INDEX -> "SCORE";
      case SdmxUnit.BOOL -> "BINARY";
      default -> u;
    };
  }

  /** The units of an indicator's series, in this vocabulary. */
  public static java.util.Set<String> ofIndicator(SdgIndicator indicator) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    indicator.series().forEach(s -> out.add(ofSeries(s)));
    return out;
  }

  /** The SDMX {@code UNIT_MEASURE} code of a vocabulary unit (PERCENT → PT, ...). */
  public static String sdmxCode(String unit) {
    return switch (unit) {
      case PERCENT -> SdmxUnit.PT;
      case CURRENCY_USD -> SdmxUnit.CU_USD;
      case "BINARY" -> SdmxUnit.BOOL;
      default -> unit;
    };
  }
}
