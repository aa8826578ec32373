package org.tipevidence.jobs.progress;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

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
 *
 * <p>Cost: the inputs are gathered by {@link ScorecardFacts} in one aggregation (one shuffle); its
 * small result (a row per programme id or quarantined record token) is read by a single task, where
 * the data window is a window aggregate over it, so the dataset is written by two Spark jobs.
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
    // One partition: the window over all keys (national rows included) needs no second shuffle.
    Dataset<Row> facts =
        ScorecardFacts.perKey(seriesProgress, observations, register, quarantine)
            .coalesce(1)
            .withColumn("_window_start", min("_first_year").over())
            .withColumn("_window_end", max("_last_year").over())
            .where(col("_registered_id").isNotNull());

    Column from = greatest(col("_start_year"), col("_window_start"));
    Column to = least(col("_end_year"), col("_window_end"));
    Column nYearsExpected =
        when(to.geq(from), to.minus(from).plus(1)).otherwise(lit(0)).as("n_years_expected");
    Column nYearsWithData =
        asLong(size(filter(col("_years"), y -> y.between(from, to)))).as("n_years_with_data");
    Column ownSeries =
        filter(col("_series"), s -> s.getField("crime").equalTo(col("p_crime_type")));
    Column nSeries = asLong(size(ownSeries));
    Column nAssessed = asLong(size(filter(ownSeries, s -> s.getField("assessed"))));
    Column nGood = asLong(size(filter(ownSeries, s -> s.getField("good"))));
    Column nMapped = asLong(size(col("_mapped_codes")));
    Column nUnmapped = asLong(size(col("_unmapped_codes")));
    return facts
        .select(col("*"), nYearsExpected, nYearsWithData)
        .select(
            col("_registered_id").as("programme_id"),
            col("p_programme_name").as("programme_name"),
            col("p_lead_agency").as("lead_agency"),
            col("p_pillar").as("pillar"),
            col("p_crime_type").as("crime_type"),
            nSeries.as("n_series"),
            nAssessed.as("n_assessed"),
            try_divide(nGood.cast(DataTypes.DoubleType), nAssessed).as("share_on_track"),
            try_divide(col("n_years_with_data").cast(DataTypes.DoubleType), col("n_years_expected"))
                .as("data_coverage"),
            try_divide(nMapped.cast(DataTypes.DoubleType), nMapped.plus(nUnmapped))
                .as("share_mapped"),
            nMapped.plus(nUnmapped).as("n_indicators"),
            nUnmapped.as("n_unmapped_indicators"),
            col("n_years_with_data"),
            col("n_years_expected").cast(DataTypes.LongType).as("n_years_expected"));
  }

  private static Column asLong(Column c) {
    return c.cast(DataTypes.LongType);
  }
}
