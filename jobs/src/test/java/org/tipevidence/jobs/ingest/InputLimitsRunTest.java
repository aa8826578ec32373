package org.tipevidence.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.cli.TipEvidence;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.testing.Fixtures;
import org.tipevidence.jobs.testing.Outputs;
import org.tipevidence.jobs.testing.SharedSpark;

/**
 * A real {@code run} with {@code --max-record-bytes} and {@code --allow-links-into} given as
 * options (issue 15.3, 15.7): the bound reaches the read tasks and both are in the manifest.
 */
class InputLimitsRunTest {
  static final String ROW =
      "NPL-TIP,NPL,VICTIMS_IDENTIFIED,2019,F,Y0T17,SEX_EXPL,12,2024-01-10T00:00:00Z,%s\n";

  @TempDir static Path input;
  @TempDir static Path shared;
  @TempDir static Path output;
  static int exit;

  @BeforeAll
  static void run() throws IOException {
    SharedSpark.get();
    // 300 bytes: under the 1 MiB default, over the bound of 200 given below.
    Fixtures.inputFolder(
        input, "long.csv", Fixtures.SUBMISSION_HEADER + String.format(ROW, "t".repeat(300)));
    Path linked =
        Files.writeString(
            shared.resolve("shared.csv"),
            Fixtures.SUBMISSION_HEADER + String.format(ROW, "s").replace("2019", "2020"));
    Files.createSymbolicLink(input.resolve("submissions/shared.csv"), linked);
    exit =
        TipEvidence.execute(
            "run",
            "--input",
            input.toString(),
            "--output",
            output.toString(),
            "--max-record-bytes",
            "200",
            "--allow-links-into",
            shared.toString());
  }

  @Test
  void runSucceeds() {
    assertEquals(ExitCode.OK, exit);
  }

  @Test
  void aRecordOverTheGivenBoundIsMalformed() {
    assertEquals(
        1L,
        Outputs.read(output, "restricted", "quarantine")
            .where(col("source_file").equalTo("submissions/long.csv"))
            .where(col("reason_code").equalTo("malformed_record"))
            .count());
  }

  @Test
  void aLinkIntoAnAllowedFolderIsRead() {
    assertEquals(
        1L,
        Outputs.read(output, "restricted", "observations")
            .where(col("source_file").equalTo("submissions/shared.csv"))
            .count());
  }

  @Test
  void theManifestRecordsBothOptions() throws IOException {
    JsonNode parameters =
        new ObjectMapper()
            .readTree(Outputs.current(output).resolve("_manifest.json").toFile())
            .get("parameters");
    assertEquals(200L, parameters.get("max_record_bytes").asLong());
    assertTrue(!parameters.get("allow_outside_links").asBoolean());
    assertEquals(shared.toString(), parameters.get("allow_links_into").asText());
  }
}
