package org.tipevidence.jobs.ingest.dhis2;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
import org.tipevidence.jobs.testing.Fixtures;
import org.tipevidence.jobs.testing.PipelineBuild;

/**
 * DHIS2 exports through the real pipeline: the same figures as the CSV submission of the same data
 * (src/test/resources/dhis2/same.*), and every bad data value accounted for in quarantine.
 */
class Dhis2SubmissionTest {
  @TempDir static Path dir;
  static Map<String, Dataset<Row>> asCsv;
  static Map<String, Dataset<Row>> asJson;
  static Map<String, Dataset<Row>> asDhis2Csv;
  static Map<String, Dataset<Row>> bad;

  @BeforeAll
  static void build() {
    asCsv = PipelineBuild.outputs(folder("csv", "same.csv"));
    asJson = PipelineBuild.outputs(folder("json", "same.dhis2.json"));
    asDhis2Csv = PipelineBuild.outputs(folder("dhis2csv", "same.dhis2.csv"));
    bad =
        PipelineBuild.outputs(
            folder("bad", "bad.dhis2.json", "bad.dhis2.csv", "truncated.dhis2.json"));
  }

  @Test
  void publishedFiguresAreIdenticalWhicheverWayTheDataIsSubmitted() {
    for (String output :
        List.of("series_values", "series_progress", "target_progress", "programme_scorecard")) {
      List<String> csv = rows(asCsv.get(output));
      assertFalse(csv.isEmpty(), output);
      assertEquals(csv, rows(asJson.get(output)), output + ": CSV vs DHIS2 JSON");
      assertEquals(csv, rows(asDhis2Csv.get(output)), output + ": CSV vs DHIS2 CSV");
    }
    List<String> observations = rows(asCsv.get("observations").drop("source_file", "source_line"));
    assertEquals(9, observations.size());
    assertEquals(observations, rows(asJson.get("observations").drop("source_file", "source_line")));
    assertEquals(
        observations, rows(asDhis2Csv.get("observations").drop("source_file", "source_line")));
    // The resubmission rule decides alike: the 2020 total sent twice keeps the later one.
    for (Map<String, Dataset<Row>> run : List.of(asCsv, asJson, asDhis2Csv)) {
      assertEquals(List.of("[superseded]"), rows(run.get("quarantine").select("reason_code")));
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
        bad.get("quarantine").where(col("source_line").equalTo(5)).select("reason").first();
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
  void rowsReadEqualAcceptedPlusQuarantinedPerFile() {
    Map<String, Long> expectedRead =
        Map.of(
            "submissions/bad.dhis2.json", 12L,
            "submissions/bad.dhis2.csv", 4L,
            "submissions/truncated.dhis2.json", 2L);
    List<Row> quality =
        bad.get("data_quality")
            .where(col("source_file").startsWith("submissions/"))
            .select("source_file", "rows_read", "rows_accepted", "rows_quarantined")
            .collectAsList();
    assertEquals(3, quality.size());
    for (Row r : quality) {
      String file = r.getString(0);
      assertEquals(expectedRead.get(file), r.getLong(1), file);
      assertEquals(r.getLong(1), r.getLong(2) + r.getLong(3), file);
      long observed = bad.get("observations").where(col("source_file").equalTo(file)).count();
      long quarantined = bad.get("quarantine").where(col("source_file").equalTo(file)).count();
      assertEquals(r.getLong(1), observed + quarantined, file);
      assertEquals(1, observed, file + ": the one good value");
    }
  }

  @Test
  void aBrokenMappingStopsTheRunNamingTheJsonPath() throws IOException {
    Path in = folder("broken", "same.dhis2.json");
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
    Path in = dir.resolve("generated");
    new SyntheticInput(3_000, 5, 0.1, OutputFormat.DHIS2).write(in);
    Map<String, Dataset<Row>> run = PipelineBuild.outputs(in);
    JsonNode expected = new ObjectMapper().readTree(in.resolve("_expected.json").toFile());
    Row totals =
        run.get("data_quality")
            .where(col("source_file").startsWith("submissions/"))
            .agg(sum("rows_read"), sum("rows_accepted"), sum("rows_quarantined"))
            .first();
    assertEquals(expected.path("rows_read").asLong(), totals.getLong(0));
    assertEquals(expected.path("rows_accepted").asLong(), totals.getLong(1));
    assertEquals(expected.path("rows_quarantined").asLong(), totals.getLong(2));
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
    assertTrue(byReason.get("unmapped_dhis2_code") > 0, byReason.toString());
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

  private static List<String> rows(Dataset<Row> data) {
    return data.collectAsList().stream().map(Row::toString).sorted().toList();
  }

  private static Path folder(String name, String... files) {
    try {
      Path in = Fixtures.inputFolder(dir.resolve(name));
      Path resources =
          Path.of(Dhis2SubmissionTest.class.getResource("/dhis2/dhis2-map.json").toURI())
              .getParent();
      Files.copy(resources.resolve("dhis2-map.json"), in.resolve("dhis2-map.json"));
      for (String f : Arrays.asList(files)) {
        Files.copy(resources.resolve(f), in.resolve("submissions").resolve(f));
      }
      return in;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
