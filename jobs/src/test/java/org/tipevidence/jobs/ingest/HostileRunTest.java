package org.tipevidence.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.cli.TipEvidence;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.testing.Fixtures;
import org.tipevidence.jobs.testing.Outputs;
import org.tipevidence.jobs.testing.SharedSpark;

/** A real {@code run} over an input folder an adversarial user made (issue 15). */
class HostileRunTest {
  static final String GOOD =
      "NPL-TIP,NPL,VICTIMS_IDENTIFIED,2019,F,Y0T17,SEX_EXPL,12,2024-01-10T00:00:00Z,t\n";

  static final String GLOTIP_HEADER =
      "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,"
          + "Unit of measurement,txtVALUE,Source\n";

  @TempDir static Path input;
  @TempDir static Path output;
  static int exit;

  @BeforeAll
  static void run() throws IOException {
    SharedSpark.get();
    Fixtures.inputFolder(
        input,
        "a.csv",
        Fixtures.SUBMISSION_HEADER + GOOD,
        "_late_batch.csv",
        Fixtures.SUBMISSION_HEADER + GOOD.replace("2019", "2020"),
        ".hidden.csv",
        Fixtures.SUBMISSION_HEADER + GOOD,
        "batch.json",
        "{}",
        "batch.csv.gz",
        "not really gzip",
        "empty.csv",
        "",
        "header_only.csv",
        Fixtures.SUBMISSION_HEADER);
    Files.writeString(input.resolve("notes.txt"), "read me");
    Files.createSymbolicLink(input.resolve("submissions/passwd.csv"), Path.of("/etc/passwd"));
    // Header-only reference table, evaluations and national file: each gets a zero-count row.
    Files.writeString(
        input.resolve("targets.csv"),
        "programme_id,indicator_code,baseline_year,baseline_value,target_year,target_value\n");
    Files.writeString(
        input.resolve("evaluations.csv"),
        String.join(",", org.tipevidence.jobs.evidence.EvaluationColumns.ALL) + "\n");
    Path glotip = Files.createDirectories(input.resolve("national/glotip"));
    Files.writeString(glotip.resolve("header_only.csv"), GLOTIP_HEADER);
    Files.writeString(glotip.resolve(".hidden.csv"), GLOTIP_HEADER);
    Files.writeString(glotip.resolve("_draft.csv"), GLOTIP_HEADER);
    Files.writeString(glotip.resolve("export.xlsx"), "not a spreadsheet");
    Files.writeString(input.resolve("national/loose.csv"), GLOTIP_HEADER);
    Files.createSymbolicLink(glotip.resolve("passwd.csv"), Path.of("/etc/passwd"));
    exit = TipEvidence.execute("run", "--input", input.toString(), "--output", output.toString());
  }

  @Test
  void runSucceeds() {
    assertEquals(ExitCode.OK, exit);
  }

  @Test
  void everyFileIsReadOrListedAsIgnoredWithItsReason() throws IOException {
    JsonNode manifest =
        new ObjectMapper().readTree(Outputs.current(output).resolve("_manifest.json").toFile());
    Map<String, String> ignored = new TreeMap<>();
    manifest
        .get("ignored_files")
        .forEach(n -> ignored.put(n.get("path").asText(), n.get("reason").asText()));
    assertEquals(
        java.util.Set.of(
            "submissions/.hidden.csv",
            "submissions/batch.json",
            "submissions/batch.csv.gz",
            "notes.txt",
            "submissions/passwd.csv",
            "national/glotip/.hidden.csv",
            "national/glotip/_draft.csv",
            "national/glotip/export.xlsx",
            "national/glotip/passwd.csv",
            "national/loose.csv"),
        ignored.keySet(),
        ignored.toString());
    assertTrue(ignored.get("submissions/.hidden.csv").contains("hidden file"));
    assertTrue(ignored.get("submissions/batch.json").contains(".jsonl"));
    assertTrue(ignored.get("submissions/batch.csv.gz").contains("decompress"));
    assertTrue(
        ignored.get("submissions/passwd.csv").contains("outside the input folder"),
        ignored.get("submissions/passwd.csv"));
    assertTrue(ignored.get("national/glotip/passwd.csv").contains("outside the input folder"));
    assertTrue(ignored.get("national/glotip/export.xlsx").contains("glotip/*.csv"));
    assertTrue(ignored.get("national/loose.csv").contains("adapter folder"));
  }

  @Test
  void underscoreEmptyAndHeaderOnlyFilesHaveDataQualityRowsAndConservationHolds() {
    Map<String, Long> read = new TreeMap<>();
    for (Row row :
        Outputs.read(output, "published", "data_quality")
            .select("source_file", "rows_read", "rows_accepted", "rows_quarantined")
            .collectAsList()) {
      read.put(row.getString(0), row.getLong(1));
      assertEquals(row.getLong(1), row.getLong(2) + row.getLong(3), row.getString(0));
    }
    assertEquals(1L, read.get("submissions/_late_batch.csv"), read.toString());
    assertEquals(0L, read.get("submissions/empty.csv"), read.toString());
    assertEquals(0L, read.get("submissions/header_only.csv"), read.toString());
    for (String headerOnly :
        java.util.List.of("targets.csv", "evaluations.csv", "national/glotip/header_only.csv")) {
      assertEquals(0L, read.get(headerOnly), headerOnly + " in " + read);
    }
    assertTrue(!read.containsKey("submissions/passwd.csv"), "a link outside is never read");
    assertEquals(
        1L,
        Outputs.read(output, "restricted", "observations")
            .where(col("source_file").equalTo("submissions/_late_batch.csv"))
            .count());
  }
}
