package org.tipevidence.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.tipevidence.jobs.pipeline.Conservation;
import org.tipevidence.jobs.testing.Fixtures;
import org.tipevidence.jobs.testing.PipelineBuild;

/**
 * IATI baselines and targets through the real pipeline (docs/INPUTS.md, IATI targets): the final
 * target becomes the programme target progress uses; targets.csv wins over an IATI file for the
 * same programme and indicator; every derived row is accepted or quarantined with line and path
 * under its own data quality row; a broken file is reported once, by its actuals.
 */
class IatiTargetsTest {
  /** NPL-TIP reports victims identified with a milestone (2020) and a final target (2023). */
  static final String NEPAL =
      """
        <iati-activity last-updated-datetime="2024-03-01T00:00:00Z">
          <iati-identifier>XM-NPL</iati-identifier>
          <other-identifier ref="NPL-TIP" type="A1"/>
          <recipient-country code="NP"/>
          <result type="1">
            <indicator measure="1" ascending="1">
              <title><narrative>Victims identified</narrative></title>
              <baseline year="2018" value="10"/>
              <period><period-start iso-date="2019-01-01"/><period-end iso-date="2019-12-31"/>
                <actual value="12"/></period>
              <period><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/>
                <target value="15"/><actual value="16"/></period>
              <period><period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/>
                <actual value="20"/></period>
              <period><period-start iso-date="2023-01-01"/><period-end iso-date="2023-12-31"/>
                <target value="30"/></period>
            </indicator>
            <indicator measure="1">
              <title><narrative>Victims identified per 100,000</narrative></title>
              <period><period-start iso-date="2023-01-01"/><period-end iso-date="2023-12-31"/>
                <target value="Baseline +50%"/></period>
            </indicator>
          </result>
        </iati-activity>
      """;

  /** MEX-SOM's IATI target for prosecutions, which targets.csv also gives (targets.csv wins). */
  static final String MEXICO =
      """
        <iati-activity last-updated-datetime="2024-03-01T00:00:00Z">
          <iati-identifier>XM-MEX</iati-identifier>
          <other-identifier ref="MEX-SOM" type="A1"/>
          <recipient-country code="MX"/>
          <result type="1">
            <indicator measure="1">
              <reference vocabulary="99" code="PROSECUTIONS_SOM"/>
              <baseline year="2018" value="6"/>
              <period><period-start iso-date="2019-01-01"/><period-end iso-date="2019-12-31"/>
                <actual value="8"/></period>
              <period><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/>
                <actual value="9"/></period>
              <period><period-start iso-date="2018-01-01"/><period-end iso-date="2025-12-31"/>
                <target value="50"/></period>
            </indicator>
          </result>
        </iati-activity>
      """;

  static final String TARGETS_CSV =
      """
      programme_id,indicator_code,baseline_year,baseline_value,target_year,target_value
      MEX-SOM,PROSECUTIONS_SOM,2018,5,2025,40
      """;

  @TempDir static Path dir;
  static Map<String, Dataset<Row>> out;

  @BeforeAll
  static void run() throws IOException {
    String xml =
        "<?xml version=\"1.0\"?>\n<iati-activities version=\"2.03\">\n"
            + NEPAL
            + MEXICO
            + "</iati-activities>\n";
    // Broken half-way after a target: nothing of it may be used, and it is reported once.
    String broken = xml.substring(0, xml.indexOf("<actual value=\"20\"/>")) + "<actual value=";
    Path input = Fixtures.inputFolder(dir, "a.xml", xml, "broken.xml", broken);
    Files.writeString(input.resolve("targets.csv"), TARGETS_CSV);
    out = PipelineBuild.outputs(input);
  }

  static Row series(String programme, String indicator) {
    return out.get("series_progress")
        .where(
            col("scope_type")
                .equalTo("programme")
                .and(col("scope_id").equalTo(programme))
                .and(col("indicator_code").equalTo(indicator))
                .and(col("sex").equalTo("_T"))
                .and(col("age_group").equalTo("_T"))
                .and(col("exploitation_form").equalTo("_T")))
        .first();
  }

  @Test
  void theFinalIatiTargetIsTheProgrammeTargetProgressUses() {
    Row nepal = series("NPL-TIP", "VICTIMS_IDENTIFIED");
    assertEquals("programme_targets", nepal.getAs("target_source"));
    assertEquals(2023, (int) nepal.<Integer>getAs("target_year"));
    assertEquals(30.0, nepal.<Double>getAs("target_value"));
  }

  @Test
  void targetsCsvWinsOverAnIatiFileForTheSameProgrammeAndIndicator() {
    Row mexico = series("MEX-SOM", "PROSECUTIONS_SOM");
    assertEquals("programme_targets", mexico.getAs("target_source"));
    assertEquals(40.0, mexico.<Double>getAs("target_value"));
  }

  @Test
  void everyDerivedRowIsAcceptedOrQuarantinedWithLineAndPath() {
    Map<String, String> byPath = new TreeMap<>();
    for (Row r :
        out.get("quarantine")
            .where(col("source_file").equalTo("submissions/a.xml#targets"))
            .select("record", "reason_code", "reason", "stage", "source_line")
            .collectAsList()) {
      String record = r.getString(0);
      byPath.put(record.substring(0, record.indexOf(' ')), r.getString(1));
      assertEquals("targets", r.getString(3));
      assertTrue(r.getLong(4) > 0);
      if (r.getString(1).equals("conflicting_duplicate")) {
        assertTrue(r.getString(2).contains("targets.csv line 2"), r.getString(2));
      }
    }
    assertEquals(
        Map.of(
            "/iati-activities[1]/iati-activity[1]/result[1]/indicator[2]/period[1]/target[1]",
            "unparseable_number",
            "/iati-activities[1]/iati-activity[2]/result[1]/indicator[1]/period[3]/target[1]",
            "conflicting_duplicate"),
        byPath);
    Map<String, List<Long>> quality = new TreeMap<>();
    for (Row r :
        out.get("data_quality")
            .where(col("input_kind").equalTo("targets"))
            .select("source_file", "rows_read", "rows_accepted", "rows_quarantined")
            .collectAsList()) {
      quality.put(r.getString(0), List.of(r.getLong(1), r.getLong(2), r.getLong(3)));
    }
    assertEquals(
        Map.of(
            "submissions/a.xml#targets", List.of(3L, 1L, 2L),
            "targets.csv", List.of(1L, 1L, 0L)),
        quality);
    assertEquals(
        List.of(),
        Conservation.check(
            out.get("data_quality"),
            out.get("quarantine"),
            Map.of("observations", out.get("observations"))));
  }

  @Test
  void aBrokenFileIsReportedOnceByItsActuals() {
    assertEquals(
        1,
        out.get("quarantine").where(col("source_file").startsWith("submissions/broken")).count());
    assertEquals(
        0,
        out.get("data_quality")
            .where(col("source_file").equalTo("submissions/broken.xml#targets"))
            .count());
  }
}
