package org.tipevidence.jobs.validate;

import java.util.List;

/**
 * A small reference table's rules: which columns are required, which hold non-negative numbers
 * (plain decimal, finite), which of those must be whole, which holds a country code, and which
 * identify a row (listed once).
 */
public record TableSpec(
    List<String> columns,
    List<String> required,
    List<String> numbers,
    List<String> wholes,
    String countryColumn,
    List<String> key) {

  public static final TableSpec POPULATION =
      new TableSpec(
          List.of("country_iso3", "year", "population"),
          List.of("country_iso3", "year", "population"),
          List.of("year", "population"),
          List.of("year", "population"),
          "country_iso3",
          List.of("country_iso3", "year"));

  public static final TableSpec TARGETS =
      new TableSpec(
          List.of(
              "programme_id",
              "indicator_code",
              "baseline_year",
              "baseline_value",
              "target_year",
              "target_value"),
          List.of("programme_id", "indicator_code", "target_year", "target_value"),
          List.of("baseline_year", "baseline_value", "target_year", "target_value"),
          List.of("baseline_year", "target_year"),
          null,
          List.of("programme_id", "indicator_code"));
}
