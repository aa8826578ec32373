package org.tipevidence.jobs.progress;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.try_element_at;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * {@code series_progress}: one row per series. {@link SeriesPoints} gathers each series' yearly
 * points; built-in array functions pick the base (first complete year at or after the configured
 * base year), the latest complete year and the points the trend uses (uncensored, complete years in
 * that window); {@link SeriesAssessor} then runs the {@code common} methods on each row in one
 * typed map.
 */
public final class SeriesProgress {
  private SeriesProgress() {}

  /**
   * @param scopeYears {@link AnnualSeries#scopeYears} output
   * @param programmeTargets {@link SeriesTargets#programme} output
   * @param catalogueTargets {@link SeriesTargets#catalogue} output
   * @param countries the dictionary scopeYears' country words are over
   */
  public static Dataset<Row> build(
      Dataset<Row> scopeYears,
      Dataset<Row> programmeTargets,
      Dataset<Row> catalogueTargets,
      Dataset<Row> indicatorProgress,
      ProgressSettings settings,
      CountryBits countries) {
    Dataset<Row> series = SeriesPoints.gather(scopeYears, countries);
    // The base year is per series: targets.csv row, else mapping, else --base-year.
    Column baseYear = col(IndicatorProgress.BASE_YEAR);
    Dataset<Row> points =
        IndicatorProgress.attach(series, indicatorProgress, programmeTargets, settings.baseYear())
            .withColumn(
                "_window",
                filter(
                    col("_points"),
                    p -> p.getField("year").geq(baseYear).and(p.getField("complete"))))
            .withColumn(
                "partial_years",
                size(
                    filter(
                        col("_points"),
                        p -> p.getField("year").geq(baseYear).and(not(p.getField("complete"))))))
            .withColumn(
                "_trend",
                filter(
                    col("_window"),
                    p -> not(p.getField("censored")).and(p.getField("value").isNotNull())))
            .withColumn("_base", try_element_at(col("_window"), lit(1)))
            .withColumn("_latest", try_element_at(col("_window"), lit(-1)))
            .withColumn("base_year", col("_base.year"))
            .withColumn("base_value", col("_base.value"))
            .withColumn("_base_censored", col("_base.censored"))
            .withColumn("latest_year", col("_latest.year"))
            .withColumn("latest_value", col("_latest.value"))
            .withColumn("_latest_censored", col("_latest.censored"))
            .withColumn("n_points", size(col("_trend")))
            .withColumn(
                "censored_points", size(filter(col("_window"), p -> p.getField("censored"))))
            .withColumn(
                "_trend_years",
                transform(col("_trend"), p -> p.getField("year").cast(DataTypes.DoubleType)))
            .withColumn("_trend_values", transform(col("_trend"), p -> p.getField("value")))
            .withColumn("country_iso3", countries.single());
    return SeriesTargets.attach(points, programmeTargets, catalogueTargets)
        .map(new SeriesAssessor(settings, countries), Encoders.row(SeriesAssessor.SCHEMA));
  }
}
