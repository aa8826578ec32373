package org.tipevidence.jobs.progress;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.jobs.stage.Stage;
import org.tipevidence.jobs.validate.ReferenceData;

/**
 * Progress assessment: observations of the canonical shape (programme submissions and, unchanged,
 * national rows with scope_type {@code country}) → series_progress, target_progress and
 * programme_scorecard. Rules and columns: docs/progress.md.
 */
public final class ProgressStage implements Stage<ProgressStage.Inputs, ProgressStage.Outputs> {
  /**
   * @param observations canonical observations (any mix of programme and national rows)
   * @param reference the programme register and the population table
   * @param acceptedTargets accepted targets.csv rows (programme_id, indicator_code, *_num)
   * @param quarantine the run's quarantine, for indicator codes that could not be mapped
   */
  public record Inputs(
      Dataset<Row> observations,
      ReferenceData reference,
      Dataset<Row> acceptedTargets,
      Dataset<Row> quarantine) {}

  private final SparkSession spark;
  private final SdgCatalogue catalogue;
  private final ProgressSettings settings;

  public ProgressStage(SparkSession spark, SdgCatalogue catalogue, ProgressSettings settings) {
    this.spark = spark;
    this.catalogue = catalogue;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "progress";
  }

  /**
   * The datasets this stage publishes. {@code seriesValues} is the annual value of every series
   * (the points series_progress is assessed on), unprotected: disclosure control is the caller's.
   */
  public record Outputs(
      Dataset<Row> seriesProgress,
      Dataset<Row> targetProgress,
      Dataset<Row> programmeScorecard,
      Dataset<Row> seriesValues,
      List<Dataset<Row>> cached) {
    /** Frees the intermediates cached for these outputs, once they are written. */
    public void release() {
      cached.forEach(Dataset::unpersist);
    }
  }

  @Override
  public Outputs apply(Inputs inputs) {
    Dataset<Row> observations = inputs.observations();
    ReferenceData reference = inputs.reference();
    CountryBits countries = CountryBits.of(observations);
    Dataset<Row> scopeYears =
        AnnualSeries.scopeYears(
                AnnualSeries.countryYears(observations), reference.population(), countries)
            // Read by series_progress and series_values.
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> series =
        SeriesProgress.build(
                scopeYears,
                SeriesTargets.programme(inputs.acceptedTargets()),
                SeriesTargets.catalogue(spark, catalogue),
                IndicatorProgress.fromMapping(reference.mapping()),
                settings,
                countries)
            // Read by all three outputs.
            .persist(StorageLevel.MEMORY_AND_DISK());
    return new Outputs(
        series,
        TargetProgress.build(series, reference.programmes()),
        ProgrammeScorecard.build(series, observations, reference.programmes(), inputs.quarantine()),
        AnnualSeries.seriesValues(scopeYears, countries),
        List.of(scopeYears, series));
  }
}
