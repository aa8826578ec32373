package org.tipevidence.jobs.progress;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Per-indicator progress settings from the mapping (natural limit, Open SDG thresholds, base year)
 * and the per-target-row base year of targets.csv, attached to each series before its base year is
 * chosen. Both tables are small and broadcast. Precedence of the base year: the targets.csv row's
 * baseline_year, else the mapping's base_year, else the run's --base-year.
 */
final class IndicatorProgress {
  static final String BASE_YEAR = "cfg_base_year";
  static final String NATURAL_LIMIT = "natural_limit";
  static final String HIGH = "cfg_threshold_high";
  static final String MED = "cfg_threshold_med";
  static final String LOW = "cfg_threshold_low";

  private IndicatorProgress() {}

  /** ip_indicator_code and the settings, one row per mapped local indicator. */
  static Dataset<Row> fromMapping(Dataset<Row> mapping) {
    return mapping.select(
        col("m_local_code").as("ip_indicator_code"),
        col("m_natural_limit").as(NATURAL_LIMIT),
        col("m_threshold_high").as(HIGH),
        col("m_threshold_med").as(MED),
        col("m_threshold_low").as(LOW),
        col("m_base_year").as("ip_base_year"));
  }

  /** Adds the settings columns and {@value #BASE_YEAR} to one row per series. */
  static Dataset<Row> attach(
      Dataset<Row> series,
      Dataset<Row> indicatorProgress,
      Dataset<Row> programmeTargets,
      int runBaseYear) {
    Dataset<Row> baseYears =
        programmeTargets.select(
            col("pt_programme_id").as("bt_programme_id"),
            col("pt_indicator_code").as("bt_indicator_code"),
            col("pt_base_year").as("bt_base_year"));
    return series
        .join(
            broadcast(indicatorProgress),
            col("indicator_code").equalTo(col("ip_indicator_code")),
            "left")
        .join(
            broadcast(baseYears),
            SeriesTargets.programmeMatch(col("bt_programme_id"), col("bt_indicator_code")),
            "left")
        .withColumn(BASE_YEAR, coalesce(col("bt_base_year"), col("ip_base_year"), lit(runBaseYear)))
        .drop("ip_indicator_code", "ip_base_year", "bt_programme_id", "bt_indicator_code")
        .drop("bt_base_year");
  }
}
