package org.tipevidence.jobs.progress;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * The columns that identify a series: scope (programme, or country for national data) × SDG
 * indicator × series × disaggregation, plus what the values mean. {@code crime_type} is always part
 * of the key, so trafficking (TIP) and smuggling (SOM) values are never added together; {@code
 * source} is too, so two national sources for the same country (e.g. the UN SDG database and a
 * national Open SDG site) are two series, never summed.
 */
public final class SeriesKey {
  private SeriesKey() {}

  /** Identifies a series; a programme series spans all the programme's countries. */
  public static final List<String> SERIES =
      List.of(
          "scope_type",
          "scope_id",
          "source",
          "sdg_target",
          "sdg_indicator",
          "series_code",
          "indicator_code",
          "crime_type",
          "sex",
          "age_group",
          "exploitation_form",
          "unit",
          "direction",
          "aggregation");

  /** A series' value in one year. */
  public static final List<String> SERIES_YEAR = with(SERIES, "year");

  /** One country's part of a series in one year (before countries are combined). */
  public static final List<String> SERIES_COUNTRY_YEAR = with(SERIES_YEAR, "country_iso3");

  static List<String> with(List<String> base, String extra) {
    List<String> out = new ArrayList<>(base);
    out.add(extra);
    return List.copyOf(out);
  }

  static Column[] cols(List<String> names) {
    return names.stream().map(n -> col(n)).toArray(Column[]::new);
  }
}
