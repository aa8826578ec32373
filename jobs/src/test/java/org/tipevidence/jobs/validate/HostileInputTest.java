package org.tipevidence.jobs.validate;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.tipevidence.jobs.testing.Fixtures;
import org.tipevidence.jobs.testing.PipelineBuild;

/**
 * Input an adversarial user would send (issue 15), through the real readers and rules in one
 * pipeline build: every row ends accepted or quarantined with a reason that names the problem.
 */
class HostileInputTest {
  private static final String ROW =
      "NPL-TIP,NPL,VICTIMS_IDENTIFIED,%s,F,Y0T17,SEX_EXPL,%s,%s,team\n";
  private static final String AT = "2024-01-10T00:00:00Z";

  private static Map<String, Dataset<Row>> outputs;

  private static String row(String period, String value) {
    return String.format(ROW, period, value, AT);
  }

  @BeforeAll
  static void build(@TempDir Path dir) throws IOException {
    Path input =
        Fixtures.inputFolder(
            dir,
            "numbers.csv",
            Fixtures.SUBMISSION_HEADER
                + row("2016", "1e309") // 2
                + row("2017", "Infinity") // 3
                + row("2018", "NaN") // 4
                + row("2019", "12d") // 5
                + row("2020", "0x10") // 6
                + row("2021", "3.5") // 7 fractional person count
                + row("2022", "1.2e1") // 8 accepted: 12
                + row("2023", "-inf") // 9
                + "NPL-TIP,NPL,CHILD_LABOUR_RATE,2019,_T,_T,_T,12.5,"
                + AT
                + ",t\n"); // 10 ok
    Path subs = input.resolve("submissions");
    Files.writeString(
        subs.resolve("json.jsonl"),
        json("2016", "5, \"value\": 6000") // 1 duplicate key
            + json("2017", "{\"n\": 5}") // 2 nested object
            + json("2018", "NaN") // 3 JSON NaN
            + json("2019", "[1, 2]") // 4 array
            + json("2020", "\"7\"")); // 5 accepted
    Files.write(
        subs.resolve("latin1.csv"),
        (Fixtures.SUBMISSION_HEADER
                + row("2016-Q1", "4")
                + row("2017-Q1", "5").replace("team", "Fiscalía"))
            .getBytes(StandardCharsets.ISO_8859_1));
    Files.write(
        subs.resolve("utf16.csv"),
        ("\uFEFF" + Fixtures.SUBMISSION_HEADER + row("2016", "4") + row("2017", "5"))
            .getBytes(StandardCharsets.UTF_16LE));
    Files.writeString(
        subs.resolve("huge.csv"),
        Fixtures.SUBMISSION_HEADER
            + row("2016-Q3", "4")
            + row("2017-Q3", "5").replace("team", "x".repeat(3 << 20))
            + row("2018-Q3", "6"));
    Files.writeString(
        subs.resolve("unterminated.csv"),
        Fixtures.SUBMISSION_HEADER
            + row("2016-Q2", "4")
            + row("2017-Q2", "5").replace("team", "\"team")
            + row("2018-Q2", "6")
            + row("2019-Q2", "7")
            + row("2020-Q2", "8"));
    Files.writeString(
        input.resolve("population.csv"),
        Fixtures.POPULATION + "IND,2019,1e309\nIND,2020,1.5e6\nIND,2021,100.5\n");
    Files.writeString(
        input.resolve("targets.csv"),
        "programme_id,indicator_code,baseline_year,baseline_value,target_year,target_value\n"
            + "NPL-TIP,VICTIMS_IDENTIFIED,2016,10,2030.5,Infinity\n");
    outputs = PipelineBuild.outputs(input);
  }

  private static String json(String period, String value) {
    return "{\"programme_id\": \"NPL-TIP\", \"country_iso3\": \"NPL\", \"indicator_code\":"
        + " \"VICTIMS_IDENTIFIED\", \"period\": \""
        + period
        + "\", \"sex\": \"F\", \"age_group\": \"Y0T17\", \"exploitation_form\": \"SEX_EXPL\","
        + " \"value\": "
        + value
        + ", \"reported_at\": \""
        + AT
        + "\", \"submitted_by\": \"team\"}\n";
  }

  /** line → "reason_code: reason" (accepted lines absent). */
  private static Map<Long, String> quarantined(String file) {
    Map<Long, String> out = new TreeMap<>();
    for (Row r :
        outputs
            .get("quarantine")
            .where(col("source_file").equalTo(file))
            .select("source_line", "reason_code", "reason")
            .collectAsList()) {
      out.put(r.getLong(0), r.getString(1) + ": " + r.getString(2));
    }
    return out;
  }

  private static void assertReason(Map<Long, String> q, long line, String code, String text) {
    String got = q.get(line);
    assertTrue(got != null && got.startsWith(code + ":"), "line " + line + ": " + got);
    assertTrue(got.contains(text), "line " + line + ": " + got);
  }

  @Test
  void nonFiniteAndNonPlainNumbersAreUnparseable() {
    Map<Long, String> q = quarantined("submissions/numbers.csv");
    assertReason(q, 2, "unparseable_number", "'1e309' is too large");
    assertReason(q, 3, "unparseable_number", "'Infinity' is not a finite number");
    assertReason(q, 4, "unparseable_number", "'NaN' is not a finite number");
    assertReason(q, 5, "unparseable_number", "'12d' is not a plain decimal");
    assertReason(q, 6, "unparseable_number", "'0x10' is not a plain decimal");
    assertReason(q, 7, "fractional_count", "'3.5'");
    assertReason(q, 9, "unparseable_number", "'-inf' is not a finite number");
    assertEquals(7, q.size(), q.toString());
    List<Row> values =
        outputs
            .get("observations")
            .where(col("source_file").equalTo("submissions/numbers.csv"))
            .orderBy("source_line")
            .select("raw_value")
            .collectAsList();
    assertEquals(List.of(12.0, 12.5), values.stream().map(r -> r.getDouble(0)).toList());
  }

  @Test
  void referenceTableNumbersFollowTheSameRule() {
    Map<Long, String> pop = quarantined("population.csv");
    assertReason(pop, 5, "unparseable_number", "population '1e309' is too large");
    assertReason(pop, 7, "fractional_count", "population '100.5'");
    assertEquals(2, pop.size(), pop.toString());
    Map<Long, String> targets = quarantined("targets.csv");
    assertReason(targets, 2, "unparseable_number", "target_value 'Infinity'");
  }

  @Test
  void oversizedRecordIsQuarantinedTruncatedAndTheRunGoesOn() {
    Map<Long, String> q = quarantined("submissions/huge.csv");
    assertEquals(List.of(3L), List.copyOf(q.keySet()), q.toString());
    assertReason(q, 3, "malformed_record", "over the limit of 1048576 bytes");
    String record =
        outputs
            .get("quarantine")
            .where(col("source_file").equalTo("submissions/huge.csv"))
            .select("record")
            .first()
            .getString(0);
    assertTrue(record.length() < 2_000, "record kept truncated: " + record.length());
    assertTrue(record.contains("truncated"), record.substring(0, 100));
  }

  @Test
  void ambiguousJsonIsMalformedInTheSubmittersWords() {
    Map<Long, String> q = quarantined("submissions/json.jsonl");
    assertReason(q, 1, "malformed_record", "the key \"value\" appears more than once");
    assertReason(q, 2, "malformed_record", "\"value\" holds a JSON object");
    assertReason(q, 3, "malformed_record", "NaN or Infinity is not a number JSON allows");
    assertReason(q, 4, "malformed_record", "\"value\" holds a JSON array");
    assertEquals(4, q.size(), q.toString());
    assertTrue(q.values().stream().noneMatch(r -> r.contains("ALLOW_") || r.contains("Feature")));
  }

  @Test
  void invalidUtf8AndUtf16AreNamedWithTheFix() {
    Map<Long, String> latin = quarantined("submissions/latin1.csv");
    assertEquals(List.of(3L), List.copyOf(latin.keySet()), latin.toString());
    assertReason(latin, 3, "invalid_text_encoding", "not valid UTF-8");
    assertReason(latin, 3, "invalid_text_encoding", "save it as UTF-8");
    Map<Long, String> utf16 = quarantined("submissions/utf16.csv");
    assertTrue(utf16.size() >= 2, utf16.toString());
    utf16.forEach((line, r) -> assertReason(utf16, line, "invalid_text_encoding", "UTF-16"));
  }

  @Test
  void unterminatedQuoteNamesTheSwallowedLines() {
    Map<Long, String> q = quarantined("submissions/unterminated.csv");
    assertEquals(List.of(3L), List.copyOf(q.keySet()), q.toString());
    assertReason(q, 3, "malformed_record", "swallowed lines 3–6");
    assertReason(q, 3, "malformed_record", "4 lines, probably 4 rows");
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
  }
}
