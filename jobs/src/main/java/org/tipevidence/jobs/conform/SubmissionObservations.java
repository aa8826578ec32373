package org.tipevidence.jobs.conform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.tipevidence.jobs.ingest.RawRecords;

/**
 * Accepted submission rows in the canonical observation shape shared with the national data
 * adapters. Per-100,000 rates are computed here where the mapping asks for them, keeping the
 * reported count in {@code raw_value}.
 */
public final class SubmissionObservations {
  private SubmissionObservations() {}

  public static Dataset<Row> conform(Dataset<Row> accepted) {
    Column perHundredK = col("m_scaling").equalTo("per_100k");
    Column value =
        when(perHundredK, col("value_num").divide(col("population")).multiply(100_000.0))
            .otherwise(col("value_num"));
    return accepted.select(
        lit("programme").as("scope_type"),
        trim(col("programme_id")).as("programme_id"),
        upper(trim(col("country_iso3"))).as("country_iso3"),
        col("year"),
        col("quarter"),
        trim(col("period")).as("period"),
        col("period_start"),
        col("period_end"),
        trim(col("indicator_code")).as("indicator_code"),
        col("m_sdg_target").as("sdg_target"),
        col("m_sdg_indicator").as("sdg_indicator"),
        col("m_series_code").as("series_code"),
        col("m_crime_type").as("crime_type"),
        col("_sex").as("sex"),
        col("_age").as("age_group"),
        col("_form").as("exploitation_form"),
        value.as("value"),
        when(perHundredK, lit("PER_100000_POP")).otherwise(col("m_unit")).as("unit"),
        col("value_num").as("raw_value"),
        lit(false).as("censored"),
        lit(null).cast(DataTypes.DoubleType).as("value_upper_bound"),
        col("m_person_count").and(perHundredK.equalTo(false)).as("person_count"),
        col("m_direction").as("direction"),
        col("m_aggregation").as("aggregation"),
        lit("submission").as("source"),
        col("reported_ts").as("reported_at"),
        trim(col("submitted_by")).as("submitted_by"),
        col(RawRecords.SOURCE_FILE),
        col(RawRecords.SOURCE_LINE));
  }
}
