package org.tipevidence.jobs.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which published datasets carry person counts, and how (docs/disclosure.md, "Guarantee"). A
 * published dataset that has a {@code person_count} column but no entry here fails {@code
 * disclosure-check}, so a new table cannot be published unprotected by accident.
 */
public final class DisclosureRegistry {
  public static final String SERIES_VALUES = "series_values";
  public static final String SERIES_PROGRESS = "series_progress";

  /**
   * Sources that publish their national figures themselves (docs/disclosure.md, "Attacker model"):
   * an attacker has them, and the project republishes them; every other origin (programme
   * submissions) and everything the project derives is fully protected, interval audit included.
   */
  public static final Set<String> PUBLIC_SOURCES = Set.of("glotip", "opensdg", "un_sdg");

  /** One series: scope, indicator, series code and crime type; margins excluded. */
  public static final List<String> SERIES_KEY =
      List.of(
          "scope_type", "scope_id", "country_iso3", "sdg_indicator", "series_code", "crime_type");

  public static final List<MarginDimension> DISAGGREGATION =
      List.of(
          MarginDimension.of("sex"),
          MarginDimension.of("age_group"),
          MarginDimension.of("exploitation_form"));

  /** Figures in {@code series_progress} computed from base and latest (or all) values. */
  public static final List<String> PROGRESS_DERIVED =
      List.of(
          "cagr_actual",
          "cagr_required",
          "progress_ratio",
          "trend_slope",
          "trend_slope_low",
          "trend_slope_high",
          "sen_slope",
          "sen_slope_low",
          "sen_slope_high");

  private final Map<String, TableLayout> layouts;

  public DisclosureRegistry(Map<String, TableLayout> layouts) {
    this.layouts = new LinkedHashMap<>(layouts);
  }

  /** The pipeline's published datasets with person counts. */
  public static DisclosureRegistry defaults() {
    Map<String, TableLayout> m = new LinkedHashMap<>();
    m.put(SERIES_VALUES, seriesValues());
    m.put(SERIES_PROGRESS, seriesProgress());
    return new DisclosureRegistry(m);
  }

  /**
   * {@code series_values}: one row per series, disaggregation and year; {@code value} counts
   * persons where {@code person_count}; rates carry their count in {@code raw_value} (if published)
   * and are withheld with it. One table instance = one series in one year.
   */
  public static TableLayout seriesValues() {
    // As a reader sees it: one source's series in one unit and year. Two sources reporting the
    // same cell are two tables, so one source's censoring never marks another's figure.
    // A count and its per-100,000 rate are one table (LinkedSeries): keyed by the count series.
    List<String> key = new ArrayList<>(SERIES_KEY);
    key.set(key.indexOf("series_code"), LinkedSeries.SERIES);
    key.add("source");
    key.add(LinkedSeries.UNIT);
    key.add("year");
    return new TableLayout(
        List.of(CountColumn.single("value").withRateBasis("raw_value")),
        "person_count",
        key,
        DISAGGREGATION,
        List.of(),
        null,
        "source");
  }

  /**
   * {@code series_progress}: one row per series; base and latest values are counts of their own
   * years, so each is protected among the series of the same base (latest) year; progress figures
   * computed from them are withheld in rows where either is.
   */
  public static TableLayout seriesProgress() {
    // Each source's series is its own published table: two sources reporting the same cell are
    // two rows, not one cell, so their margins never mix (and duplicates cannot make the
    // protection depend on row order).
    List<String> key = new ArrayList<>(SERIES_KEY);
    key.add("source");
    key.add("unit");
    return new TableLayout(
        List.of(
            CountColumn.named("base_value", List.of("base_year")),
            CountColumn.named("latest_value", List.of("latest_year"))),
        "person_count",
        key,
        DISAGGREGATION,
        PROGRESS_DERIVED,
        "derived_suppressed",
        "source");
  }

  public Optional<TableLayout> layout(String dataset) {
    return Optional.ofNullable(layouts.get(dataset));
  }

  public Map<String, TableLayout> all() {
    return Map.copyOf(layouts);
  }
}
