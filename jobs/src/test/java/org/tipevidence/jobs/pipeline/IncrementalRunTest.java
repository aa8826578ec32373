package org.tipevidence.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputFingerprint;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.publish.OutputStore;
import org.tipevidence.jobs.testing.Fixtures;
import org.tipevidence.jobs.testing.InputCounts;
import org.tipevidence.jobs.testing.Outputs;
import org.tipevidence.jobs.testing.SharedSpark;

/**
 * Incremental runs (issue 20): a run that reuses the previous version's checked rows publishes
 * exactly what a full run on the same inputs publishes, dataset by dataset; anything that shapes
 * the checked rows forces a full rebuild; a version deleted by retention is never needed. The
 * chain's first night (a full run, seconds each) is also the version the rebuild checks plan
 * against, so it runs once, in {@link #firstNight()}; the rebuild checks run first and restore
 * every input they touch.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROW = "NPL-TIP,NPL,VICTIMS_IDENTIFIED,%s,F,Y0T17,SEX_EXPL,%s,%s,t\n";

  private static final String A =
      Fixtures.SUBMISSION_HEADER
          + String.format(ROW, "2019", "12", "2024-01-10T00:00:00Z")
          + String.format(ROW, "2020", "15", "2024-01-10T00:00:00Z")
          + String.format(ROW, "2020", "x", "2024-01-10T00:00:00Z")
          + "MEX-SOM,MEX,PROSECUTIONS_SOM,2020,_T,_T,_T,9,2024-01-10T00:00:00Z,t\n";
  // Resubmits a's 2020 row later: a's row is superseded, a cross-file decision.
  private static final String B =
      Fixtures.SUBMISSION_HEADER
          + String.format(ROW, "2020", "18", "2024-02-01T00:00:00Z")
          + String.format(ROW, "2021", "20", "2024-02-01T00:00:00Z");
  private static final String D =
      Fixtures.SUBMISSION_HEADER + String.format(ROW, "2022", "7", "2024-01-05T00:00:00Z");
  private static final String C =
      Fixtures.SUBMISSION_HEADER
          + String.format(ROW, "2019", "13", "2024-03-01T00:00:00Z")
          + "XXX-TIP,NPL,VICTIMS_IDENTIFIED,2019,F,Y0T17,SEX_EXPL,4,2024-03-01T00:00:00Z,t\n";

  @TempDir static Path dir;
  private static Path input;
  private static Path out;
  private static String first;

  /** The chain's first night: a, b and d into an empty output folder. */
  @BeforeAll
  static void firstNight() {
    SharedSpark.get();
    input = Fixtures.inputFolder(dir.resolve("chain-in"), "a.csv", A, "b.csv", B, "d.csv", D);
    out = dir.resolve("chain-out");
    // keep-versions 1: each night's source version is deleted right after the night publishes.
    first = run(input, out, false);
  }

  @Test
  @Order(2)
  void nightsThatAddChangeAndRemoveFilesPublishWhatFullRunsPublish() throws IOException {
    assertEquals("full", incremental(out).path("mode").asText());
    assertEquals("no previous version", incremental(out).path("full_rebuild_reason").asText());

    // One night adds c, changes b and removes a; d is unchanged.
    Files.writeString(input.resolve("submissions/c.csv"), C);
    Files.writeString(input.resolve("submissions/b.csv"), B.replace(",18,", ",19,"));
    Files.delete(input.resolve("submissions/a.csv"));
    String second = run(input, out, false);
    assertFalse(Files.exists(out.resolve(first)), "the source version was deleted by retention");
    assertEquals(Map.of("submissions/d.csv", first), reused(out));
    assertEquals(1, incremental(out).path("rows_reused").asLong());
    assertEquals(4, incremental(out).path("rows_read").asLong());
    assertEquals(
        0,
        Outputs.read(out, "restricted", "_checked")
            .where("source_file = 'submissions/a.csv'")
            .count());
    Path full = fullRun(input);
    assertSameDatasets(full, out, "added c, changed b, removed a");
    assertConservedPerFile(input, out);

    // The next night reuses everything from the second version; the first is long gone.
    run(input, out, false);
    assertEquals(
        Map.of(
            "submissions/b.csv", second, "submissions/c.csv", second, "submissions/d.csv", second),
        reused(out));
    assertEquals(0, incremental(out).path("rows_read").asLong());
    String report = Files.readString(Outputs.current(out).resolve("published/report/index.html"));
    assertTrue(report.contains("3 submission files reused (5 checked rows)"), "report summary");
    assertTrue(report.contains("reused from " + second), "report names the source version");
    assertSameDatasets(full, out, "nothing changed");
  }

  /** Planned against the first night's version; every changed input is restored byte for byte. */
  @Test
  @Order(1)
  void anythingThatShapesCheckedRowsForcesAFullRebuild() throws IOException {
    assertEquals(List.of(), plan(input, out, false).toRead(files(input)), "unchanged: none read");

    Files.writeString(input.resolve("population.csv"), Fixtures.POPULATION + "NPL,2021,29500000\n");
    assertFullBecause(input, out, false, "population.csv");
    Files.writeString(input.resolve("population.csv"), Fixtures.POPULATION);

    Files.writeString(
        input.resolve("indicator-map.json"),
        Fixtures.MAPPING.replace("\"fixture\"", "\"fixture 2\""));
    assertFullBecause(input, out, false, "indicator-map.json");
    Files.writeString(input.resolve("indicator-map.json"), Fixtures.MAPPING);

    ValidationContext.code = () -> "a later build";
    try {
      assertFullBecause(input, out, false, "code_version");
    } finally {
      ValidationContext.code = ValidationContext::codeIdentity;
    }
    assertFullBecause(input, out, true, "--full");
  }

  private static String run(Path input, Path out, boolean full) {
    RunOptions options =
        RunOptions.defaults(input.toString(), out.toString(), LocalDate.of(2026, 11, 28))
            .withKeepVersions(1)
            .withFull(full);
    return RunJob.run(SharedSpark.get(), options).version();
  }

  private static JsonNode manifest(Path out) throws IOException {
    return JSON.readTree(Outputs.current(out).resolve("_manifest.json").toFile());
  }

  private static JsonNode incremental(Path out) throws IOException {
    return manifest(out).path("incremental");
  }

  /** Reused submission files and the version each came from, per the manifest. */
  private static Map<String, String> reused(Path out) throws IOException {
    Map<String, String> reused = new TreeMap<>();
    for (JsonNode input : manifest(out).path("inputs")) {
      if (input.path("status").asText().equals("reused")) {
        reused.put(input.path("file").asText(), input.path("reused_from").asText());
      } else {
        assertEquals("read", input.path("status").asText());
      }
    }
    return reused;
  }

  /** What a run would reuse now, decided as RunJob decides it (no pipeline is run). */
  private static CheckedRowsReuse plan(Path input, Path out, boolean full) {
    RunOptions options =
        RunOptions.defaults(input.toString(), out.toString(), LocalDate.of(2026, 11, 28))
            .withFull(full);
    InputLayout layout = InputLayout.of(input.toString());
    return CheckedRowsReuse.plan(
        SharedSpark.get(),
        new OutputStore(out.toString()),
        options,
        InputFingerprint.of(layout.fileSystem(), layout.filesIn("", name -> true)));
  }

  private static List<InputFile> files(Path input) {
    return InputLayout.of(input.toString()).tabularFiles(InputLayout.SUBMISSIONS);
  }

  private static void assertFullBecause(Path input, Path out, boolean full, String part) {
    CheckedRowsReuse plan = plan(input, out, full);
    assertEquals(files(input), plan.toRead(files(input)), "every file is read again");
    ObjectNode manifest = JSON.createObjectNode();
    plan.describe(manifest);
    JsonNode block = manifest.path("incremental");
    assertEquals("full", block.path("mode").asText());
    assertTrue(
        block.path("full_rebuild_reason").asText().contains(part),
        block.path("full_rebuild_reason").asText());
  }

  private static Path fullRun(Path input) throws IOException {
    Path fullOut = Files.createTempDirectory(dir, "full");
    run(input, fullOut, true);
    return fullOut;
  }

  /** Every Parquet dataset of both tiers equals a full run's on the same input, row for row. */
  private static void assertSameDatasets(Path fullOut, Path out, String night) throws IOException {
    Map<String, Path> incremental = datasets(Outputs.current(out));
    Map<String, Path> full = datasets(Outputs.current(fullOut));
    assertEquals(full.keySet(), incremental.keySet(), night);
    assertTrue(incremental.containsKey("restricted/_checked"), night);
    assertTrue(incremental.containsKey("published/series_values"), night);
    for (String name : full.keySet()) {
      assertEquals(rows(full.get(name)), rows(incremental.get(name)), night + ": " + name);
    }
  }

  private static Map<String, Path> datasets(Path version) throws IOException {
    Map<String, Path> found = new TreeMap<>();
    for (String tier : List.of("published", "restricted")) {
      try (Stream<Path> folders = Files.list(version.resolve(tier))) {
        for (Path folder : folders.toList()) {
          try (Stream<Path> files = Files.walk(folder)) {
            if (files.anyMatch(f -> f.toString().endsWith(".parquet"))) {
              found.put(tier + "/" + folder.getFileName(), folder);
            }
          }
        }
      }
    }
    return found;
  }

  /** Rows as sorted strings over the columns in name order (a multiset, order-free). */
  private static List<String> rows(Path dataset) {
    Dataset<Row> data = SharedSpark.get().read().parquet(dataset.toString());
    Column[] sorted =
        Arrays.stream(data.columns())
            .sorted()
            .map(org.apache.spark.sql.functions::col)
            .toArray(Column[]::new);
    List<String> rows = new ArrayList<>();
    data.select(sorted).collectAsList().forEach(r -> rows.add(r.toString()));
    rows.sort(String::compareTo);
    return rows;
  }

  /** Rows in = accepted + quarantined for every file, counted independently of the pipeline. */
  private static void assertConservedPerFile(Path input, Path out) throws IOException {
    Map<String, Row> quality = new TreeMap<>();
    for (Row r :
        Outputs.read(out, "published", "data_quality")
            .where("source_file like 'submissions/%'")
            .collectAsList()) {
      quality.put(r.getAs("source_file"), r);
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(input.resolve("submissions"))) {
      files = listed.sorted().toList();
    }
    assertEquals(files.size(), quality.size());
    for (Path file : files) {
      Row r = quality.get("submissions/" + file.getFileName());
      long in = InputCounts.records(file);
      assertEquals(in, (long) r.<Long>getAs("rows_read"), file.toString());
      assertEquals(in, r.<Long>getAs("rows_accepted") + r.<Long>getAs("rows_quarantined"));
      assertEquals(
          in,
          Outputs.read(out, "restricted", "_checked")
              .where(
                  org.apache
                      .spark
                      .sql
                      .functions
                      .col("source_file")
                      .equalTo("submissions/" + file.getFileName()))
              .count());
    }
  }
}
