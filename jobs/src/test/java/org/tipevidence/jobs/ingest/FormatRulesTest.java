package org.tipevidence.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.failure.UserInputException;
import org.tipevidence.jobs.generate.OutputFormat;
import org.tipevidence.jobs.generate.SyntheticInput;
import org.tipevidence.jobs.testing.PipelineBuild;

/**
 * The rules of the DHIS2 and IATI readers through the real pipeline (docs/INPUTS.md): each bad
 * DHIS2 value and each IATI rule quarantines with its reason, column and place; a file that cannot
 * be read is one row naming line and column; rows read = accepted + quarantined per file. The bad
 * files of both formats share one run (their few good values have distinct keys); that good data
 * publishes alike in every format is {@link ThreeFormatsTest}'s job. These checks need the
 * submission stage only ({@link SubmissionFixtures#submissions}); a broken DHIS2 mapping is checked
 * through the whole pipeline, which stops before reading any submission.
 */
class FormatRulesTest {
  @TempDir static Path dir;
  static Map<String, Dataset<Row>> bad;

  @BeforeAll
  static void build() {
    bad =
        SubmissionFixtures.submissions(
            SubmissionFixtures.folder(
                dir.resolve("bad"),
                "dhis2/bad.dhis2.json",
                "dhis2/bad.dhis2.csv",
                "dhis2/truncated.dhis2.json",
                "iati/quarantined.xml",
                "iati/broken.xml"));
  }

  @Test
  void rowsReadEqualAcceptedPlusQuarantinedPerFile() {
    // IATI: one row per actual (targets and baselines are not observations); a broken file is one.
    SubmissionFixtures.assertConserved(
        bad,
        Map.of(
            "submissions/bad.dhis2.json", 12L,
            "submissions/bad.dhis2.csv", 4L,
            "submissions/truncated.dhis2.json", 2L,
            "submissions/quarantined.xml", 9L,
            "submissions/broken.xml", 1L));
    Map<String, Long> observed = SubmissionFixtures.countsByFile(bad.get("observations"));
    for (String file :
        List.of(
            "submissions/bad.dhis2.json",
            "submissions/bad.dhis2.csv",
            "submissions/truncated.dhis2.json")) {
      assertEquals(1L, observed.get(file), file + ": the one good value");
    }
  }

  @Test
  void everyBadDataValueIsQuarantinedWithReasonColumnAndPlace() {
    Map<String, String> json = verdicts("submissions/bad.dhis2.json");
    Map<String, String> expected = new TreeMap<>();
    expected.put("02", "unmapped_dhis2_code dataElement /dataValues/0 ");
    expected.put("03", "unmapped_dhis2_code orgUnit /dataValues/1 ");
    expected.put("04", "unmapped_dhis2_code categoryOptionCombo /dataValues/2 ");
    expected.put("05", "unsupported_period period /dataValues/3 ");
    expected.put("06", "unsupported_period period /dataValues/4 ");
    expected.put("07", "unparseable_number value /dataValues/5 ");
    expected.put("08", "no_value  /dataValues/6 ");
    expected.put("09", "malformed_record  /dataValues/7 ");
    expected.put("10", "malformed_record  /dataValues/8 ");
    expected.put("11", "percentage_out_of_range value /dataValues/9 ");
    expected.put("12", "crime_type_mismatch indicator_code /dataValues/10 ");
    assertEquals(expected, json);
    Row period =
        bad.get("quarantine")
            .where(col("source_file").equalTo("submissions/bad.dhis2.json"))
            .where(col("source_line").equalTo(5))
            .select("reason")
            .first();
    assertTrue(
        period.getString(0).contains("'202007' is monthly and is finer than a quarter"),
        period.getString(0));
    assertTrue(period.getString(0).contains("quarterly (2021Q3)"), period.getString(0));

    Map<String, String> csv = verdicts("submissions/bad.dhis2.csv");
    assertTrue(csv.get("02").startsWith("unsupported_period period deVicIdent1,2021W05,"));
    assertTrue(csv.get("03").startsWith("invalid_timestamp reported_at "), csv.get("03"));
    assertTrue(csv.get("04").startsWith("malformed_record  "), csv.get("04"));
    assertEquals(3, csv.size());

    Map<String, String> cut = verdicts("submissions/truncated.dhis2.json");
    assertEquals(List.of("02"), List.copyOf(cut.keySet()));
    assertTrue(cut.get("02").startsWith("malformed_record  /dataValues/1"), cut.get("02"));
  }

  @Test
  void eachIatiRuleQuarantinesWithReasonLineAndPath() {
    Dataset<Row> rules =
        bad.get("quarantine").where(col("source_file").equalTo("submissions/quarantined.xml"));
    Map<Long, String> byLine = new TreeMap<>();
    for (Row r : rules.select("source_line", "reason_code", "record").collectAsList()) {
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
        rules.where(col("source_line").equalTo(45L)).select("reason").first().getString(0);
    assertTrue(reason.contains("@measure 2 cannot carry VICTIMS_IDENTIFIED's unit NUMBER"), reason);
    assertTrue(reason.contains("/indicator[4]/period[1]/actual[1]"), reason);
  }

  @Test
  void iatiActualsThatPassBecomeObservationsWithTheirCountry() {
    List<Row> rows =
        bad.get("observations")
            .where(col("source_file").equalTo("submissions/quarantined.xml"))
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
  void aBrokenIatiFileIsOneRowNamingLineAndColumn() {
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
  void aBrokenDhis2MappingStopsTheRunNamingTheJsonPath() throws IOException {
    Path in = SubmissionFixtures.folder(dir.resolve("broken"), "dhis2/same.dhis2.json");
    Files.writeString(
        in.resolve("dhis2-map.json"),
        Files.readString(in.resolve("dhis2-map.json")).replace("\"VICTIMS_RATE\"", "\"RATE_X\""));
    UserInputException e = assertThrows(UserInputException.class, () -> PipelineBuild.outputs(in));
    assertTrue(e.getMessage().contains("$.data_elements.deVicRate01: 'RATE_X'"), e.getMessage());
    Files.delete(in.resolve("dhis2-map.json"));
    e = assertThrows(UserInputException.class, () -> PipelineBuild.outputs(in));
    assertTrue(e.getMessage().contains("has no dhis2-map.json"), e.getMessage());
  }

  @Test
  void generatedDhis2ExportMatchesItsExpectedCounts() throws IOException {
    Path in = dir.resolve("generated-dhis2");
    new SyntheticInput(3_000, 5, 0.1, OutputFormat.DHIS2).write(in);
    Map<String, Long> byReason = assertExpectedCounts(in);
    assertTrue(byReason.get("unmapped_dhis2_code") > 0, byReason.toString());
  }

  @Test
  void generatedIatiFilesMeetTheirExpectedCounts() throws IOException {
    Path in = dir.resolve("generated-iati");
    new SyntheticInput(3_000, 5, 0.2, OutputFormat.IATI).write(in);
    Map<String, Long> byReason = assertExpectedCounts(in);
    assertTrue(byReason.get("negative_count") > 0, byReason.toString());
  }

  /** Runs a generated folder; totals and counts per reason equal its _expected.json. */
  private static Map<String, Long> assertExpectedCounts(Path in) throws IOException {
    Map<String, Dataset<Row>> run = SubmissionFixtures.submissions(in);
    JsonNode expected = new ObjectMapper().readTree(in.resolve("_expected.json").toFile());
    Row totals =
        run.get("data_quality")
            .where(col("source_file").startsWith("submissions/"))
            .agg(sum("rows_read"), sum("rows_accepted"), sum("rows_quarantined"))
            .first();
    assertEquals(expected.path("rows_read").asLong(), totals.getLong(0));
    assertEquals(expected.path("rows_accepted").asLong(), totals.getLong(1));
    assertEquals(expected.path("rows_quarantined").asLong(), totals.getLong(2));
    assertEquals(expected.path("rows_accepted").asLong(), run.get("observations").count());
    Map<String, Long> byReason = new TreeMap<>();
    for (Row r : run.get("quarantine").groupBy("reason_code").count().collectAsList()) {
      byReason.put(r.getString(0), r.getLong(1));
    }
    expected
        .fieldNames()
        .forEachRemaining(
            k -> {
              if (!k.startsWith("rows_")) {
                assertEquals(expected.path(k).asLong(), byReason.getOrDefault(k, 0L), k);
              }
            });
    return byReason;
  }

  /** Line (two digits) → "reason_code column record-prefix" for one file's quarantined rows. */
  private static Map<String, String> verdicts(String file) {
    Map<String, String> out = new TreeMap<>();
    for (Row r :
        bad.get("quarantine")
            .where(col("source_file").equalTo(file))
            .select("source_line", "reason_code", "column", "record")
            .collectAsList()) {
      String record = r.getString(3);
      String padded = record + " ";
      String place = record.startsWith("/") ? padded.substring(0, padded.indexOf(' ') + 1) : record;
      out.put(
          String.format("%02d", r.getLong(0)), r.getString(1) + " " + r.getString(2) + " " + place);
    }
    return out;
  }
}
