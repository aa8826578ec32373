package org.tipevidence.jobs.evidence;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.common.evidence.MetaMethod;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputFormat;
import org.tipevidence.jobs.testing.SharedSpark;

/**
 * The 13 BCG trials (methods.md §3.3) as 2x2 evaluation rows, plus one broken row: the stage must
 * quarantine the broken row and pool the rest to metafor's REML values (methods.md §7.3).
 */
class BcgSynthesisTest {
  private static final long[][] BCG = {
    {4, 119, 11, 128}, {6, 300, 29, 274}, {3, 228, 11, 209}, {62, 13536, 248, 12619},
    {33, 5036, 47, 5761}, {180, 1361, 372, 1079}, {8, 2537, 10, 619}, {505, 87886, 499, 87892},
    {29, 7470, 45, 7232}, {17, 1699, 65, 1600}, {186, 50448, 141, 27197}, {5, 2493, 3, 2338},
    {27, 16886, 29, 17825}
  };

  @TempDir Path dir;

  private List<Row> run(EvidenceSettings settings) throws IOException {
    return run(settings, "").synthesis().orderBy(col("level")).collectAsList();
  }

  private EvidenceOutputs run(EvidenceSettings settings, String extraRows) throws IOException {
    StringBuilder csv = new StringBuilder(String.join(",", EvaluationColumns.ALL)).append('\n');
    for (int i = 0; i < BCG.length; i++) {
      long[] t = BCG[i];
      csv.append(row("BCG-" + (i + 1), t[0], t[0] + t[1], t[2], t[2] + t[3]));
    }
    csv.append(row("BCG-BROKEN", 50, 40, 3, 30)); // 50 events among 40 vaccinated
    csv.append(extraRows);
    Path file = dir.resolve("evaluations.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    EvidenceOutputs out =
        new EvidenceStage(SharedSpark.get(), settings)
            .apply(List.of(new InputFile(file.toString(), "evaluations.csv", InputFormat.CSV)));
    List<Row> bad = out.checked().quarantine().collectAsList();
    assertEquals(1, bad.size());
    assertEquals("events_exceed_total", bad.get(0).getAs("reason_code"));
    assertEquals(15L, bad.get(0).<Long>getAs("source_line"));
    return out;
  }

  private static String row(String id, long e1, long n1, long e2, long n2) {
    // Tuberculosis cases: fewer is better, so the outcome is mapped to re_trafficking (lower).
    return String.join(
            ",",
            id,
            "",
            "shelter_and_assistance",
            "re_trafficking",
            "rct",
            "low",
            "1970",
            "GBR",
            "TIP",
            "log_rr",
            Long.toString(e1),
            Long.toString(n1),
            Long.toString(e2),
            Long.toString(n2),
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "BCG trial (Colditz et al. 1994)")
        + "\n";
  }

  @Test
  void remlMatchesMetafor() throws IOException {
    List<Row> cells = run(EvidenceSettings.DEFAULT);
    assertEquals(2, cells.size(), "intervention and pillar level");
    for (Row r : cells) {
      String level = r.getAs("level");
      assertEquals(13, r.<Integer>getAs("k"), level);
      assertEquals(-0.7145, r.<Double>getAs("estimate"), 5e-5, level);
      assertEquals(0.3132, r.<Double>getAs("tau2"), 5e-5, level);
      assertEquals(0.1798, r.<Double>getAs("se"), 5e-5, level);
      assertEquals(-1.0669, r.<Double>getAs("ci_low"), 5e-5, level);
      assertEquals(-0.3622, r.<Double>getAs("ci_high"), 5e-5, level);
      assertEquals(92.2214, r.<Double>getAs("i2"), 5e-5, level);
      assertEquals(12.8558, r.<Double>getAs("h2"), 5e-5, level);
      assertEquals(152.2330, r.<Double>getAs("q"), 5e-5, level);
      assertEquals(12, r.<Integer>getAs("q_df"), level);
      assertEquals(0.4894, r.<Double>getAs("estimate_natural"), 5e-5, level);
      assertEquals(0.1546, r.<Double>getAs("pi_low_natural"), 5e-5, level);
      assertEquals(1.5490, r.<Double>getAs("pi_high_natural"), 5e-5, level);
      assertEquals("reml", r.getAs("method"));
      assertEquals("pooled", r.getAs("status"));
      assertEquals("favours_intervention", r.getAs("direction"));
      assertEquals(13, r.<Integer>getAs("n_rct"));
    }
  }

  @Test
  void derSimonianLairdWithKnappHartungWhenConfigured() throws IOException {
    Row r = run(new EvidenceSettings(MetaMethod.DL, true)).get(0);
    assertEquals(-0.7141, r.<Double>getAs("estimate"), 5e-5);
    assertEquals(0.3088, r.<Double>getAs("tau2"), 5e-5);
    assertEquals(-1.1078, r.<Double>getAs("ci_low"), 5e-5);
    assertEquals(-0.3204, r.<Double>getAs("ci_high"), 5e-5);
    assertEquals("dl", r.getAs("method"));
    assertEquals(true, r.getAs("knapp_hartung"));
    assertEquals("knapp_hartung_t", r.getAs("ci_method"));
    assertNull(r.getAs("fallback"));
  }

  @Test
  void pauleMandelWhenConfigured() throws IOException {
    // tau2_PM = 0.3181: wviechtb/metafor tests/testthat/test_misc_rma_uni.r (methods.md §3.3).
    Row r = run(new EvidenceSettings(MetaMethod.PM, false)).get(0);
    assertEquals(0.3181, r.<Double>getAs("tau2"), 5e-5);
    assertEquals("pm", r.getAs("method"));
    assertEquals("wald_z", r.getAs("ci_method"));
  }

  @Test
  void doubleZeroStudiesAreFlaggedAndLeftOutOfRatioPoolsByDefault() throws IOException {
    String doubleZero = row("BCG-DZ", 0, 120, 0, 130);
    EvidenceOutputs out = run(EvidenceSettings.DEFAULT, doubleZero);
    List<Row> effects = out.effects().where(col("study_id").equalTo("BCG-DZ")).collectAsList();
    assertEquals(1, effects.size(), "kept in evidence_effects");
    assertEquals("double_zero", effects.get(0).getAs("pooling_exclusion"));
    for (Row r : out.synthesis().collectAsList()) {
      assertEquals(13, r.<Integer>getAs("k"));
      assertEquals(1, r.<Integer>getAs("n_excluded"));
      assertEquals("double_zero", r.getAs("excluded_reason"));
      assertEquals(-0.7145, r.<Double>getAs("estimate"), 5e-5, "metafor REML, BCG unchanged");
    }
    EvidenceOutputs kept =
        run(new EvidenceSettings(MetaMethod.REML, false, false, false), doubleZero);
    for (Row r : kept.synthesis().collectAsList()) {
      assertEquals(14, r.<Integer>getAs("k"));
      assertEquals(0, r.<Integer>getAs("n_excluded"));
      assertNull(r.getAs("excluded_reason"));
    }
  }
}
