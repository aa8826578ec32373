package org.tipevidence.jobs.progress;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.bool_and;
import static org.apache.spark.sql.functions.bool_or;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;
import static org.tipevidence.jobs.progress.SeriesKey.cols;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.tipevidence.common.catalogue.SdmxUnit;

/**
 * Turns observations of the canonical shape into one value per series and year, with Spark's
 * built-in aggregates only. Two steps, both by the mapping's {@code aggregation}:
 *
 * <ol>
 *   <li>Periods → year, per country: {@code sum} adds the quarters, {@code
 *       population_weighted_mean} averages them (one country, one population: the simple mean is
 *       the weighted mean), {@code latest} takes the value of the last period. When a year has an
 *       annual row, its quarterly rows are ignored, so a year is never counted twice.
 *   <li>Countries → scope, per year (a programme series spans the programme's countries): {@code
 *       sum} adds them, {@code population_weighted_mean} weights by population.csv (simple mean
 *       when a country lacks a population that year; {@code population_weighted} says so), {@code
 *       latest} takes the simple mean (for yes/no values: the share of countries).
 * </ol>
 *
 * A censored part (GLOTIP {@code <5}) makes the whole year's value unknown: value null, {@code
 * censored} true (for {@code latest}, only when the last period is censored). A {@code sum} built
 * from fewer than four quarters in any country is {@code complete = false}: the assessment leaves
 * such years out rather than compare a part-year with full years.
 */
public final class AnnualSeries {
  private AnnualSeries() {}

  private static final String SUM = "sum";
  private static final String WEIGHTED_MEAN = "population_weighted_mean";
  private static final String LATEST = "latest";

  /** One row per {@link SeriesKey#SERIES_COUNTRY_YEAR}: value, censored, complete, person_count. */
  public static Dataset<Row> countryYears(Dataset<Row> observations) {
    Column censored = coalesce(col("censored"), lit(false));
    Dataset<Row> rows =
        observations
            .withColumn(
                "scope_id",
                when(col("scope_type").equalTo("programme"), col("programme_id"))
                    .otherwise(nationalScopeId(observations)))
            .withColumn("_censored", censored)
            .withColumn(
                "_value",
                when(censored, lit(null).cast(DataTypes.DoubleType)).otherwise(col("value")))
            .withColumn("_annual", col("quarter").isNull())
            .withColumn(
                "_year_has_annual",
                max(col("_annual")).over(Window.partitionBy(cols(SeriesKey.SERIES_COUNTRY_YEAR))))
            .where(col("_annual").equalTo(col("_year_has_annual")));
    Column lastPeriod = struct(col("period_end"), col("reported_at"));
    Column isLatest = col("aggregation").equalTo(LATEST);
    Column value =
        when(col("aggregation").equalTo(SUM), sum("_value"))
            .when(isLatest, max_by(col("_value"), lastPeriod))
            .otherwise(avg("_value"));
    Column yearCensored =
        when(isLatest, max_by(col("_censored"), lastPeriod)).otherwise(bool_or(col("_censored")));
    // A quarterly sum over fewer than four quarters is not a year's total (a programme's last
    // months, a late team): such a year is kept but marked incomplete.
    Column complete =
        when(
                col("aggregation").equalTo(SUM).and(not(max(col("_annual")))),
                count_distinct(col("quarter")).equalTo(4))
            .otherwise(lit(true));
    return rows.groupBy(cols(SeriesKey.SERIES_COUNTRY_YEAR))
        .agg(
            when(yearCensored, lit(null).cast(DataTypes.DoubleType)).otherwise(value).as("value"),
            yearCensored.as("censored"),
            complete.as("complete"),
            bool_or(coalesce(col("person_count"), lit(false))).as("person_count"),
            sum(rateCount()).as("raw_count"));
  }

  /**
   * For a programme's per-100,000 rate ({@code per_100k} scaling), the reported count behind it:
   * rate x public population gives it back, so disclosure control decides on it. Null otherwise (a
   * national rate's {@code raw_value} is the rate itself).
   */
  private static Column rateCount() {
    return when(
        col("source")
            .equalTo("submission")
            .and(
                col("unit")
                    .isin(SdmxUnit.PER_100000_POP, SdmxUnit.RATIO_COUNT_PER_100000_COUNT_POP)),
        col("raw_value"));
  }

  /**
   * The adapter's scope id (a region, subnational area or M49 aggregate has one), else the country:
   * never null, so two regions are never one series (or one disclosure table).
   */
  private static Column nationalScopeId(Dataset<Row> observations) {
    return java.util.Arrays.asList(observations.columns()).contains("scope_id")
        ? coalesce(col("scope_id"), col("country_iso3"))
        : col("country_iso3");
  }

  /**
   * One row per {@link SeriesKey#SERIES_YEAR}: value, censored, person_count, countries (those with
   * a value or censored cell that year) and population_weighted (null unless the aggregation is
   * population_weighted_mean).
   *
   * @param population pop_country, pop_year, population (may be empty)
   */
  public static Dataset<Row> scopeYears(Dataset<Row> countryYears, Dataset<Row> population) {
    Dataset<Row> withPopulation =
        countryYears.join(
            broadcast(population),
            col("country_iso3")
                .equalTo(col("pop_country"))
                .and(col("year").equalTo(col("pop_year"))),
            "left");
    Column n = count(lit(1));
    Column allWeighted = count(col("population")).equalTo(n);
    Column weightedMean =
        when(n.equalTo(1), avg("value"))
            .when(
                allWeighted,
                try_divide(sum(col("value").multiply(col("population"))), sum(col("population"))))
            .otherwise(avg("value"));
    Column aggregation = col("aggregation");
    Column value =
        when(aggregation.equalTo(SUM), sum("value"))
            .when(aggregation.equalTo(WEIGHTED_MEAN), weightedMean)
            .otherwise(avg("value"));
    Column censored = bool_or(col("censored"));
    return withPopulation
        .groupBy(cols(SeriesKey.SERIES_YEAR))
        .agg(
            when(censored, lit(null).cast(DataTypes.DoubleType)).otherwise(value).as("value"),
            censored.as("censored"),
            bool_and(col("complete")).as("complete"),
            bool_or(col("person_count")).as("person_count"),
            sum(col("raw_count")).as("raw_count"),
            collect_set(col("country_iso3")).as("countries"),
            when(aggregation.equalTo(WEIGHTED_MEAN), n.equalTo(1).or(allWeighted))
                .as("population_weighted"));
  }

  /**
   * {@code series_values}: one row per series and year, the values series_progress is assessed on.
   * {@code country_iso3} is the country when the series spans one (as in series_progress); {@code
   * raw_value} is the count behind a programme's per-100,000 rate (null for other rows).
   */
  public static Dataset<Row> seriesValues(Dataset<Row> scopeYears) {
    return scopeYears.select(
        col("scope_type"),
        col("scope_id"),
        when(size(col("countries")).equalTo(1), try_element_at(col("countries"), lit(1)))
            .as("country_iso3"),
        col("source"),
        col("sdg_target"),
        col("sdg_indicator"),
        col("series_code"),
        col("indicator_code"),
        col("crime_type"),
        col("sex"),
        col("age_group"),
        col("exploitation_form"),
        col("unit"),
        col("direction"),
        col("aggregation"),
        col("year"),
        col("value"),
        col("raw_count").cast(DataTypes.DoubleType).as("raw_value"),
        col("censored"),
        col("complete"),
        col("person_count"));
  }
}
