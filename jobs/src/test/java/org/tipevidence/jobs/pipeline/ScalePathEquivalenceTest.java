package org.tipevidence.jobs.pipeline;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.bool_or;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.jobs.conform.MappingTable;
import org.tipevidence.jobs.generate.SyntheticInput;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.ingest.RecordReader;
import org.tipevidence.jobs.progress.AnnualSeries;
import org.tipevidence.jobs.progress.SeriesKey;
import org.tipevidence.jobs.testing.SharedSpark;
import org.tipevidence.jobs.validate.Resubmissions;
import org.tipevidence.jobs.validate.Rule;
import org.tipevidence.jobs.validate.SubmissionColumns;
import org.tipevidence.jobs.validate.SubmissionValidation;

/**
 * The scale rewrites decide exactly what the straightforward versions they replaced decided. The
 * previous implementations are kept here as oracles (a window over full rows for resubmissions, a
 * window then an aggregation for country-years) and both run on the same generated input, which
 * holds every kind of bad row and many resubmissions.
 */
class ScalePathEquivalenceTest {
  @TempDir static Path dir;
  static SparkSession spark;
  static Dataset<Row> validated;
  static InputLayout layout;

  @BeforeAll
  static void generate() throws Exception {
    spark = SharedSpark.get();
    Path input = dir.resolve("input");
    new SyntheticInput(40_000, 11, 0.05).write(input);
    layout = InputLayout.of(input.toString());
    SdgCatalogue catalogue = SdgCatalogueLoader.loadDefault();
    ReferenceTables reference =
        new ReferenceStage(spark, catalogue)
            .apply(new ReferenceStage.Inputs(layout, MappingTable.load(layout, catalogue)));
    Dataset<Row> raw =
        RecordReader.read(
            spark,
            layout.tabularFiles(InputLayout.SUBMISSIONS),
            SubmissionColumns.ALL,
            SubmissionValidation.CODES);
    validated = SubmissionValidation.apply(raw, reference.data()).cache();
  }

  @Test
  void resubmissionLosersMatchTheWindowRule() {
    List<Column> key = SubmissionStage.resubmissionKey();
    Dataset<Row> viaLosers = Resubmissions.resolve(validated, Resubmissions.losers(validated, key));
    Dataset<Row> viaWindow = windowRule(validated, key);
    Dataset<Row> a = verdicts(viaLosers);
    Dataset<Row> b = verdicts(viaWindow);
    long resubmissionOutcomes =
        b.where(col("code").isin("superseded", "conflicting_duplicate", "duplicate_row")).count();
    assertTrue(resubmissionOutcomes > 100, "the input exercises resubmissions");
    assertEquals(b.count(), a.count());
    assertEquals(0, a.exceptAll(b).count(), "verdicts only the new path gives");
    assertEquals(0, b.exceptAll(a).count(), "verdicts only the window rule gives");
  }

  /**
   * The key hashes only choose which rows are grouped; the grouping is by the key itself. Treating
   * every key as repeated (the worst a hash collision could do) gives the same losers.
   */
  @Test
  void resubmissionLosersDoNotDependOnTheKeyHash() {
    List<Column> key = SubmissionStage.resubmissionKey();
    Dataset<Row> everyKey =
        validated.select(xxhash64(key.toArray(Column[]::new)).as(Resubmissions.KEY_HASH));
    Dataset<Row> viaEveryKey = Resubmissions.losers(validated, key, everyKey);
    Dataset<Row> viaRepeated = Resubmissions.losers(validated, key);
    assertTrue(viaRepeated.count() > 100, "the input exercises resubmissions");
    assertTrue(
        Resubmissions.repeatedKeys(validated, key).count() < everyKey.distinct().count() / 10,
        "most keys are submitted once");
    assertEquals(viaRepeated.count(), viaEveryKey.count());
    assertEquals(0, viaRepeated.exceptAll(viaEveryKey).count());
  }

  @Test
  void countryYearsMatchTheWindowThenAggregate() {
    Dataset<Row> observations =
        new Pipeline(
                spark,
                RunOptions.defaults(
                    layout.root().toString(), null, java.time.LocalDate.of(2026, 1, 1)),
                new StageClock(Pipeline.STAGES))
            .build(layout).stream()
                .filter(d -> d.name().equals("observations"))
                .findFirst()
                .orElseThrow()
                .data()
                .cache();
    Dataset<Row> fresh = AnnualSeries.countryYears(observations);
    Dataset<Row> oracle = oracleCountryYears(observations);
    assertTrue(oracle.where(not(col("complete"))).count() > 0, "part years are exercised");
    assertEquals(oracle.count(), fresh.count());
    assertEquals(0, rounded(fresh).exceptAll(rounded(oracle)).count());
    assertEquals(0, rounded(oracle).exceptAll(rounded(fresh)).count());
  }

  /** Means may add in another order: compare to 9 significant digits. */
  private static Dataset<Row> rounded(Dataset<Row> years) {
    return years.withColumn(
        "value",
        when(
            col("value").isNotNull(),
            org.apache.spark.sql.functions.format_number(col("value"), 6)));
  }

  private static Dataset<Row> verdicts(Dataset<Row> checked) {
    return checked.select(
        col(RawRecords.SOURCE_FILE),
        col(RawRecords.SOURCE_LINE),
        col(Rule.VERDICT + "." + Rule.REASON_CODE).as("code"));
  }

  /** The resubmission rule as first written: a window over every row of a key. */
  private static Dataset<Row> windowRule(Dataset<Row> validated, List<Column> key) {
    Column passed = col(Rule.VERDICT).isNull();
    WindowSpec byKey = Window.partitionBy(key.toArray(new Column[0]));
    Column order =
        row_number()
            .over(
                byKey.orderBy(
                    col("_is_latest").desc(),
                    col(RawRecords.SOURCE_FILE),
                    col(RawRecords.SOURCE_LINE)));
    Dataset<Row> ranked =
        validated
            .withColumn("_latest", max(when(passed, col("reported_ts"))).over(byKey))
            .withColumn("_is_latest", passed.and(col("reported_ts").equalTo(col("_latest"))))
            .withColumn(
                "_latest_values",
                size(collect_set(when(col("_is_latest"), col("value_num"))).over(byKey)))
            .withColumn("_order", order);
    Column code =
        when(col(Rule.VERDICT).isNotNull(), col(Rule.VERDICT + "." + Rule.REASON_CODE))
            .when(col("_is_latest").equalTo(false), lit("superseded"))
            .when(col("_latest_values").gt(1), lit("conflicting_duplicate"))
            .when(col("_order").gt(1), lit("duplicate_row"));
    return ranked.withColumn(
        Rule.VERDICT, when(code.isNotNull(), struct(code.as(Rule.REASON_CODE))));
  }

  /** Country-years as first written: a window picks annual or quarterly rows, then aggregates. */
  private static Dataset<Row> oracleCountryYears(Dataset<Row> observations) {
    Column censored = coalesce(col("censored"), lit(false));
    Column[] key = SeriesKey.SERIES_COUNTRY_YEAR.stream().map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> rows =
        observations
            .withColumn(
                "scope_id",
                when(col("scope_type").equalTo("programme"), col("programme_id"))
                    .otherwise(
                        java.util.Arrays.asList(observations.columns()).contains("scope_id")
                            ? coalesce(col("scope_id"), col("country_iso3"))
                            : col("country_iso3")))
            .withColumn("_censored", censored)
            .withColumn(
                "_value",
                when(censored, lit(null).cast(DataTypes.DoubleType)).otherwise(col("value")))
            .withColumn("_annual", col("quarter").isNull())
            .withColumn("_year_has_annual", max(col("_annual")).over(Window.partitionBy(key)))
            .where(col("_annual").equalTo(col("_year_has_annual")));
    Column lastPeriod = struct(col("period_end"), col("reported_at"));
    Column isLatest = col("aggregation").equalTo("latest");
    Column value =
        when(col("aggregation").equalTo("sum"), sum("_value"))
            .when(isLatest, max_by(col("_value"), lastPeriod))
            .otherwise(avg("_value"));
    Column yearCensored =
        when(isLatest, max_by(col("_censored"), lastPeriod)).otherwise(bool_or(col("_censored")));
    Column complete =
        when(
                col("aggregation").equalTo("sum").and(not(max(col("_annual")))),
                count_distinct(col("quarter")).equalTo(4))
            .otherwise(lit(true));
    List<Column> aggs = new ArrayList<>();
    aggs.add(yearCensored.as("censored"));
    aggs.add(complete.as("complete"));
    aggs.add(bool_or(coalesce(col("person_count"), lit(false))).as("person_count"));
    // The count behind a programme's per-100,000 rate (what disclosure control decides on).
    aggs.add(
        sum(when(
                col("source")
                    .equalTo("submission")
                    .and(col("unit").isin("PER_100000_POP", "RATIO_COUNT_PER_100000_COUNT_POP")),
                col("raw_value")))
            .as("raw_count"));
    return rows.groupBy(key)
        .agg(
            when(yearCensored, lit(null).cast(DataTypes.DoubleType)).otherwise(value).as("value"),
            aggs.toArray(new Column[0]));
  }
}
