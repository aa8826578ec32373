package org.tipevidence.jobs.progress;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.tipevidence.common.progress.ProgressStatus;
import org.tipevidence.common.validation.ReasonCode;

/**
 * {@code programme_scorecard}: one row per registered programme, with Spark's built-in aggregates.
 * Series are matched on programme and crime type, so a programme's figures only ever count series
 * of its own crime type (trafficking and smuggling stay apart).
 *
 * <ul>
 *   <li>share_on_track = (target_achieved + on_track) / n_assessed, over all the programme's series
 *       (headline and disaggregated); null when none is assessed.
 *   <li>data_coverage = distinct years with at least one accepted observation ÷ years expected.
 *       Years expected are the programme's start year..end year clipped to the data window (the
 *       first and last year of any observation in the run), so a programme still running is not
 *       penalised for years no one could have reported yet. Null when the clipped range is empty.
 *   <li>share_mapped = mapped ÷ (mapped + unmapped) distinct indicator codes the programme
 *       submitted: mapped codes are those in its accepted observations, unmapped codes those of its
 *       {@code unmapped_indicator} quarantine rows. The quarantine keeps the raw record, not the
 *       parsed fields, so such a row is attributed to the registered programme id that occurs as a
 *       token in the record, and the code is read from the reason text.
 * </ul>
 */
public final class ProgrammeScorecard {
  private ProgrammeScorecard() {}

  /**
   * @param seriesProgress series_progress
   * @param observations the canonical observations the series were built from
   * @param register programme register (p_* columns)
   * @param quarantine the run's quarantine (source_file, record, reason_code, reason, ...)
   */
  public static Dataset<Row> build(
      Dataset<Row> seriesProgress,
      Dataset<Row> observations,
      Dataset<Row> register,
      Dataset<Row> quarantine) {
    Column verdict =
        col("status")
            .isin(
                ProgressStatus.TARGET_ACHIEVED.code(),
                ProgressStatus.ON_TRACK.code(),
                ProgressStatus.MODERATE_PROGRESS.code(),
                ProgressStatus.LIMITED_PROGRESS.code(),
                ProgressStatus.DETERIORATION.code());
    Column good =
        col("status").isin(ProgressStatus.TARGET_ACHIEVED.code(), ProgressStatus.ON_TRACK.code());
    Dataset<Row> series =
        seriesProgress
            .where(col("scope_type").equalTo("programme"))
            .groupBy(col("scope_id").as("s_programme_id"), col("crime_type").as("s_crime_type"))
            .agg(
                count(lit(1)).as("n_series"),
                count_if(verdict).as("n_assessed"),
                count_if(good).as("_n_good"));

    Dataset<Row> programmeObs =
        observations.where(col("scope_type").equalTo("programme").and(col("year").isNotNull()));
    Dataset<Row> window =
        observations.agg(min("year").as("_window_start"), max("year").as("_window_end"));
    Dataset<Row> years =
        programmeObs.groupBy(col("programme_id").as("y_programme_id"), col("year")).count();
    Dataset<Row> expected =
        register
            .crossJoin(broadcast(window))
            .withColumn("_from", greatest(year(col("p_start_date")), col("_window_start")))
            .withColumn("_to", least(year(col("p_end_date")), col("_window_end")))
            .withColumn(
                "n_years_expected",
                when(col("_to").geq(col("_from")), col("_to").minus(col("_from")).plus(1))
                    .otherwise(lit(0)));
    Dataset<Row> covered =
        expected
            .join(
                years,
                col("y_programme_id")
                    .equalTo(col("p_programme_id"))
                    .and(col("year").between(col("_from"), col("_to"))),
                "left")
            .groupBy("p_programme_id")
            .agg(count(col("y_programme_id")).as("n_years_with_data"));

    Dataset<Row> mapped =
        programmeObs
            .groupBy(col("programme_id").as("m_programme_id"))
            .agg(count_distinct(col("indicator_code")).as("n_mapped_indicators"));
    Dataset<Row> unmapped = unmappedCodes(quarantine, register);

    Column nMapped = coalesce(col("n_mapped_indicators"), lit(0L));
    Column nUnmapped = coalesce(col("n_unmapped_indicators"), lit(0L));
    Column nAssessed = coalesce(col("n_assessed"), lit(0L));
    return expected
        .join(covered, "p_programme_id")
        .join(
            series,
            col("s_programme_id")
                .equalTo(col("p_programme_id"))
                .and(col("s_crime_type").equalTo(col("p_crime_type"))),
            "left")
        .join(mapped, col("m_programme_id").equalTo(col("p_programme_id")), "left")
        .join(unmapped, col("u_programme_id").equalTo(col("p_programme_id")), "left")
        .select(
            col("p_programme_id").as("programme_id"),
            col("p_programme_name").as("programme_name"),
            col("p_lead_agency").as("lead_agency"),
            col("p_pillar").as("pillar"),
            col("p_crime_type").as("crime_type"),
            coalesce(col("n_series"), lit(0L)).as("n_series"),
            nAssessed.as("n_assessed"),
            try_divide(coalesce(col("_n_good"), lit(0L)).cast(DataTypes.DoubleType), nAssessed)
                .as("share_on_track"),
            try_divide(col("n_years_with_data").cast(DataTypes.DoubleType), col("n_years_expected"))
                .as("data_coverage"),
            try_divide(nMapped.cast(DataTypes.DoubleType), nMapped.plus(nUnmapped))
                .as("share_mapped"),
            nMapped.plus(nUnmapped).as("n_indicators"),
            nUnmapped.as("n_unmapped_indicators"),
            col("n_years_with_data"),
            col("n_years_expected").cast(DataTypes.LongType).as("n_years_expected"));
  }

  /** u_programme_id, n_unmapped_indicators from unmapped_indicator quarantine rows. */
  static Dataset<Row> unmappedCodes(Dataset<Row> quarantine, Dataset<Row> register) {
    Dataset<Row> rows =
        quarantine
            .where(col("reason_code").equalTo(ReasonCode.UNMAPPED_INDICATOR.code()))
            .withColumn("_code", trim(regexp_extract(col("reason"), "indicator_code '([^']*)'", 1)))
            .withColumn("_tokens", split(col("record"), "[^A-Za-z0-9_-]+"));
    return rows.join(
            broadcast(register.select("p_programme_id")),
            array_contains(col("_tokens"), col("p_programme_id")))
        .groupBy(col("p_programme_id").as("u_programme_id"))
        .agg(count_distinct(col("_code")).as("n_unmapped_indicators"));
  }
}
