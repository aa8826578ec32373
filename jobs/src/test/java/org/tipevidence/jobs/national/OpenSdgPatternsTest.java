package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.testing.Paths;

/**
 * Open SDG files as other sites publish them (fixtures in src/test/resources/national-patterns,
 * README there): a mixed "Disaggregation Level" column beside a "Unit" column, and a national
 * indicator that reuses the code 16-2-2.
 */
class OpenSdgPatternsTest {
  static final Path FOLDER = Paths.repoRoot().resolve("jobs/src/test/resources/national-patterns");
  private static final String JAM = "national/opensdg/jamaica/data/indicator_16-2-2.csv";
  private static final String ARM = "national/opensdg/arm/data/indicator_16-2-2.csv";
  private static final String BIH = "national/opensdg/bih/data/indicator_16-2-2.csv";
  private static List<InputFile> files;
  private static Dataset<Row> observations;
  private static Dataset<Row> quarantine;
  private static List<Row> quality;

  @BeforeAll
  static void run() {
    OpenSdgRuns run = OpenSdgRuns.on(FOLDER);
    files = run.files();
    CheckedInput checked = run.checked();
    observations = checked.observations().cache();
    quarantine = checked.quarantine().cache();
    quality = checked.dataQuality().collectAsList();
  }

  @Test
  void everyRowOfEveryFileIsAccountedFor() throws Exception {
    assertEquals(4, files.size());
    for (InputFile f : files) {
      long lines =
          Files.readAllLines(FOLDER.resolve(f.label().substring("national/".length()))).size() - 1;
      Row q =
          quality.stream().filter(r -> r.getAs("source_file").equals(f.label())).findFirst().get();
      assertEquals(lines, q.<Long>getAs("rows_read"), f.label());
      long ok = observations.where(col("source_file").equalTo(f.label())).count();
      long bad = quarantine.where(col("source_file").equalTo(f.label())).count();
      assertEquals(lines, ok + bad, f.label());
      assertEquals(ok, q.<Long>getAs("rows_accepted"), f.label());
    }
  }

  private static Row accepted(long line) {
    List<Row> rows =
        observations
            .where(col("source_file").equalTo(JAM).and(col("source_line").equalTo(line)))
            .select("series_code", "sex", "age_group", "exploitation_form", "value", "unit")
            .collectAsList();
    assertEquals(1, rows.size(), "line " + line + " accepted");
    return rows.get(0);
  }

  @Test
  void aMixedColumnIsResolvedValueByValue() {
    assertEquals("VC_HTF_DETVR|_T|_T|_T|0.9|PER_100000_POP", text(accepted(2)));
    assertEquals("VC_HTF_DETVR|M|_T|_T|0.4|PER_100000_POP", text(accepted(3)));
    assertEquals("VC_HTF_DETVR|F|_T|_T|0.5|PER_100000_POP", text(accepted(4)));
    assertEquals("VC_HTF_DETVR|_T|Y0T17|_T|0.3|PER_100000_POP", text(accepted(5)));
    assertEquals("VC_HTF_DETVR|_T|Y_GE18|_T|0.6|PER_100000_POP", text(accepted(6)));
    assertEquals("VC_HTF_DETVSXR|_T|_T|SEX_EXPL|0.5|PER_100000_POP", text(accepted(7)));
    assertEquals("VC_HTF_DETVFLR|_T|_T|FRC_LAB|0.3|PER_100000_POP", text(accepted(8)));
    assertEquals("VC_HTF_DETVR|_T|_T|_T|1.1|PER_100000_POP", text(accepted(11))); // blank
    assertEquals("VC_HTF_DETVR|_T|_T|_T|1.3|PER_100000_POP", text(accepted(12))); // All
  }

  private static String text(Row r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < r.length(); i++) {
      sb.append(i == 0 ? "" : "|").append(r.get(i));
    }
    return sb.toString();
  }

  private static Row rejected(String file, long line) {
    return quarantine
        .where(col("source_file").equalTo(file).and(col("source_line").equalTo(line)))
        .select("reason_code", "reason", "column")
        .first();
  }

  @Test
  void unmatchedAndAmbiguousValuesAreQuarantinedWithTheirFix() {
    Row other = rejected(JAM, 9);
    assertEquals("unknown_disaggregation_code", other.getString(0));
    assertTrue(
        other.getString(1).contains("'Other' could be sex _O|form OTH_PUR"), other.getString(1));
    Row urban = rejected(JAM, 10);
    assertEquals("unknown_disaggregation_code", urban.getString(0));
    assertTrue(urban.getString(1).contains("Disaggregation Level 'Urban'"), urban.getString(1));
    assertTrue(
        urban.getString(1).contains("move a different kind of breakdown"), urban.getString(1));
    assertEquals(
        0,
        quarantine
            .where(col("reason").contains("nothing to fix").and(col("source_file").equalTo(JAM)))
            .count());
  }

  @Test
  void aNationalIndicatorUnderTheSdgCodeIsCaughtFromItsMetadata() {
    for (long line : new long[] {2, 3}) {
      Row r = rejected(ARM, line);
      assertEquals("invalid_value", r.getString(0));
      String reason = r.getString(1);
      assertTrue(reason.startsWith("the national indicator is not the SDG indicator"), reason);
      assertTrue(reason.contains("km²") && reason.contains("national proxy"), reason);
      assertFalse(reason.contains("give a Units column"), reason);
    }
    Row bih = rejected(BIH, 2);
    assertEquals("invalid_value", bih.getString(0));
    assertTrue(bih.getString(1).contains("'Square kilometres' (AREA_KM2)"), bih.getString(1));
    assertEquals(
        2,
        quarantine
            .where(
                col("source_file")
                    .equalTo("national/opensdg/arm/data/indicator_16-2-2-a.csv")
                    .and(col("reason_code").equalTo("out_of_scope")))
            .count());
  }
}
