package org.tipevidence.common.codes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * ISO 3166-1 alpha-3 country codes and the few non-country aggregate codes that appear in inputs.
 *
 * <p>Countries: {@link Locale#getISOCountries(Locale.IsoCountryCode)} with {@code PART1_ALPHA3}
 * (the JDK's ISO 3166-1 list) plus the user-assigned {@code XKX} (Kosovo, as used by the EU, World
 * Bank and IATI).
 *
 * <p>Aggregates are not countries: rows carrying them must not be summed with country rows (double
 * counting). {@link #AGGREGATES} documents each code and where it comes from.
 */
public final class CountryCodes {
  /** User-assigned code for Kosovo. */
  public static final String KOSOVO = "XKX";

  /** Non-country aggregate codes → meaning and source. */
  public static final Map<String, String> AGGREGATES;

  private static final Set<String> COUNTRIES;

  static {
    Set<String> c = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    c.add(KOSOVO);
    COUNTRIES = Collections.unmodifiableSet(c);

    Map<String, String> a = new LinkedHashMap<>();
    a.put("WLD", "World (World Bank aggregate code; M49 001)");
    a.put("EUU", "European Union (World Bank aggregate code)");
    String glotip =
        "UNODC GLOTIP regional aggregate pseudo-code (release 2023-05-30; rows with blank"
            + " Country/Region; expansion not documented in the release)";
    for (String g : new String[] {"SAM", "SAF", "CAR", "CAS", "EEU", "MCA", "MCN"}) {
      a.put(g, glotip);
    }
    AGGREGATES = Collections.unmodifiableMap(a);
    for (String g : AGGREGATES.keySet()) {
      if (COUNTRIES.contains(g)) {
        throw new ExceptionInInitializerError("aggregate code " + g + " collides with ISO 3166-1");
      }
    }
  }

  /** What a code denotes. */
  public enum Kind {
    COUNTRY,
    AGGREGATE,
    INVALID
  }

  private CountryCodes() {}

  /** All valid country codes (ISO 3166-1 alpha-3 plus XKX), sorted. */
  public static Set<String> countries() {
    return COUNTRIES;
  }

  /** True for an exact upper-case ISO 3166-1 alpha-3 code or XKX. */
  public static boolean isCountry(String code) {
    return code != null && COUNTRIES.contains(code);
  }

  /** True for one of the documented {@link #AGGREGATES}. */
  public static boolean isAggregate(String code) {
    return code != null && AGGREGATES.containsKey(code);
  }

  /** Classifies an upper-case code. */
  public static Kind classify(String code) {
    if (isCountry(code)) {
      return Kind.COUNTRY;
    }
    return isAggregate(code) ? Kind.AGGREGATE : Kind.INVALID;
  }

  /**
   * Trims and upper-cases {@code raw} and returns it if it is a country code ({@code " gbr "} →
   * {@code GBR}); aggregates and anything else → empty.
   */
  public static Optional<String> normaliseCountry(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip().toUpperCase(Locale.ROOT);
    return isCountry(s) ? Optional.of(s) : Optional.empty();
  }
}
