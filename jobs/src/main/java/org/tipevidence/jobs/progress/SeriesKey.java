package org.tipevidence.jobs.progress;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.xxhash64;

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

  /** The column {@link #hashLed} puts first; drop it after the aggregation. */
  static final String KEY_HASH = "_key_hash";

  /**
   * {@code names} as grouping columns led by their xxhash64. The grouping is still by the columns
   * themselves (exact); the leading long only speeds up the sort that Spark's object aggregation
   * ({@code collect_list}, {@code collect_set}) falls back to past a few hundred groups per task:
   * its sort prefix is the first key, so rows are ordered by one long instead of up to fifteen
   * strings.
   */
  static Column[] hashLed(List<String> names) {
    List<Column> out = new ArrayList<>();
    out.add(xxhash64(cols(names)).as(KEY_HASH));
    out.addAll(List.of(cols(names)));
    return out.toArray(Column[]::new);
  }

  static Column[] cols(List<String> names) {
    return names.stream().map(n -> col(n)).toArray(Column[]::new);
  }
}
