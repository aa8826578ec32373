package org.tipevidence.jobs.validate;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.testing.Fixtures;
import org.tipevidence.jobs.testing.PipelineBuild;

/** Every submission row rule, one named row each, checked by file line. */
class SubmissionRulesTest {
  private static final String GOOD = "NPL-TIP,NPL,VICTIMS_IDENTIFIED,2019,F,Y0T17,SEX_EXPL,";

  /** line → expected reason_code (null: accepted). The header is line 1. */
  private static final Map<Integer, String> EXPECTED = new TreeMap<>();

  private static final String CSV =
      Fixtures.SUBMISSION_HEADER
          + GOOD
          + "12,2024-01-10T00:00:00Z,team\n" // 2 accepted
          + "NPL-TIP,NPL,VICTIMS_IDENTIFIED,2019\n" // 3 malformed (4 fields)
          + "NPL-TIP,NPL,VICTIMS_IDENTIFIED,2019,F,Y0T17,SEX_EXPL,,2024-01-10T00:00:00Z,team\n" // 4
          + "NOPE,NPL,VICTIMS_IDENTIFIED,2019,F,Y0T17,SEX_EXPL,5,2024-01-10T00:00:00Z,team\n" // 5
          + "NPL-TIP,XYZ,VICTIMS_IDENTIFIED,2019,F,Y0T17,SEX_EXPL,5,2024-01-10T00:00:00Z,team\n" // 6
          + "NPL-TIP,BGD,VICTIMS_IDENTIFIED,2019,F,Y0T17,SEX_EXPL,5,2024-01-10T00:00:00Z,team\n" // 7
          + "NPL-TIP,NPL,VICTIMS_IDENTIFIED,2019-Q5,F,Y0T17,SEX_EXPL,5,2024-01-10T00:00:00Z,t\n" // 8
          + "NPL-TIP,NPL,VICTIMS_IDENTIFIED,2015,F,Y0T17,SEX_EXPL,5,2024-01-10T00:00:00Z,team\n" // 9
          + "NPL-TIP,NPL,VICTIMS_IDENTIFIED,2019,X,Y0T17,SEX_EXPL,5,2024-01-10T00:00:00Z,team\n" // 10
          + "NPL-TIP,NPL,NOT_MAPPED,2019,F,Y0T17,SEX_EXPL,5,2024-01-10T00:00:00Z,team\n" // 11
          + "NPL-TIP,NPL,PROSECUTIONS_SOM,2019,_T,_T,_T,5,2024-01-10T00:00:00Z,team\n" // 12
          + GOOD.replace("2019", "2020")
          + "12a,2024-01-10T00:00:00Z,team\n" // 13
          + GOOD.replace("2019", "2020")
          + "-3,2024-01-10T00:00:00Z,team\n" // 14
          + "NPL-TIP,NPL,CHILD_LABOUR_RATE,2019,_T,_T,_T,140,2024-01-10T00:00:00Z,team\n" // 15
          + GOOD.replace("2019", "2021")
          + "7,yesterday,team\n" // 16
          + "NPL-TIP,IND,VICTIMS_RATE,2019,_T,_T,_T,40,2024-01-10T00:00:00Z,team\n" // 17
          + GOOD.replace("2019", "2022")
          + "7,2024-01-10T00:00:00Z,team\n" // 18 conflicting
          + GOOD.replace("2019", "2022")
          + "8,2024-01-10T00:00:00Z,team\n" // 19 conflicting
          + GOOD.replace("2019", "2023")
          + "9,2024-01-10T00:00:00Z,team\n" // 20 accepted
          + GOOD.replace("2019", "2023")
          + "9,2024-01-10T00:00:00Z,team\n" // 21 duplicate_row
          + GOOD.replace("2019", "2019-Q2")
          + "3,2024-01-10T00:00:00Z,team\n" // 22 superseded
          + GOOD.replace("2019", "2019-Q2")
          + "4,2024-03-01T00:00:00Z,team\n" // 23 accepted
          + "NPL-TIP,npl,VICTIMS_RATE,2019,female,<18,,40,2024-01-10T00:00:00Z,team\n"; // 24 ok

  static {
    EXPECTED.put(2, null);
    EXPECTED.put(3, "malformed_record");
    EXPECTED.put(4, "missing_required_field");
    EXPECTED.put(5, "unknown_programme");
    EXPECTED.put(6, "invalid_country_code");
    EXPECTED.put(7, "country_not_in_programme");
    EXPECTED.put(8, "invalid_period");
    EXPECTED.put(9, "period_outside_programme");
    EXPECTED.put(10, "unknown_disaggregation_code");
    EXPECTED.put(11, "unmapped_indicator");
    EXPECTED.put(12, "crime_type_mismatch");
    EXPECTED.put(13, "unparseable_number");
    EXPECTED.put(14, "negative_count");
    EXPECTED.put(15, "percentage_out_of_range");
    EXPECTED.put(16, "invalid_timestamp");
    EXPECTED.put(17, "missing_population");
    EXPECTED.put(18, "conflicting_duplicate");
    EXPECTED.put(19, "conflicting_duplicate");
    EXPECTED.put(20, null);
    EXPECTED.put(21, "duplicate_row");
    EXPECTED.put(22, "superseded");
    EXPECTED.put(23, null);
    EXPECTED.put(24, null);
  }

  private static Map<String, Dataset<Row>> outputs;

  @BeforeAll
  static void runPipeline(@TempDir Path dir) {
    Path input =
        Fixtures.inputFolder(
            dir,
            "rules.csv",
            CSV,
            "header.csv",
            "programme_id,country,indicator_code,period,sex,age_group,exploitation_form,value,"
                + "reported_at,submitted_by,extra\nNPL-TIP,NPL,X,2019,F,_T,_T,1,2024-01-01,t,z\n");
    outputs = PipelineBuild.outputs(input);
  }

  @Test
  void everyRowGetsItsExpectedReason() {
    Map<Integer, String> actual = new TreeMap<>();
    for (Row row :
        outputs
            .get("quarantine")
            .where(col("source_file").equalTo("submissions/rules.csv"))
            .select("source_line", "reason_code")
            .collectAsList()) {
      actual.put((int) row.getLong(0), row.getString(1));
    }
    for (Row row :
        outputs
            .get("observations")
            .where(col("source_file").equalTo("submissions/rules.csv"))
            .select("source_line")
            .collectAsList()) {
      actual.put((int) row.getLong(0), null);
    }
    assertEquals(EXPECTED, actual);
  }

  @Test
  void everySubmissionReasonCodeIsCovered() {
    Set<ReasonCode> covered = EnumSet.noneOf(ReasonCode.class);
    EXPECTED.values().stream()
        .filter(c -> c != null)
        .forEach(c -> covered.add(ReasonCode.fromCode(c).orElseThrow()));
    covered.add(ReasonCode.HEADER_MISMATCH); // headerMismatchQuarantinesTheWholeFile
    Set<ReasonCode> submissionReasons =
        EnumSet.range(ReasonCode.HEADER_MISMATCH, ReasonCode.SUPERSEDED);
    assertEquals(submissionReasons, covered);
  }

  @Test
  void headerMismatchQuarantinesTheWholeFileNamingMissingAndUnexpectedColumns() {
    List<Row> rows =
        outputs
            .get("quarantine")
            .where(col("source_file").equalTo("submissions/header.csv"))
            .select("reason_code", "reason")
            .collectAsList();
    assertEquals(1, rows.size());
    assertEquals("header_mismatch", rows.get(0).getString(0));
    String reason = rows.get(0).getString(1);
    assertTrue(reason.contains("[country_iso3]"), reason);
    assertTrue(reason.contains("[country, extra]"), reason);
  }

  @Test
  void labelsAreNormalisedAndRatesComputedPer100k() {
    Row row =
        outputs
            .get("observations")
            .where(col("source_line").equalTo(24))
            .select(
                "country_iso3",
                "sex",
                "age_group",
                "exploitation_form",
                "value",
                "unit",
                "raw_value")
            .first();
    assertEquals("NPL", row.getString(0));
    assertEquals("F", row.getString(1));
    assertEquals("Y0T17", row.getString(2));
    assertEquals("_T", row.getString(3));
    assertEquals(40 / 28_600_000.0 * 100_000, row.getDouble(4), 1e-12);
    assertEquals("PER_100000_POP", row.getString(5));
    assertEquals(40.0, row.getDouble(6));
  }

  @Test
  void conservationPerFile() {
    for (Row row :
        outputs
            .get("data_quality")
            .select("source_file", "rows_read", "rows_accepted", "rows_quarantined")
            .collectAsList()) {
      assertEquals(row.getLong(1), row.getLong(2) + row.getLong(3), row.getString(0));
    }
    Row rules =
        outputs
            .get("data_quality")
            .where(col("source_file").equalTo("submissions/rules.csv"))
            .select("rows_read", "rows_accepted", "superseded", "conflicting_duplicate")
            .first();
    assertEquals(23, rules.getLong(0));
    assertEquals(4, rules.getLong(1));
    assertEquals(1, rules.getLong(2));
    assertEquals(2, rules.getLong(3));
  }
}
