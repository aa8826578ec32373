package org.tipevidence.jobs.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.generate.SyntheticInput;
import org.tipevidence.jobs.testing.InputCounts;
import org.tipevidence.jobs.testing.Outputs;
import org.tipevidence.jobs.testing.Paths;
import org.tipevidence.jobs.testing.SampleRun;

/** The main class end to end: sample-data and a generated input with bad rows. */
class EndToEndTest {
  private static Path out;

  @BeforeAll
  static void runOnSampleData() {
    out = SampleRun.output();
  }

  @Test
  void sampleDataConservationPerFileAgainstIndependentCounts() throws Exception {
    Dataset<Row> quality = Outputs.read(out, "published", "data_quality");
    Map<String, Long> read = new HashMap<>();
    for (Row r : quality.select("source_file", "rows_read").collectAsList()) {
      read.put(r.getString(0), r.getLong(1));
    }
    try (Stream<Path> files = Files.list(Paths.sampleData().resolve("submissions"))) {
      for (Path f : files.toList()) {
        String label = "submissions/" + f.getFileName();
        assertEquals(InputCounts.records(f), read.get(label), label);
      }
    }
    assertEquals(17L, read.get("programmes.csv"));
    Dataset<Row> observations = Outputs.read(out, "restricted", "observations");
    Dataset<Row> quarantine = Outputs.read(out, "restricted", "quarantine");
    for (Row r :
        quality
            .where(col("accepted_into").equalTo("observations"))
            .select("source_file", "rows_read")
            .collectAsList()) {
      long accepted = observations.where(col("source_file").equalTo(r.getString(0))).count();
      long rejected = quarantine.where(col("source_file").equalTo(r.getString(0))).count();
      assertEquals(r.getLong(1), accepted + rejected, r.getString(0));
    }
  }

  @Test
  void sampleDataExactCounts() {
    Dataset<Row> quality =
        Outputs.read(out, "published", "data_quality")
            .where(col("input_kind").equalTo("submissions"));
    Row totals =
        quality.agg(sum("rows_read"), sum("rows_accepted"), sum("rows_quarantined")).first();
    assertEquals(1855L, totals.getLong(0));
    assertEquals(1821L, totals.getLong(1));
    assertEquals(34L, totals.getLong(2));
    assertEquals(
        1821L,
        Outputs.read(out, "restricted", "observations")
            .where(col("source").equalTo("submission"))
            .count());
  }

  /**
   * The sample IATI file's final target (sample-data/README.md, Targets from the IATI file) is one
   * targets row, quarantined because targets.csv line 9 gives the same programme and indicator.
   */
  @Test
  void sampleIatiTargetsAreOneRowThatTargetsCsvOverrides() {
    String label = "submissions/unodc_sahel_iati_2025.xml#targets";
    Row quality =
        Outputs.read(out, "published", "data_quality")
            .where(col("source_file").equalTo(label))
            .select("rows_read", "rows_accepted", "rows_quarantined", "input_kind")
            .first();
    assertEquals(
        List.of(1L, 0L, 1L, "targets"),
        List.of(quality.get(0), quality.get(1), quality.get(2), quality.get(3)));
    Row row =
        Outputs.read(out, "restricted", "quarantine")
            .where(col("source_file").equalTo(label))
            .select("source_line", "reason_code", "reason")
            .first();
    assertEquals(31L, row.getLong(0));
    assertEquals("conflicting_duplicate", row.getString(1));
    assertTrue(row.getString(2).contains("targets.csv line 9"), row.getString(2));
  }

  @Test
  void everyAcceptedObservationCarriesItsSdgMapping() {
    Dataset<Row> observations = Outputs.read(out, "restricted", "observations");
    assertEquals(
        0,
        observations
            .where(
                col("sdg_target")
                    .isNull()
                    .or(col("sdg_indicator").isNull())
                    .or(col("series_code").isNull())
                    .or(col("crime_type").isNull()))
            .count());
  }

  @Test
  void manifestRecordsInputsWithHashesAndRowCounts() throws Exception {
    JsonNode manifest =
        new ObjectMapper().readTree(Outputs.current(out).resolve("_manifest.json").toFile());
    assertEquals("success", manifest.path("outcome").asText());
    assertEquals("2026-11-28", manifest.path("run_date").asText());
    assertTrue(manifest.path("inputs").size() >= 10);
    for (JsonNode input : manifest.path("inputs")) {
      assertEquals(64, input.path("sha256").asText().length());
      Path file = Paths.sampleData().resolve(input.path("file").asText());
      assertEquals(Files.size(file), input.path("bytes").asLong(), file.toString());
    }
    assertEquals(
        1821
            + Outputs.read(out, "restricted", "observations")
                .where(col("source").notEqual("submission"))
                .count(),
        manifest.path("datasets").path("observations").path("rows").asLong());
    assertFalse(manifest.path("timings_ms").isEmpty());
  }

  @Test
  void generatedInputWithBadRowsMatchesItsExpectedCounts(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in");
    Path output = dir.resolve("out");
    assertEquals(
        ExitCode.OK,
        TipEvidence.execute(
            "generate",
            "--output",
            input.toString(),
            "--rows",
            "20000",
            "--seed",
            "7",
            "--bad-fraction",
            "0.05"));
    assertEquals(
        ExitCode.OK,
        TipEvidence.execute("run", "--input", input.toString(), "--output", output.toString()));
    JsonNode expected = new ObjectMapper().readTree(input.resolve("_expected.json").toFile());
    Row actual =
        Outputs.read(output, "published", "data_quality")
            .where(col("input_kind").equalTo("submissions"))
            .agg(sum("rows_read"), sum("rows_accepted"), sum("rows_quarantined"))
            .first();
    assertEquals(expected.path("rows_read").asLong(), actual.getLong(0));
    assertEquals(expected.path("rows_accepted").asLong(), actual.getLong(1));
    assertEquals(expected.path("rows_quarantined").asLong(), actual.getLong(2));
    Map<String, Long> byReason = new HashMap<>();
    for (Row r :
        Outputs.read(output, "restricted", "quarantine")
            .groupBy("reason_code")
            .count()
            .collectAsList()) {
      byReason.put(r.getString(0), r.getLong(1));
    }
    for (String reason : SyntheticInput.BAD_KINDS) {
      assertEquals(expected.path(reason).asLong(), byReason.getOrDefault(reason, 0L), reason);
      assertTrue(expected.path(reason).asLong() > 0, reason + " must be exercised");
    }
  }

  @Test
  void validateListsExactlyTheDocumentedBadRowsAndExitsOne() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int code;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      code = TipEvidence.execute("validate", "--input", Paths.sampleData().toString());
    } finally {
      System.setOut(original);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertEquals(ExitCode.INPUT_REJECTED, code);
    List<String> documented =
        List.of(
            "submissions/iom_programme_data_2025.csv:32:",
            "submissions/iom_programme_data_2025.csv:34:",
            "submissions/iom_programme_data_2025.csv:105:",
            "submissions/iom_programme_data_2025.csv:190:",
            "submissions/iom_programme_data_2025.csv:250:",
            "submissions/iom_programme_data_2025.csv:355:",
            "submissions/iom_programme_data_2025.csv:461:",
            "submissions/ilo_labour_migration_2024.csv:5:",
            "submissions/ilo_labour_migration_2024.csv:148:",
            "submissions/ilo_labour_migration_2024.csv:246:",
            "submissions/ilo_labour_migration_2024.csv:275:",
            "submissions/unodc_criminal_justice_2025.csv:6:",
            "submissions/unodc_criminal_justice_2025.csv:22:",
            "submissions/unodc_criminal_justice_2025.csv:23:",
            "submissions/unodc_criminal_justice_2025.csv:32:",
            "submissions/unodc_criminal_justice_2025.csv:77:",
            "submissions/unodc_criminal_justice_2025.csv:124:",
            "submissions/un_agencies_2025.jsonl:9:",
            "submissions/un_agencies_2025.jsonl:115:",
            "submissions/un_agencies_2025.jsonl:159:",
            "submissions/un_agencies_2025.jsonl:367:",
            "submissions/national_agencies_2025.jsonl:79:",
            "submissions/national_agencies_2025.jsonl:80:",
            "submissions/national_agencies_2025.jsonl:81:",
            "submissions/national_agencies_2025.jsonl:82:",
            "submissions/national_agencies_2025.jsonl:251:",
            "submissions/national_agencies_2025.jsonl:339:",
            "submissions/national_agencies_2025.jsonl:397:",
            "submissions/national_agencies_2025.jsonl:413:",
            "submissions/national_agencies_2025.jsonl:414:",
            "submissions/naptip_nrm_2022.dhis2.json:41:",
            "submissions/naptip_nrm_2022.dhis2.json:53:",
            "submissions/iacat_case_data_2024.dhis2.csv:3:",
            "submissions/iacat_case_data_2024.dhis2.csv:4:",
            // The IATI file's final target, overridden by targets.csv line 9.
            "submissions/unodc_sahel_iati_2025.xml#targets:31:");
    for (String place : documented) {
      assertTrue(printed.contains("  " + place), place + " missing from:\n" + printed);
    }
    long listed = printed.lines().filter(l -> l.matches("  submissions/\\S+:\\d+: .*")).count();
    assertEquals(documented.size(), listed, printed);
  }
}
