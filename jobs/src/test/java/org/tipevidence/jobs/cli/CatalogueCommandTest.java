package org.tipevidence.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.testing.Paths;

class CatalogueCommandTest {
  private static String[] run(String... args) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int code;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      code = TipEvidence.execute(args);
    } finally {
      System.setOut(original);
    }
    return new String[] {Integer.toString(code), buffer.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void sampleMappingIsCleanAndPrinted() {
    String[] result = run("catalogue", "--input", Paths.sampleData().toString());
    assertEquals("0", result[0], result[1]);
    assertTrue(result[1].contains("VICTIMS_IDENTIFIED"), result[1]);
    assertTrue(result[1].contains("VC_HTF_DETV"), result[1]);
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsJsonPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("map.json");
    Files.writeString(
        file,
        """
        { "mapping_version": "broken",
          "indicators": [
            { "local_code": "A", "name": "a", "sdg_indicator": "99.9.9", "series_code": "X",
              "unit": "NUMBER", "direction": "increase", "aggregation": "sum", "crime_type": "TIP" },
            { "local_code": "A", "name": "b", "sdg_indicator": "16.2.2", "series_code": "VC_HTF_DETV",
              "unit": "NUMBER", "direction": "up", "aggregation": "sum", "crime_type": "TIP" } ] }
        """);
    String[] result = run("catalogue", "--mapping", file.toString());
    assertEquals("2", result[0], result[1]);
    assertTrue(result[1].contains("$.indicators[0].sdg_indicator"), result[1]);
    assertTrue(result[1].contains("$.indicators[1].direction"), result[1]);
    assertTrue(result[1].contains("$.indicators[1].local_code"), result[1]);
  }
}
