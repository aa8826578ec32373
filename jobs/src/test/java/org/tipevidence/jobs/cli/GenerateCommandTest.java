package org.tipevidence.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tipevidence.jobs.failure.ExitCode;

/**
 * {@code generate --rows-per-file}: how many rows each submissions file gets, per format, and the
 * parse-time check. Ten rows, no broken ones, files only: no Spark starts.
 */
class GenerateCommandTest {
  @TempDir Path dir;

  private static void generate(Path out, String... more) {
    StringWriter err = new StringWriter();
    String[] base = {"generate", "--output", out.toString(), "--rows", "10", "--bad-fraction", "0"};
    String[] all = Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
    assertEquals(ExitCode.OK, TipEvidence.execute(new PrintWriter(err, true), all), err.toString());
  }

  private static List<Path> files(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out.resolve("submissions"))) {
      return files.sorted().toList();
    }
  }

  /** Occurrences of {@code marker} in each submissions file, in name order. */
  private static List<Long> count(Path out, String marker) throws IOException {
    return files(out).stream().map(f -> occurrences(f, marker)).toList();
  }

  private static long occurrences(Path file, String marker) {
    try {
      String text = Files.readString(file);
      return (text.length() - text.replace(marker, "").length()) / marker.length();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void iatiActualsAreSplitAtTheGivenCount() throws IOException {
    generate(dir, "--format", "iati", "--rows-per-file", "4");
    assertEquals(List.of(4L, 4L, 2L), count(dir, "<actual "));
    assertEquals(List.of(1L, 1L, 1L), count(dir, "</iati-activities>"), "each file is whole");
  }

  @Test
  void csvAndJsonLinesFilesAreSplitAtTheGivenCount() throws IOException {
    generate(dir, "--rows-per-file", "3");
    // CSV and JSON Lines alternate; a CSV file has a header line too.
    assertEquals(List.of(4L, 3L, 4L, 1L), count(dir, "\n"));
    assertEquals(
        List.of("part-00000.csv", "part-00001.jsonl", "part-00002.csv", "part-00003.jsonl"),
        files(dir).stream().map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void theDefaultIs250000PerFileAndOneFileForDhis2() throws IOException {
    generate(dir.resolve("iati"), "--format", "iati");
    assertEquals(List.of(10L), count(dir.resolve("iati"), "<actual "));
    generate(dir.resolve("dhis2"), "--format", "dhis2");
    assertEquals(List.of(10L), count(dir.resolve("dhis2"), "\"dataElement\""));
  }

  @Test
  void dhis2ExportsAreSplitWhenTold() throws IOException {
    generate(dir, "--format", "dhis2", "--rows-per-file", "6");
    assertEquals(List.of(6L, 4L), count(dir, "\"dataElement\""));
    for (Path f : files(dir)) {
      new ObjectMapper().readTree(f.toFile()); // each a whole dataValueSet
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "many"})
  void aCountBelowOneStopsBeforeWritingAnything(String value) {
    StringWriter err = new StringWriter();
    Path out = dir.resolve("out");
    int code =
        TipEvidence.execute(
            new PrintWriter(err, true),
            "generate",
            "--output",
            out.toString(),
            "--rows",
            "10",
            "--rows-per-file",
            value);
    assertEquals(ExitCode.USAGE, code, err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(err.toString().contains("--rows-per-file"), err.toString());
    assertTrue(err.toString().contains("at least 1"), err.toString());
    assertTrue(Files.notExists(out), "nothing written");
  }
}
