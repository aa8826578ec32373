package org.tipevidence.jobs.progress;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tipevidence.common.progress.ProgressStatus;
import org.tipevidence.common.validation.ReasonCode;

/**
 * What {@link ProgrammeScorecard} needs from its four inputs, gathered in ONE aggregation keyed by
 * programme id: register, observations, series and quarantine rows are projected onto one shape
 * (columns a source does not have are null), unioned and grouped once, so the whole scorecard costs
 * one shuffle instead of a join and a shuffle per figure.
 *
 * <p>One row per key: {@code _registered_id} (null unless the key is a registered programme, ids
 * being unique in the register), the register's p_* columns, {@code _first_year}/{@code _last_year}
 * (min/max year of the key's observations, any scope: the rows with a null key carry the national
 * ones, so the window over all rows is the run's data window), {@code _years} and {@code
 * _mapped_codes} (distinct years and indicator codes of the programme's observations with a year),
 * {@code _unmapped_codes} (distinct codes of unmapped_indicator quarantine rows whose record holds
 * the key as a token) and {@code _series} (crime, assessed, good of each programme series).
 */
final class ScorecardFacts {
  private ScorecardFacts() {}

  static Dataset<Row> perKey(
      Dataset<Row> seriesProgress,
      Dataset<Row> observations,
      Dataset<Row> register,
      Dataset<Row> quarantine) {
    return registerRows(register)
        .unionByName(observationRows(observations), true)
        .unionByName(seriesRows(seriesProgress), true)
        .unionByName(unmappedRows(quarantine), true)
        .groupBy("_key")
        .agg(
            // At most one register row per key: max picks its value.
            max("_registered_id").as("_registered_id"),
            max("p_programme_name").as("p_programme_name"),
            max("p_lead_agency").as("p_lead_agency"),
            max("p_pillar").as("p_pillar"),
            max("p_crime_type").as("p_crime_type"),
            max("_start_year").as("_start_year"),
            max("_end_year").as("_end_year"),
            min("_any_year").as("_first_year"),
            max("_any_year").as("_last_year"),
            collect_set("_obs_year").as("_years"),
            collect_set("_mapped_code").as("_mapped_codes"),
            collect_set("_unmapped_code").as("_unmapped_codes"),
            collect_list("_series").as("_series"));
  }

  private static Dataset<Row> registerRows(Dataset<Row> register) {
    return register.select(
        col("p_programme_id").as("_key"),
        col("p_programme_id").as("_registered_id"),
        col("p_programme_name"),
        col("p_lead_agency"),
        col("p_pillar"),
        col("p_crime_type"),
        year(col("p_start_date")).as("_start_year"),
        year(col("p_end_date")).as("_end_year"));
  }

  /** Every observation counts towards the data window; programme rows with a year also by key. */
  private static Dataset<Row> observationRows(Dataset<Row> observations) {
    Column programmeRow = col("scope_type").equalTo("programme").and(col("year").isNotNull());
    // Distinct first: the figures (min, max, sets) ignore repeats, and a hash aggregate folds a
    // million observations into a few thousand rows before the union's object aggregation.
    return observations
        .select(
            when(programmeRow, col("programme_id")).as("_key"),
            col("year").as("_any_year"),
            when(programmeRow, col("year")).as("_obs_year"),
            when(programmeRow, col("indicator_code")).as("_mapped_code"))
        .distinct();
  }

  private static Dataset<Row> seriesRows(Dataset<Row> seriesProgress) {
    Column assessed =
        col("status")
            .isin(
                ProgressStatus.TARGET_ACHIEVED.code(),
                ProgressStatus.ON_TRACK.code(),
                ProgressStatus.MODERATE_PROGRESS.code(),
                ProgressStatus.LIMITED_PROGRESS.code(),
                ProgressStatus.DETERIORATION.code());
    Column good =
        col("status").isin(ProgressStatus.TARGET_ACHIEVED.code(), ProgressStatus.ON_TRACK.code());
    return seriesProgress
        .where(col("scope_type").equalTo("programme"))
        .select(
            col("scope_id").as("_key"),
            struct(col("crime_type").as("crime"), assessed.as("assessed"), good.as("good"))
                .as("_series"));
  }

  /**
   * The quarantine keeps the raw record, not the parsed fields: each unmapped_indicator row is
   * keyed by every token of its record (only tokens that are registered programme ids survive the
   * scorecard), its code read from the reason text.
   */
  private static Dataset<Row> unmappedRows(Dataset<Row> quarantine) {
    return quarantine
        .where(col("reason_code").equalTo(ReasonCode.UNMAPPED_INDICATOR.code()))
        .select(
            explode(split(col("record"), "[^A-Za-z0-9_-]+")).as("_key"),
            trim(regexp_extract(col("reason"), "indicator_code '([^']*)'", 1))
                .as("_unmapped_code"));
  }
}
