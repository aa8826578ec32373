package org.tipevidence.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.common.catalogue.mapping.IndicatorMapping;
import org.tipevidence.common.iati.IatiIndicatorIndex;
import org.tipevidence.jobs.conform.MappingTable;
import org.tipevidence.jobs.pipeline.CachingSink;
import org.tipevidence.jobs.pipeline.CheckedRowsReuse;
import org.tipevidence.jobs.pipeline.ReferenceStage;
import org.tipevidence.jobs.pipeline.ReferenceTables;
import org.tipevidence.jobs.pipeline.SubmissionStage;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.testing.Fixtures;
import org.tipevidence.jobs.testing.SharedSpark;

/**
 * IATI activity files through the real pipeline (docs/INPUTS.md, IATI): the same figures as a CSV
 * submission publish identically; each IATI rule quarantines with its reason, line and XML path; a
 * broken file is one row naming line and column; rows read = accepted + quarantined per file.
 */
class IatiSubmissionTest {
  @TempDir static Path csvInput;
  @TempDir static Path xmlInput;
  static Map<String, Dataset<Row>> csv;
  static Map<String, Dataset<Row>> xml;
  static Map<String, Dataset<Row>> bad;

  @BeforeAll
  static void build() {
    csv = submissions(Fixtures.inputFolder(csvInput, "a.csv", fixture("same-as-csv.csv")));
    // The rules and broken files sit beside the equivalent file: figures are compared per file.
    xml =
        submissions(
            Fixtures.inputFolder(
                xmlInput,
                "a.xml",
                fixture("same-as-csv.xml"),
                "rules.xml",
                fixture("quarantined.xml"),
                "broken.xml",
                fixture("broken.xml")));
    bad = xml;
  }

  /**
   * The submission stage as the pipeline runs it (reference tables, mapping, catalogue), without
   * the later stages: every published figure is computed from these observations by code that does
   * not know which format a row came from, and a full build costs half a minute per folder.
   */
  static Map<String, Dataset<Row>> submissions(Path input) {
    SparkSession spark = SharedSpark.get();
    InputLayout layout = InputLayout.of(input.toString());
    SdgCatalogue catalogue = SdgCatalogueLoader.loadDefault();
    IndicatorMapping mapping = MappingTable.load(layout, catalogue);
    ReferenceTables reference =
        new ReferenceStage(spark, catalogue).apply(new ReferenceStage.Inputs(layout, mapping));
    CheckedInput checked =
        new SubmissionStage(spark, new CachingSink(), CheckedRowsReuse.none())
            .apply(
                new SubmissionStage.Inputs(
                    layout.tabularFiles(InputLayout.SUBMISSIONS),
                    new SubmissionFormats(null, new IatiIndicatorIndex(mapping, catalogue)),
                    reference.data()));
    return Map.of(
        "observations", checked.observations(),
        "quarantine", checked.quarantine(),
        "data_quality", checked.dataQuality());
  }

  static String fixture(String name) {
    try (InputStream in = IatiSubmissionTest.class.getResourceAsStream("/iati/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every column but where the row came from. */
  static Dataset<Row> figures(Dataset<Row> data) {
    Column[] kept =
        Arrays.stream(data.columns())
            .filter(c -> !c.startsWith("source_") && !c.equals("record"))
            .map(c -> col(c))
            .toArray(Column[]::new);
    return data.select(kept);
  }

  @Test
  void theSameFiguresPublishIdenticallyFromCsvAndIati() {
    for (String output : List.of("observations")) {
      Dataset<Row> a = figures(csv.get(output));
      Dataset<Row> b =
          figures(xml.get(output).where(col("source_file").equalTo("submissions/a.xml")));
      assertTrue(a.count() > 0, output + " is empty: the comparison would prove nothing");
      assertEquals(a.count(), b.count(), output);
      assertEquals(0, a.exceptAll(b).count(), output + ": CSV rows missing from IATI");
      assertEquals(0, b.exceptAll(a).count(), output + ": IATI rows missing from CSV");
    }
    assertEquals(
        0, xml.get("quarantine").where(col("source_file").equalTo("submissions/a.xml")).count());
  }

  @Test
  void eachIatiRuleQuarantinesWithReasonLineAndPath() {
    Map<Long, String> byLine = new TreeMap<>();
    for (Row r :
        bad.get("quarantine")
            .where(col("source_file").equalTo("submissions/rules.xml"))
            .select("source_line", "reason_code", "record", "reason")
            .collectAsList()) {
      byLine.put(r.getLong(0), r.getString(1));
      assertTrue(r.getString(2).startsWith("/iati-activities[1]/iati-activity["), r.getString(2));
    }
    Map<Long, String> expected = new TreeMap<>();
    expected.put(15L, "unknown_disaggregation_code");
    expected.put(20L, "invalid_period");
    expected.put(28L, "out_of_scope");
    expected.put(36L, "mapping_mismatch");
    expected.put(45L, "mapping_mismatch");
    expected.put(53L, "unmapped_indicator");
    expected.put(68L, "missing_required_field");
    assertEquals(expected, byLine);
    String reason =
        bad.get("quarantine")
            .where(col("source_file").equalTo("submissions/rules.xml"))
            .where(col("source_line").equalTo(45L))
            .select("reason")
            .first()
            .getString(0);
    assertTrue(reason.contains("@measure 2 cannot carry VICTIMS_IDENTIFIED's unit NUMBER"), reason);
    assertTrue(reason.contains("/indicator[4]/period[1]/actual[1]"), reason);
  }

  @Test
  void actualsThatPassBecomeObservationsWithTheirCountry() {
    List<Row> rows =
        bad.get("observations")
            .where(col("source_file").equalTo("submissions/rules.xml"))
            .select("country_iso3", "period", "value", "indicator_code")
            .orderBy("period")
            .collectAsList();
    assertEquals(2, rows.size());
    assertEquals("IND", rows.get(0).getString(0));
    assertEquals(6.0, rows.get(0).getDouble(2));
    assertEquals("NPL", rows.get(1).getString(0));
    assertEquals(12.0, rows.get(1).getDouble(2));
  }

  @Test
  void aBrokenFileIsOneRowNamingLineAndColumn() {
    Row row =
        bad.get("quarantine")
            .where(col("source_file").equalTo("submissions/broken.xml"))
            .select("source_line", "reason_code", "reason")
            .first();
    assertEquals("malformed_record", row.getString(1));
    assertEquals(6L, row.getLong(0));
    assertTrue(row.getString(2).contains("line 6, column"), row.getString(2));
  }

  @Test
  void rowsReadAreAcceptedPlusQuarantinedPerFile() {
    Map<String, List<Long>> counts = new TreeMap<>();
    for (Row r :
        bad.get("data_quality")
            .select("source_file", "rows_read", "rows_accepted", "rows_quarantined")
            .collectAsList()) {
      counts.put(r.getString(0), List.of(r.getLong(1), r.getLong(2), r.getLong(3)));
    }
    // One row per actual (targets and baselines are not observations); a broken file is one row.
    assertEquals(
        Map.of(
            "submissions/a.xml", List.of(6L, 6L, 0L),
            "submissions/broken.xml", List.of(1L, 0L, 1L),
            "submissions/rules.xml", List.of(9L, 2L, 7L)),
        counts);
  }

  @Test
  void generatedIatiFilesMeetTheirExpectedCounts(@TempDir Path dir) throws IOException {
    Map<String, Long> expected =
        new org.tipevidence.jobs.generate.SyntheticInput(
                3_000, 5, 0.2, org.tipevidence.jobs.generate.OutputFormat.IATI)
            .write(dir);
    Map<String, Dataset<Row>> out = submissions(dir);
    Map<String, Long> byReason = new TreeMap<>();
    for (Row r : out.get("quarantine").groupBy("reason_code").count().collectAsList()) {
      byReason.put(r.getString(0), r.getLong(1));
    }
    for (String reason : org.tipevidence.jobs.generate.SyntheticInput.BAD_KINDS) {
      assertEquals(expected.get(reason), byReason.getOrDefault(reason, 0L), reason);
    }
    assertEquals(expected.get("rows_accepted"), out.get("observations").count());
  }
}
