package org.tipevidence.jobs.validate;

import java.util.List;
import java.util.Set;
import org.tipevidence.common.catalogue.mapping.IndicatorMapping;
import org.tipevidence.common.catalogue.mapping.MappedIndicator;

/**
 * A small reference table's rules: which columns are required, which hold numbers (plain decimal,
 * finite, non-negative unless signed), which of those must be whole, which holds a country code,
 * and which identify a row (listed once).
 *
 * @param signedNumbers numeric columns that may be negative on rows whose {@code signedKeyColumn}
 *     value is in {@code signedKeys} (targets of indicators whose unit can be negative)
 */
public record TableSpec(
    List<String> columns,
    List<String> required,
    List<String> numbers,
    List<String> wholes,
    String countryColumn,
    List<String> key,
    List<String> signedNumbers,
    String signedKeyColumn,
    Set<String> signedKeys) {

  public static final TableSpec POPULATION =
      new TableSpec(
          List.of("country_iso3", "year", "population"),
          List.of("country_iso3", "year", "population"),
          List.of("year", "population"),
          List.of("year", "population"),
          "country_iso3",
          List.of("country_iso3", "year"),
          List.of(),
          null,
          Set.of());

  /** targets.csv with every target non-negative (no mapping known). */
  public static final TableSpec TARGETS = targets(Set.of());

  /**
   * targets.csv where the baseline and target values of local indicators whose mapped unit can be
   * negative (SCORE, CURRENCY_USD) may be negative: a score target of -2 or a net change is valid.
   */
  public static TableSpec targets(IndicatorMapping mapping) {
    return targets(
        new java.util.TreeSet<>(
            mapping.indicators().stream()
                .filter(m -> m.unit().canBeNegative())
                .map(MappedIndicator::localCode)
                .toList()));
  }

  private static TableSpec targets(Set<String> signedCodes) {
    return new TableSpec(
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
        List.of("programme_id", "indicator_code"),
        List.of("baseline_value", "target_value"),
        "indicator_code",
        Set.copyOf(signedCodes));
  }
}
