package org.tipevidence.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.testing.PipelineBuild;

/**
 * One programme's figures sent three ways (issue #18): as a submissions CSV ({@code
 * dhis2/same.csv}), as a DHIS2 dataValueSet ({@code dhis2/same.dhis2.json}, mapped by {@code
 * dhis2/dhis2-map.json}) and as an IATI activity file ({@code iati/same.xml}). Each goes through
 * the real pipeline in its own input folder and publishes the same figures: the observations and
 * the series and progress tables, every column but where a row came from. The data exercise each
 * format's mapping (disaggregations, quarters, a per-100,000 indicator, a percentage, TIP and SOM
 * apart) and a resubmission, which must be decided alike; the IATI file's baselines and final
 * targets give the same programme targets as the other folders' targets.csv ({@code
 * dhis2/same-targets.csv}).
 *
 * <p>DHIS2's CSV export ({@code dhis2/same.dhis2.csv}) is compared on its observations only: the
 * published tables are computed from observations by code that does not know which format a row
 * came from, and a full build costs the progress tables' half minute.
 */
class ThreeFormatsTest {
  /** Tables published from the observations; none says which file a figure came from. */
  static final List<String> PUBLISHED =
      List.of("series_values", "series_progress", "target_progress", "programme_scorecard");

  @TempDir static Path dir;

  /** Full builds by submission file. */
  static final Map<String, Map<String, Dataset<Row>>> FULL = new LinkedHashMap<>();

  static Map<String, Dataset<Row>> dhis2Csv;

  @BeforeAll
  static void build() {
    for (String file : List.of("dhis2/same.csv", "dhis2/same.dhis2.json", "iati/same.xml")) {
      Path in = SubmissionFixtures.folder(dir.resolve(file.replace('/', '-')), file);
      if (!file.endsWith(".xml")) {
        // IATI carries baselines and targets in the activity file; the others send targets.csv.
        SubmissionFixtures.copy("dhis2/same-targets.csv", in.resolve("targets.csv"));
      }
      FULL.put(submitted(file), PipelineBuild.outputs(in));
    }
    dhis2Csv =
        SubmissionFixtures.submissions(
            SubmissionFixtures.folder(dir.resolve("dhis2csv"), "dhis2/same.dhis2.csv"));
  }

  private static String submitted(String resource) {
    return "submissions/" + Path.of(resource).getFileName();
  }

  @Test
  void publishedFiguresAreIdenticalWhicheverWayTheDataIsSubmitted() {
    Map<String, Dataset<Row>> csv = FULL.get("submissions/same.csv");
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("observations", SubmissionFixtures.rows(figures(csv.get("observations"))));
    for (String output : PUBLISHED) {
      expected.put(output, SubmissionFixtures.rows(csv.get(output)));
    }
    expected.forEach(
        (output, rows) -> assertFalse(rows.isEmpty(), output + " is empty: proves nothing"));
    assertEquals(9, expected.get("observations").size(), "ten values, one superseded");
    for (var run : FULL.entrySet()) {
      String vs = " (CSV vs " + run.getKey() + ")";
      if (run.getValue() != csv) {
        for (String output : expected.keySet()) {
          Dataset<Row> data = run.getValue().get(output);
          assertEquals(
              expected.get(output),
              SubmissionFixtures.rows(output.equals("observations") ? figures(data) : data),
              output + vs);
        }
      }
      // The resubmission rule decides alike: the 2020 total sent twice keeps the later one.
      assertEquals(
          List.of("[superseded]"),
          SubmissionFixtures.rows(run.getValue().get("quarantine").select("reason_code")),
          "quarantine" + vs);
    }
    assertEquals(
        1,
        csv.get("observations")
            .where("indicator_code = 'VICTIMS_IDENTIFIED' AND period = '2020'")
            .where("sex = '_T' AND age_group = '_T' AND value = 155")
            .count(),
        "the later total is the one kept");
  }

  @Test
  void iatiTargetsAreTheTargetsCsvRows() {
    assertEquals(
        List.of("[targets.csv,2,2,0]"),
        SubmissionFixtures.rows(
            readAcceptedQuarantined(FULL.get("submissions/same.csv"), "targets.csv")));
    assertEquals(
        List.of("[submissions/same.xml#targets,2,2,0]"),
        SubmissionFixtures.rows(
            readAcceptedQuarantined(
                FULL.get("submissions/same.xml"), "submissions/same.xml#targets")));
    Dataset<Row> programmeTargets =
        FULL.get("submissions/same.xml")
            .get("series_progress")
            .where("target_source = 'programme_targets'")
            .select("indicator_code", "target_year", "target_value");
    assertEquals(
        List.of("[CHILD_LABOUR_RATE,2019,3.0]", "[VICTIMS_IDENTIFIED,2019,150.0]"),
        SubmissionFixtures.rows(programmeTargets));
  }

  private static Dataset<Row> readAcceptedQuarantined(Map<String, Dataset<Row>> run, String file) {
    return run.get("data_quality")
        .where(org.apache.spark.sql.functions.col("source_file").equalTo(file))
        .select("source_file", "rows_read", "rows_accepted", "rows_quarantined");
  }

  @Test
  void dhis2CsvExportGivesTheSameObservations() {
    Dataset<Row> ours = figures(dhis2Csv.get("observations"));
    Dataset<Row> csv = FULL.get("submissions/same.csv").get("observations").select(columns(ours));
    assertEquals(SubmissionFixtures.rows(csv), SubmissionFixtures.rows(ours));
    assertEquals(
        List.of("[superseded]"),
        SubmissionFixtures.rows(dhis2Csv.get("quarantine").select("reason_code")));
  }

  @Test
  void rowsReadEqualAcceptedPlusQuarantinedPerFile() {
    for (var run : FULL.entrySet()) {
      SubmissionFixtures.assertConserved(run.getValue(), Map.of(run.getKey(), 10L));
    }
    SubmissionFixtures.assertConserved(dhis2Csv, Map.of("submissions/same.dhis2.csv", 10L));
  }

  /** Every column but where the row came from (file, line, the record as written). */
  static Dataset<Row> figures(Dataset<Row> data) {
    return data.drop(
        Arrays.stream(data.columns())
            .filter(c -> c.startsWith("source_") || c.equals("record"))
            .toArray(String[]::new));
  }

  private static org.apache.spark.sql.Column[] columns(Dataset<Row> data) {
    return Arrays.stream(data.columns())
        .map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }
}
