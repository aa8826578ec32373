package org.tipevidence.jobs.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.common.disclosure.SuppressionRule;
import org.tipevidence.jobs.cli.DisclosureCheckCommand;
import org.tipevidence.jobs.cli.TipEvidence;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.testing.SharedSpark;

/** The proof: the check fails on unsafe published folders and passes once they are protected. */
class DisclosureCheckTest {
  private static final SuppressionRule K5 = SuppressionRule.of(5);
  private final SparkSession spark = SharedSpark.get();

  private static Path publish(Path output, String name, Dataset<Row> data) {
    Path dir = output.resolve("current").resolve("published").resolve(name);
    data.write().parquet(dir.toString());
    return dir.getParent();
  }

  private record Result(int exit, String printed) {}

  private Result check(Path published) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit =
        new DisclosureCheckCommand()
            .check(
                spark,
                published.toString(),
                K5,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Result(exit, bytes.toString(StandardCharsets.UTF_8));
  }

  private Dataset<Row> unsafe() {
    return new SeriesValuesFixture()
        .count(2022, "F", "_T", "_T", 3.0)
        .count(2022, "M", "_T", "_T", 10.0)
        .count(2022, "_T", "_T", "_T", 13.0)
        .build(spark);
  }

  @Test
  void publishedSmallCountFailsAndIsNamed(@TempDir Path out) {
    Result r = check(publish(out, "series_values", unsafe()));
    assertEquals(ExitCode.INPUT_REJECTED, r.exit());
    assertTrue(
        r.printed().contains("small_count series_values")
            && r.printed().contains("sex=F, age_group=_T, exploitation_form=_T")
            && r.printed().contains("year=2022")
            && r.printed().contains("value = 3.0"),
        r.printed());
  }

  @Test
  void suppressedCellRecoveredFromTheMarginFails(@TempDir Path out) {
    Dataset<Row> onlyPrimary =
        new SeriesValuesFixture()
            .withheld(2022, "F", "_T", "_T")
            .count(2022, "M", "_T", "_T", 10.0)
            .count(2022, "_T", "_T", "_T", 13.0)
            .build(spark);
    Path published = publish(out, "series_values", onlyPrimary);
    Result r = check(published);
    assertEquals(ExitCode.INPUT_REJECTED, r.exit());
    assertTrue(
        r.printed().contains("margin_differencing series_values")
            && r.printed().contains("(sex=F, age_group=_T, exploitation_form=_T) value = 3.0")
            && r.printed().contains("recoverable from the sex margin"),
        r.printed());
    List<Row> violations =
        DisclosureCheck.violations(onlyPrimary, DisclosureRegistry.seriesValues(), K5)
            .collectAsList();
    assertEquals(1, violations.size(), "only the attack: nothing small is shown");
  }

  @Test
  void theSameTablePassesOnceProtected(@TempDir Path out) {
    Dataset<Row> protectedTable =
        DisclosureControl.apply(unsafe(), DisclosureRegistry.seriesValues(), K5);
    Result r = check(publish(out, "series_values", protectedTable));
    assertEquals(ExitCode.OK, r.exit(), r.printed());
    assertTrue(r.printed().contains("series_values            3 row(s) checked, 0 violation(s)"));
  }

  @Test
  void withheldRatePublishedBesideItsCountFails(@TempDir Path out) {
    Dataset<Row> rates =
        new SeriesValuesFixture()
            .rate(2022, "F", 0.0015, 3.0)
            .rate(2022, "M", 0.0049, 10.0)
            .rate(2022, "_T", 0.0032, 13.0)
            .build(spark);
    Result unsafe = check(publish(out.resolve("a"), "series_values", rates));
    assertEquals(ExitCode.INPUT_REJECTED, unsafe.exit());
    assertTrue(unsafe.printed().contains("raw_value = 3.0"), unsafe.printed());
    Result safe =
        check(
            publish(
                out.resolve("b"),
                "series_values",
                DisclosureControl.apply(rates, DisclosureRegistry.seriesValues(), K5)));
    assertEquals(ExitCode.OK, safe.exit(), safe.printed());
  }

  @Test
  void rateShownBesideItsWithheldCountFails(@TempDir Path out) {
    Dataset<Row> leak =
        new SeriesValuesFixture()
            .withheld(2022, "F", "_T", "_T", "primary")
            .withheld(2022, "M", "_T", "_T", "complementary")
            .count(2022, "_T", "_T", "_T", 13.0)
            .row("VC_HTF_DETVR", 2022, "F", "_T", "_T", 0.0015, null, false, false, false)
            .build(spark);
    Result r = check(publish(out, "series_values", leak));
    assertEquals(ExitCode.INPUT_REJECTED, r.exit());
    assertTrue(r.printed().contains("linked_rate_reveals series_values"), r.printed());
  }

  @Test
  void programmeCellPinnedByBoundsFailsWithItsInterval(@TempDir Path out) {
    // 6 = F + M with F primary (1..4) and M complementary (0 or >= 5): F = 1, M = 5.
    Dataset<Row> pinned =
        new SeriesValuesFixture()
            .withheld(2022, "F", "_T", "_T", "primary")
            .withheld(2022, "M", "_T", "_T", "complementary")
            .count(2022, "_T", "_T", "_T", 6.0)
            .build(spark);
    Result r = check(publish(out.resolve("a"), "series_values", pinned));
    assertEquals(ExitCode.INPUT_REJECTED, r.exit());
    assertTrue(
        r.printed().contains("interval_audit series_values")
            && r.printed().contains("(sex=F, age_group=_T, exploitation_form=_T)")
            && r.printed().contains("[1, 1]"),
        r.printed());
    Dataset<Row> glotip = pinned.withColumn("source", org.apache.spark.sql.functions.lit("glotip"));
    assertEquals(
        ExitCode.OK,
        check(publish(out.resolve("b"), "series_values", glotip)).exit(),
        "a public source's margins bound its own cells; that is not the project's disclosure");
  }

  @Test
  void unregisteredDatasetWithPersonCountsFails(@TempDir Path out) {
    Path published = publish(out, "programme_counts", unsafe().drop("suppressed").drop("censored"));
    Result r = check(published);
    assertEquals(ExitCode.INPUT_REJECTED, r.exit());
    assertTrue(r.printed().contains("unregistered_person_counts programme_counts"), r.printed());
  }

  @Test
  void datasetsWithoutPersonCountsAreSkippedAndLayoutMismatchFails(@TempDir Path out) {
    Path published = publish(out, "data_quality", unsafe().drop("person_count"));
    assertEquals(ExitCode.OK, check(published).exit());
    publish(out, "series_progress", unsafe());
    Result r = check(published);
    assertEquals(ExitCode.INPUT_REJECTED, r.exit());
    assertTrue(r.printed().contains("layout_mismatch series_progress"), r.printed());
  }

  @Test
  void commandFindsThePublishedFolderThroughThePointerFile(@TempDir Path out) throws Exception {
    Path version = out.resolve("v=20260101T000000Z-abcdef");
    unsafe().write().parquet(version.resolve("published/series_values").toString());
    Files.writeString(out.resolve("_CURRENT"), "v=20260101T000000Z-abcdef\n");
    String published =
        org.tipevidence.jobs.cli.DisclosureCheckCommandAccess.publishedFolder(out.toString());
    assertTrue(published.endsWith("v=20260101T000000Z-abcdef/published"), published);
    assertEquals(
        ExitCode.USAGE,
        TipEvidence.execute("disclosure-check", "--output", out.resolve("nothing").toString()),
        "no published output is a usage error, before Spark starts");
    assertEquals(ExitCode.OK, TipEvidence.execute("disclosure-check", "--help"));
  }

  @Test
  void violationSchemaIsStable() {
    assertEquals(DataTypes.DoubleType, DisclosureCheck.VIOLATION_SCHEMA.apply("value").dataType());
  }
}
