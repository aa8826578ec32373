package org.tipevidence.jobs.progress;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.bit_count;
import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.bool_and;
import static org.apache.spark.sql.functions.bool_or;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;
import static org.tipevidence.jobs.progress.SeriesKey.cols;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
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

  /**
   * One row per {@link SeriesKey#SERIES_COUNTRY_YEAR}: value, censored, complete, person_count.
   *
   * <p>One aggregation, no window: annual and quarterly rows are aggregated side by side and the
   * annual figures are taken when the year has any. Every aggregate here (sum, avg, max_by,
   * bool_or, bit_or) combines partially, so each task reduces its rows to one per series-year
   * before anything is shuffled.
   */
  public static Dataset<Row> countryYears(Dataset<Row> observations) {
    Dataset<Row> rows =
        observations
            .withColumn(
                "scope_id",
                when(col("scope_type").equalTo("programme"), col("programme_id"))
                    .otherwise(nationalScopeId(observations)))
            .withColumn("_censored", coalesce(col("censored"), lit(false)))
            .withColumn("_annual", col("quarter").isNull());
    Column annual = col("_annual");
    Column quarterly = not(annual);
    Dataset<Row> parts =
        rows.groupBy(cols(SeriesKey.SERIES_COUNTRY_YEAR))
            .agg(
                bool_or(annual).as("_has_annual"),
                part(annual, "_a"),
                part(quarterly, "_q"),
                // The quarters present, as bits 1..4 (a quarterly sum is a year's total only
                // with all four).
                bit_or(when(quarterly, call_function("shiftleft", lit(1), col("quarter"))))
                    .as("_quarter_bits"));
    Column isLatest = col("aggregation").equalTo(LATEST);
    List<Column> select = new ArrayList<>();
    SeriesKey.SERIES_COUNTRY_YEAR.forEach(c -> select.add(col(c)));
    select.add(chosen(isLatest).as("value"));
    select.add(chosenCensored(isLatest).as("censored"));
    select.add(
        when(
                col("aggregation").equalTo(SUM).and(not(col("_has_annual"))),
                bit_count(coalesce(col("_quarter_bits"), lit(0))).equalTo(4))
            .otherwise(lit(true))
            .as("complete"));
    select.add(
        when(col("_has_annual"), col("_a.person")).otherwise(col("_q.person")).as("person_count"));
    select.add(
        when(col("_has_annual"), col("_a.raw_count"))
            .otherwise(col("_q.raw_count"))
            .as("raw_count"));
    return parts.select(select.toArray(Column[]::new));
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

  /** The aggregates of one kind of row (annual or quarterly), as a struct named {@code prefix}. */
  private static Column part(Column kind, String prefix) {
    Column value = when(kind, col("value"));
    Column lastPeriod = when(kind, lastPeriodKey());
    return struct(
            sum(when(kind.and(not(col("_censored"))), col("value"))).as("sum"),
            avg(when(kind.and(not(col("_censored"))), value)).as("avg"),
            max_by(
                    when(col("_censored"), lit(null).cast(DataTypes.DoubleType)).otherwise(value),
                    lastPeriod)
                .as("latest"),
            bool_or(when(kind, col("_censored"))).as("censored"),
            max_by(col("_censored"), lastPeriod).as("latest_censored"),
            bool_or(when(kind, coalesce(col("person_count"), lit(false)))).as("person"),
            sum(when(kind, rateCount())).as("raw_count"))
        .as(prefix);
  }

  private static final DecimalType KEY = DataTypes.createDecimalType(38, 0);
  private static final BigDecimal DAY_SCALE = BigDecimal.TEN.pow(20);
  private static final BigDecimal MICROS_OFFSET = BigDecimal.TEN.pow(19);
  private static final long NO_PERIOD_END = -3_000_000_000L; // below any date's day number

  /**
   * The last period, by period end and then report time, as one decimal that orders exactly as
   * {@code struct(period_end, reported_at)} does: {@code max_by} over a struct keeps its buffer
   * outside Spark's fixed-width hash aggregation, which then sorts every observation (twice, at 1 M
   * rows several seconds); over a decimal it stays in it. days x 10^20 + (micros + 10^19): micros
   * lie within +-9.3 x 10^18, so the second part stays in [0, 10^20); a missing date or report time
   * sorts first, as a null field does in a struct.
   */
  private static Column lastPeriodKey() {
    Column days = coalesce(unix_date(col("period_end")).cast("long"), lit(NO_PERIOD_END));
    Column micros =
        coalesce(
            unix_micros(col("reported_at")).cast(KEY).plus(lit(MICROS_OFFSET)),
            lit(BigDecimal.ZERO).cast(KEY));
    return days.cast(KEY).multiply(lit(DAY_SCALE)).plus(micros).cast(KEY);
  }

  private static Column chosen(Column isLatest) {
    Column a = col("_a");
    Column q = col("_q");
    Column pick = col("_has_annual");
    Column sum = when(pick, a.getField("sum")).otherwise(q.getField("sum"));
    Column avg = when(pick, a.getField("avg")).otherwise(q.getField("avg"));
    Column latest = when(pick, a.getField("latest")).otherwise(q.getField("latest"));
    Column value = when(col("aggregation").equalTo(SUM), sum).when(isLatest, latest).otherwise(avg);
    return when(chosenCensored(isLatest), lit(null).cast(DataTypes.DoubleType)).otherwise(value);
  }

  private static Column chosenCensored(Column isLatest) {
    Column pick = col("_has_annual");
    Column censored =
        when(pick, col("_a").getField("censored")).otherwise(col("_q").getField("censored"));
    Column latest =
        when(pick, col("_a").getField("latest_censored"))
            .otherwise(col("_q").getField("latest_censored"));
    return coalesce(when(isLatest, latest).otherwise(censored), lit(false));
  }

  /**
   * One row per {@link SeriesKey#SERIES_YEAR}: value, censored, person_count, the countries (those
   * with a value or censored cell that year, as {@link CountryBits} words) and population_weighted
   * (null unless the aggregation is population_weighted_mean).
   *
   * @param population pop_country, pop_year, population (may be empty)
   * @param countries the run's country codes: the countries come out as their bit words
   */
  static Dataset<Row> scopeYears(
      Dataset<Row> countryYears, Dataset<Row> population, CountryBits countries) {
    Dataset<Row> withPopulation =
        countries.withIndex(
            countryYears.sparkSession(),
            countryYears.join(
                broadcast(population),
                col("country_iso3")
                    .equalTo(col("pop_country"))
                    .and(col("year").equalTo(col("pop_year"))),
                "left"));
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
    List<Column> aggregates = new ArrayList<>();
    aggregates.add(censored.as("censored"));
    aggregates.add(bool_and(col("complete")).as("complete"));
    aggregates.add(bool_or(col("person_count")).as("person_count"));
    aggregates.add(sum(col("raw_count")).as("raw_count"));
    aggregates.addAll(countries.collect());
    aggregates.add(
        when(aggregation.equalTo(WEIGHTED_MEAN), n.equalTo(1).or(allWeighted))
            .as("population_weighted"));
    // Every aggregate is fixed-width, so this is a hash aggregate (no per-group objects, no sort).
    return withPopulation
        .groupBy(cols(SeriesKey.SERIES_YEAR))
        .agg(
            when(censored, lit(null).cast(DataTypes.DoubleType)).otherwise(value).as("value"),
            aggregates.toArray(Column[]::new));
  }

  /**
   * {@code series_values}: one row per series and year, the values series_progress is assessed on.
   * {@code country_iso3} is the country when the series spans one (as in series_progress); {@code
   * raw_value} is the count behind a programme's per-100,000 rate (null for other rows).
   */
  static Dataset<Row> seriesValues(Dataset<Row> scopeYears, CountryBits countries) {
    return scopeYears.select(
        col("scope_type"),
        col("scope_id"),
        countries.single().as("country_iso3"),
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
