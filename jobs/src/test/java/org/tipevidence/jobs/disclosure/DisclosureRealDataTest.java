package org.tipevidence.jobs.disclosure;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.common.disclosure.SuppressionRule;
import org.tipevidence.jobs.cli.DisclosureCheckCommand;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.pipeline.Pipeline;
import org.tipevidence.jobs.pipeline.RunOptions;
import org.tipevidence.jobs.pipeline.StageClock;
import org.tipevidence.jobs.publish.OutputDataset;
import org.tipevidence.jobs.testing.Paths;
import org.tipevidence.jobs.testing.SharedSpark;

/**
 * Protection and check on real figures: the sample-data submissions (203 counts in 1..4) and the
 * UNODC GLOTIP release (23,076 {@code <5} cells whose totals are published). Until the progress
 * stage publishes {@code series_values}, the tables are built here in its layout.
 */
class DisclosureRealDataTest {
  private static final SuppressionRule K5 = SuppressionRule.of(5);
  private final SparkSession spark = SharedSpark.get();

  @Test
  void sampleDataSeriesValuesPassOnceProtected(@TempDir Path out) {
    String input = Paths.sampleData().toString();
    RunOptions params = RunOptions.defaults(input, null, LocalDate.of(2026, 3, 1));
    List<OutputDataset> outputs =
        new Pipeline(spark, params, new StageClock(Pipeline.STAGES)).build(InputLayout.of(input));
    Dataset<Row> observations =
        outputs.stream()
            .filter(d -> d.name().equals("observations"))
            .findFirst()
            .orElseThrow()
            .data();
    Dataset<Row> raw =
        observations
            .where(col("person_count"))
            .groupBy(
                col("scope_type"),
                col("programme_id").as("scope_id"),
                col("country_iso3"),
                col("sdg_indicator"),
                col("series_code"),
                col("crime_type"),
                col("year"),
                col("sex"),
                col("age_group"),
                col("exploitation_form"))
            .agg(sum("value").as("value"))
            .withColumn("raw_value", lit(null).cast(DataTypes.DoubleType))
            .withColumn("person_count", lit(true))
            .withColumn("censored", lit(false))
            .withColumn("source", lit("submission"))
            .withColumn("unit", lit("NUMBER"))
            .cache();
    assertProtectedAndChecked(raw, out, 0);
    raw.unpersist();
  }

  @Test
  void glotipPassesOnceProtectedAndCensoredCellsStayCensored(@TempDir Path out) {
    Path file =
        Paths.sharedData()
            .map(d -> d.resolve("glotip/data_glotip_release_2023-05-30.csv"))
            .filter(Files::isRegularFile)
            .orElse(null);
    Assumptions.assumeTrue(file != null, "shared/data/glotip is absent (a user's clone)");
    // GLOTIP's real table structure, protected as if it were the project's own figures: the
    // stress test of full protection (as GLOTIP itself, it is republished as published, below).
    Dataset<Row> raw = glotipSeriesValues(file, "glotip_as_private").cache();
    long censored = raw.where(col("censored")).count();
    assertTrue(censored > 15_000, "most <5 cells are in total and form tables: " + censored);
    Dataset<Row> published = assertProtectedAndChecked(raw, out, censored);
    assertEquals(
        censored,
        published
            .where(
                col("censored")
                    .and(col("suppression").equalTo("censored"))
                    .and(col("value").isNull()))
            .count(),
        "every <5 stays censored (a conflicting duplicate of a <5 is withheld with it)");
    raw.unpersist();
    Dataset<Row> asGlotip =
        DisclosureControl.apply(
            glotipSeriesValues(file, "glotip"), DisclosureRegistry.seriesValues(), K5);
    assertEquals(
        0,
        asGlotip.where(col("suppressed").and(not(col("censored")))).count(),
        "GLOTIP's own figures: its censoring kept, nothing more withheld");
  }

  /**
   * Raw tables fail the check (small counts or recoverable censored cells); protected ones pass it
   * and resist the attack written in the test. Returns the protected table as published.
   */
  private Dataset<Row> assertProtectedAndChecked(Dataset<Row> raw, Path out, long censored) {
    long unsafe = DisclosureCheck.violations(raw, DisclosureRegistry.seriesValues(), K5).count();
    assertTrue(unsafe > 0, "the unprotected table must fail the check");

    Path dir = out.resolve("current/published/series_values");
    DisclosureControl.apply(raw, DisclosureRegistry.seriesValues(), K5)
        .write()
        .parquet(dir.toString());
    Dataset<Row> published = spark.read().parquet(dir.toString());
    assertEquals(raw.count(), published.count(), "protection keeps every row");
    long complementary = published.where(col("suppression").equalTo("complementary")).count();
    assertTrue(complementary > 0, "some cells were recoverable and needed complements");
    assertEquals(
        0,
        published.where(col("person_count").and(col("value").between(0.5, 4.999))).count(),
        "no count in 1..4 is shown");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit =
        new DisclosureCheckCommand()
            .check(
                spark,
                out.resolve("current/published").toString(),
                K5,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(ExitCode.OK, exit, printed);

    List<String> recovered = PublishedAttacker.recoverable(published.collectAsList());
    assertEquals(List.of(), recovered.subList(0, Math.min(10, recovered.size())));
    return published;
  }

  /** GLOTIP totals and forms of exploitation in the series_values layout (one series each). */
  private Dataset<Row> glotipSeriesValues(Path file, String source) {
    StructType schema = new StructType();
    for (String c :
        List.of(
            "Iso3_code",
            "Country",
            "Region",
            "Subregion",
            "Indicator",
            "Dimension",
            "Category",
            "Sex",
            "Age",
            "Year",
            "Unit",
            "txtVALUE",
            "Source")) {
      schema = schema.add(DataTypes.createStructField(c, DataTypes.StringType, true));
    }
    Dataset<Row> csv = spark.read().option("header", "true").schema(schema).csv(file.toString());
    Column indicator = col("Indicator");
    Column series =
        when(indicator.equalTo("Detected trafficking victims"), lit("GLOTIP_VICTIMS"))
            .when(indicator.equalTo("Persons prosecuted"), lit("GLOTIP_PROSECUTED"))
            .when(indicator.equalTo("Persons convicted"), lit("GLOTIP_CONVICTED"))
            .when(indicator.equalTo("Persons brought into formal contact"), lit("GLOTIP_CONTACT"))
            .otherwise(lit("GLOTIP_OFFENCES"));
    Column sex =
        when(col("Sex").equalTo("Female"), lit("F"))
            .when(col("Sex").equalTo("Male"), lit("M"))
            .when(col("Sex").equalTo("Other"), lit("_O"))
            .when(col("Sex").equalTo("Unknown"), lit("_U"))
            .otherwise(lit("_T"));
    Column age =
        when(col("Age").equalTo("0 to 17 years"), lit("Y0T17"))
            .when(col("Age").equalTo("18 years or over"), lit("Y_GE18"))
            .when(col("Age").equalTo("Unknown"), lit("_U"))
            .otherwise(lit("_T"));
    Column form =
        when(col("Category").equalTo("Sexual exploitation"), lit("SEX_EXPL"))
            .when(col("Category").equalTo("Forced labour"), lit("FRC_LAB"))
            .when(col("Category").equalTo("Other forms of exploitation"), lit("OTH_PUR"))
            .otherwise(lit("_T"));
    Column censored = col("txtVALUE").equalTo("<5");
    return csv.where(
            col("Iso3_code")
                .isNotNull()
                .and(col("Dimension").isin("Total", "by form of exploitation")))
        .select(
            lit("country").as("scope_type"),
            col("Iso3_code").as("scope_id"),
            col("Iso3_code").as("country_iso3"),
            lit("16.2.2").as("sdg_indicator"),
            series.as("series_code"),
            lit("TIP").as("crime_type"),
            col("Year").cast(DataTypes.IntegerType).as("year"),
            sex.as("sex"),
            age.as("age_group"),
            form.as("exploitation_form"),
            when(censored, lit(null))
                .otherwise(regexp_replace(col("txtVALUE"), ",", "").cast(DataTypes.DoubleType))
                .as("value"),
            lit(null).cast(DataTypes.DoubleType).as("raw_value"),
            series.notEqual("GLOTIP_OFFENCES").as("person_count"),
            censored.as("censored"),
            lit(source).as("source"),
            lit("NUMBER").as("unit"));
  }
}
