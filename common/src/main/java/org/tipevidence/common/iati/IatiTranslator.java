package org.tipevidence.common.iati;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import org.tipevidence.common.iati.IatiFact.Dimension;
import org.tipevidence.common.iati.IatiFact.Indicator;
import org.tipevidence.common.iati.IatiIndicatorIndex.Entry;
import org.tipevidence.common.iati.IatiIndicatorIndex.Resolution;

/**
 * The IATI rules (docs/INPUTS.md, IATI): one {@code actual} becomes one submission row, which then
 * goes through the same checks as a CSV row. Only what is specific to IATI is decided here, and
 * reported as the row's error: the indicator, its measure and direction, the period span, the
 * dimension names and the recipient country.
 */
public final class IatiTranslator {
  /** IATI {@code dimension/@name} spellings → submission column. */
  private static final Map<String, String> DIMENSIONS =
      Map.ofEntries(
          Map.entry("sex", "sex"),
          Map.entry("gender", "sex"),
          Map.entry("age", "age_group"),
          Map.entry("age_group", "age_group"),
          Map.entry("age group", "age_group"),
          Map.entry("exploitation_form", "exploitation_form"),
          Map.entry("form of exploitation", "exploitation_form"),
          Map.entry("exploitation form", "exploitation_form"),
          Map.entry("country", "country"));

  /** IATI IndicatorMeasure code → the mapping units it can carry. */
  private static final Map<String, Set<String>> MEASURE_UNITS =
      Map.of(
          "1", Set.of("NUMBER", "PER_100000_POP", "CURRENCY_USD", "BINARY"),
          "2", Set.of("PERCENT"),
          "3", Set.of("BINARY"),
          "4", Set.of("SCORE"));

  private final IatiIndicatorIndex index;

  public IatiTranslator(IatiIndicatorIndex index) {
    this.index = index;
  }

  public IatiRow actual(IatiFact fact) {
    String sex = "";
    String age = "";
    String form = "";
    String countryDimension = null;
    String error = null;
    for (Dimension d : fact.dimensions()) {
      String column =
          d.name() == null ? null : DIMENSIONS.get(d.name().strip().toLowerCase(Locale.ROOT));
      if (column == null) {
        error =
            first(
                error,
                "unknown_disaggregation_code: dimension name '"
                    + d.name()
                    + "' is not one of sex, age, exploitation_form, country");
      } else if (column.equals("sex")) {
        sex = d.value();
      } else if (column.equals("age_group")) {
        age = d.value();
      } else if (column.equals("exploitation_form")) {
        form = d.value();
      } else {
        countryDimension = d.value();
      }
    }
    Resolution resolved = index.resolve(fact.indicator());
    Entry entry = resolved.entry();
    error = first(indicatorProblem(fact.indicator(), resolved), error);
    error = first(error, directionProblem(fact.indicator(), entry));
    String period = IatiPeriods.period(fact.periodStart(), fact.periodEnd());
    if (period == null) {
      error =
          first(
              error,
              "invalid_period: " + IatiPeriods.problem(fact.periodStart(), fact.periodEnd()));
    }
    String country = country(countryDimension, fact);
    if (country == null) {
      error = first(error, "missing_required_field: " + countryProblem(fact));
    }
    IatiFact.Activity a = fact.activity();
    return new IatiRow(
        a.programmeId(),
        country,
        entry != null ? entry.localCode() : fact.indicator().title(),
        period,
        sex,
        age,
        form,
        fact.value(),
        a.lastUpdated(),
        a.reportingOrg(),
        error);
  }

  /**
   * The indicator checks that actuals and targets share, in order: qualitative (out of scope
   * whatever it is called, so said first), resolution, measure. Null when all pass. The direction
   * is checked apart ({@link #directionProblem}): an actual's dimension names come before it.
   */
  static String indicatorProblem(Indicator indicator, Resolution resolved) {
    return first(
        qualitative(indicator),
        first(resolved.error(), measureProblem(indicator, resolved.entry())));
  }

  private static String qualitative(Indicator indicator) {
    return "5".equals(indicator.measure())
        ? "out_of_scope: qualitative indicator (measure 5) '"
            + indicator.title()
            + "': only numbers feed the SDG series"
        : null;
  }

  private static String measureProblem(Indicator indicator, Entry entry) {
    String measure = indicator.measure();
    Set<String> units = MEASURE_UNITS.get(measure);
    if (units == null && !"5".equals(measure)) {
      return "malformed_record: indicator @measure '"
          + measure
          + "' is not an IATI IndicatorMeasure code (1 unit, 2 percentage, 3 nominal, 4 ordinal,"
          + " 5 qualitative)";
    }
    if (units != null && entry != null && !units.contains(entry.unit())) {
      return "mapping_mismatch: indicator @measure "
          + measure
          + " cannot carry "
          + entry.localCode()
          + "'s unit "
          + entry.unit();
    }
    return null;
  }

  static String directionProblem(Indicator indicator, Entry entry) {
    String ascending = indicator.ascending();
    if (ascending == null || entry == null) {
      return null; // absent: IATI's default (ascending) is not a statement about this indicator
    }
    String direction =
        switch (ascending) {
          case "1", "true" -> "increase";
          case "0", "false" -> "decrease";
          default -> null;
        };
    if (direction == null) {
      return "malformed_record: indicator @ascending '"
          + ascending
          + "' is not 1, 0, true or false";
    }
    if (!direction.equals(entry.direction())) {
      return "mapping_mismatch: indicator @ascending="
          + ascending
          + " says "
          + direction
          + " is better, but "
          + entry.localCode()
          + " has direction "
          + entry.direction();
    }
    return null;
  }

  /** ISO 3166 alpha-3 from a {@code country} dimension, else the activity's one recipient. */
  static String country(String dimension, IatiFact fact) {
    if (dimension != null && !dimension.isBlank()) {
      return alpha3(dimension);
    }
    var countries = fact.activity().recipientCountries();
    return countries.size() == 1 ? alpha3(countries.get(0)) : null;
  }

  private static String countryProblem(IatiFact fact) {
    var countries = fact.activity().recipientCountries();
    if (countries.isEmpty()) {
      return "country_iso3: the activity has no recipient-country";
    }
    if (countries.size() > 1) {
      return "country_iso3: the activity has recipient countries "
          + countries
          + "; add a dimension name=\"country\" to each value or publish one activity per country";
    }
    return "country_iso3: recipient-country has no code";
  }

  /**
   * Alpha-2 (IATI's Country codelist) to alpha-3; alpha-3 passes through for the rules to check.
   */
  static String alpha3(String code) {
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (c.length() != 2) {
      return c.isEmpty() ? null : c;
    }
    if (c.equals("XK")) {
      return "XKX"; // Kosovo: user-assigned code, not in the JDK's table
    }
    try {
      String iso3 = new Locale("", c).getISO3Country();
      return iso3.isEmpty() ? c : iso3;
    } catch (MissingResourceException e) {
      return c; // not a country: the shared rule says invalid_country_code with the code read
    }
  }

  static String first(String a, String b) {
    return a != null ? a : b;
  }
}
