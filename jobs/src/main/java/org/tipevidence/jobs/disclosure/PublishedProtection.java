package org.tipevidence.jobs.disclosure;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.tipevidence.common.disclosure.SuppressionRule;
import org.tipevidence.jobs.progress.SeriesKey;

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
    Dataset<Row> inherited =
        inherit(inherit(progress, protectedValues, "base"), protectedValues, "latest");
    Dataset<Row> controlled =
        DisclosureControl.apply(inherited, DisclosureRegistry.seriesProgress(), rule);
    return withholdTrendsOverWithheldYears(controlled, protectedValues);
  }

  /** Copies the flag and reason of the series_values cell of the base (latest) year. */
  private static Dataset<Row> inherit(Dataset<Row> progress, Dataset<Row> values, String which) {
    List<Column> select = new ArrayList<>();
    for (String k : SeriesKey.SERIES) {
      select.add(col(k).as("_v_" + k));
    }
    select.add(col("year").as("_v_year"));
    select.add(col("suppressed").as(which + "_value_suppressed"));
    select.add(col("suppression").as(which + "_value_suppression"));
    Column match = progress.col(which + "_year").equalTo(col("_v_year"));
    for (String k : SeriesKey.SERIES) {
      match = match.and(progress.col(k).eqNullSafe(col("_v_" + k)));
    }
    Dataset<Row> joined =
        progress.join(values.select(select.toArray(Column[]::new)), match, "left");
    for (String k : SeriesKey.SERIES) {
      joined = joined.drop("_v_" + k);
    }
    return joined.drop("_v_year");
  }

  /**
   * A trend over a withheld (not censored: censored years are left out of trends) year in the
   * base..latest window narrows that year's count: its derived figures are withheld too.
   */
  private static Dataset<Row> withholdTrendsOverWithheldYears(
      Dataset<Row> progress, Dataset<Row> values) {
    List<Column> key = new ArrayList<>();
    for (String k : SeriesKey.SERIES) {
      key.add(col(k).as("_w_" + k));
    }
    Dataset<Row> withheldYears =
        values
            .where(col("suppressed").and(not(col("censored"))))
            .groupBy(key.toArray(Column[]::new))
            .agg(collect_list(col("year")).as("_withheld_years"));
    Column match = lit(true);
    for (String k : SeriesKey.SERIES) {
      match = match.and(progress.col(k).eqNullSafe(col("_w_" + k)));
    }
    Dataset<Row> joined = progress.join(withheldYears, match, "left");
    Column overWithheld =
        coalesce(
            exists(col("_withheld_years"), y -> y.between(col("base_year"), col("latest_year"))),
            lit(false));
    for (String d : DisclosureRegistry.PROGRESS_DERIVED) {
      joined =
          joined.withColumn(
              d, when(overWithheld, lit(null).cast(DataTypes.DoubleType)).otherwise(col(d)));
    }
    joined =
        joined.withColumn(
            "derived_suppressed", coalesce(col("derived_suppressed"), lit(false)).or(overWithheld));
    for (String k : SeriesKey.SERIES) {
      joined = joined.drop("_w_" + k);
    }
    return joined
        .drop("_withheld_years")
        .select(
            java.util.Arrays.stream(progress.columns()).map(c -> col(c)).toArray(Column[]::new));
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
