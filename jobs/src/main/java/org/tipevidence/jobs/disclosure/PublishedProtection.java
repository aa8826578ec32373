package org.tipevidence.jobs.disclosure;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.tipevidence.common.disclosure.SuppressionRule;

/**
 * Disclosure control of the run's published tables with person counts (docs/disclosure.md): {@code
 * series_values} is protected first; {@code series_progress} takes the suppression of its base and
 * latest cells from it, so the two tables withhold the same figures; {@code dark_figure} gets
 * primary suppression of {@code observed}.
 */
public final class PublishedProtection {
  private PublishedProtection() {}

  public static Dataset<Row> seriesValues(Dataset<Row> values, SuppressionRule rule) {
    return DisclosureControl.apply(values, DisclosureRegistry.seriesValues(), rule);
  }

  /**
   * @param progress series_progress as assessed (unprotected)
   * @param protectedValues {@link #seriesValues} output
   */
  public static Dataset<Row> seriesProgress(
      Dataset<Row> progress, Dataset<Row> protectedValues, SuppressionRule rule) {
    Dataset<Row> withCells = SeriesCells.attach(progress, protectedValues);
    Dataset<Row> inherited =
        SeriesCells.inherit(SeriesCells.inherit(withCells, "base"), "latest")
            .withColumn(OVER_WITHHELD, SeriesCells.overWithheldYear())
            .drop(SeriesCells.CELLS);
    Dataset<Row> controlled =
        DisclosureControl.apply(inherited, DisclosureRegistry.seriesProgress(), rule);
    return withholdTrendsOverWithheldYears(controlled);
  }

  /**
   * Whether a withheld year lies in the row's base..latest window (computed before the control).
   */
  private static final String OVER_WITHHELD = "_over_withheld_year";

  /**
   * A trend over a withheld (not censored: censored years are left out of trends) year in the
   * base..latest window narrows that year's count: its derived figures are withheld too.
   */
  private static Dataset<Row> withholdTrendsOverWithheldYears(Dataset<Row> progress) {
    Column overWithheld = col(OVER_WITHHELD);
    Dataset<Row> out = progress;
    for (String d : DisclosureRegistry.PROGRESS_DERIVED) {
      out =
          out.withColumn(
              d, when(overWithheld, lit(null).cast(DataTypes.DoubleType)).otherwise(col(d)));
    }
    return out.withColumn(
            "derived_suppressed", coalesce(col("derived_suppressed"), lit(false)).or(overWithheld))
        .drop(OVER_WITHHELD);
  }

  /**
   * {@code dark_figure.observed} counts persons: withheld in 1..k-1 with the figures that give it
   * back ({@code undetected} = estimate − observed, {@code detection_rate} = observed / estimate).
   */
  public static Dataset<Row> darkFigure(Dataset<Row> darkFigure, SuppressionRule rule) {
    Column small =
        col("observed").isNotNull().and(col("observed").between(1, rule.threshold() - 1));
    return darkFigure
        .withColumn("observed_suppressed", small)
        .withColumn("observed_suppression", when(small, lit("primary")))
        .withColumn(
            "observed", when(small, lit(null).cast(DataTypes.LongType)).otherwise(col("observed")))
        .withColumn(
            "undetected",
            when(small, lit(null).cast(DataTypes.DoubleType)).otherwise(col("undetected")))
        .withColumn(
            "detection_rate",
            when(small, lit(null).cast(DataTypes.DoubleType)).otherwise(col("detection_rate")));
  }
}
