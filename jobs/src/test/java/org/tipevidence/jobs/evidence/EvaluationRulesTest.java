package org.tipevidence.jobs.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputFormat;
import org.tipevidence.jobs.testing.SharedSpark;

/** Row rules the sample file does not plant, one named fixture line each. */
class EvaluationRulesTest {
  private static final String HEAD = "S,,awareness_campaign,knowledge_and_attitudes,rct,low,";

  @TempDir Path dir;

  @Test
  void eachBrokenRuleQuarantinesItsLineAndGoodRowsPass() throws IOException {
    String blank14 = ",,,,,,,,,,,,,,";
    List<String> lines =
        List.of(
            String.join(",", EvaluationColumns.ALL),
            // 2: valid, zero cell -> corrected
            "A-1,,awareness_campaign,safe_migration_decisions,rct,low,2020,NPL,tip,LOG_RR,0,50,4,52,,,,,,,,,,,src",
            // 3: duplicate study outcome of line 2
            "A-1,,awareness_campaign,safe_migration_decisions,rct,low,2020,NPL,TIP,log_rr,3,50,4,52,,,,,,,,,,,src",
            // 4: two data blocks
            "A-2,,awareness_campaign,income,rct,low,2020,NPL,TIP,,3,50,4,52,1,1,10,1,1,10,,,,,src",
            // 5: year not a number
            HEAD.replace("S", "A-3") + "20x1,NPL,TIP,smd,,,,,,,,,,,0.2,0.1,,,src",
            // 6: crime type
            HEAD.replace("S", "A-4") + "2020,NPL,HT,smd,,,,,,,,,,,0.2,0.1,,,src",
            // 7: country
            HEAD.replace("S", "A-5") + "2020,UK,TIP,smd,,,,,,,,,,,0.2,0.1,,,src",
            // 8: a lone CI bound and no SE
            HEAD.replace("S", "A-6") + "2020,NPL,TIP,smd,,,,,,,,,,,0.2,,0.1,,src",
            // 9: means with a ratio measure
            HEAD.replace("S", "A-7") + "2020,NPL,TIP,log_rr,,,,,5,1,20,4,1,20,,,,,src",
            // 10: no data at all
            HEAD.replace("S", "A-8") + "2020,NPL,TIP,smd" + blank14 + ",src",
            // 11: unknown design
            "A-9,,awareness_campaign,income,cohort,low,2020,NPL,TIP,smd,,,,,,,,,,,0.2,0.1,,,src");
    Path file = dir.resolve("evaluations.csv");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    EvidenceOutputs out =
        new EvidenceStage(SharedSpark.get(), EvidenceSettings.DEFAULT)
            .apply(List.of(new InputFile(file.toString(), "evaluations.csv", InputFormat.CSV)));
    List<Row> bad = out.checked().quarantine().orderBy("source_line").collectAsList();
    String[][] expected = {
      {"3", "duplicate_row", "study_id"},
      {"4", "invalid_value", ""},
      {"5", "unparseable_number", "year"},
      {"6", "invalid_value", "crime_type"},
      {"7", "invalid_country_code", "country_iso3"},
      {"8", "missing_required_field", "effect_ci_high"},
      {"9", "measure_not_applicable", "effect_measure"},
      {"10", "missing_required_field", ""},
      {"11", "unknown_vocabulary_term", "design"},
    };
    assertEquals(expected.length, bad.size(), () -> "quarantine: " + bad);
    for (int i = 0; i < expected.length; i++) {
      Row row = bad.get(i);
      assertEquals(Long.parseLong(expected[i][0]), row.<Long>getAs("source_line"));
      assertEquals(expected[i][1], row.getAs("reason_code"), "line " + expected[i][0]);
      assertEquals(expected[i][2], row.getAs("column"), "line " + expected[i][0]);
    }
    assertTrue(bad.get(0).<String>getAs("reason").contains("line 2"), "names the kept line");
    List<Row> effects = out.effects().collectAsList();
    assertEquals(1, effects.size());
    Row kept = effects.get(0);
    assertEquals(2L, kept.<Long>getAs("source_line"));
    assertEquals("TIP", kept.getAs("crime_type"));
    assertEquals("log_rr", kept.getAs("effect_measure"));
    assertEquals(true, kept.getAs("zero_cell_corrected"));
    // metafor to="only0": 0.5 added to every cell, so arms of 51 and 53.
    assertEquals(Math.log(0.5 / 51) - Math.log(4.5 / 53), kept.<Double>getAs("yi"), 1e-12);
  }
}
