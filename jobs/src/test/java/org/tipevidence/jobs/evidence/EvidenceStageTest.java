package org.tipevidence.jobs.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.evidence.CertaintyRule;
import org.tipevidence.common.evidence.EffectSize;
import org.tipevidence.common.evidence.EffectSizes;
import org.tipevidence.common.evidence.MetaAnalysis;
import org.tipevidence.common.evidence.MetaMethod;
import org.tipevidence.common.evidence.MetaResult;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.testing.Paths;
import org.tipevidence.jobs.testing.SharedSpark;

/** The evidence stage on sample-data/evaluations.csv (49 rows, 5 planted bad ones). */
class EvidenceStageTest {
  private static List<Row> quarantine;
  private static List<Row> dataQuality;
  private static List<Row> effects;
  private static List<Row> synthesis;
  private static List<Row> gapMap;
  private static List<String> plans;

  /** Runs the stage once; every output is small, so tests check collected rows. */
  @BeforeAll
  static void runStage() {
    SparkSession spark = SharedSpark.get();
    InputLayout layout = InputLayout.of(Paths.sampleData().toString());
    EvidenceOutputs out =
        new EvidenceStage(spark, EvidenceSettings.DEFAULT)
            .apply(layout.optional(InputLayout.EVALUATIONS).stream().toList());
    quarantine = out.checked().quarantine().orderBy("source_line").collectAsList();
    dataQuality = out.checked().dataQuality().collectAsList();
    effects = out.effects().collectAsList();
    synthesis = out.synthesis().collectAsList();
    gapMap = out.gapMap().collectAsList();
    plans =
        List.of(out.effects(), out.synthesis(), out.gapMap()).stream()
            .map(d -> d.queryExecution().executedPlan().toString())
            .toList();
  }

  /**
   * Tens of studies: the duplicate check, the pools and the gap map run in one partition. A shuffle
   * or a broadcast would cost each run Spark jobs for a handful of rows.
   */
  @Test
  void evidenceTablesNeedNoShuffleNorBroadcast() {
    for (String plan : plans) {
      assertFalse(plan.contains("Exchange"), plan);
    }
  }

  @Test
  void gapMapRowsComeInTheVocabulariesOrder() {
    List<String> expected =
        EvidenceGapMap.grid(SharedSpark.get()).collectAsList().stream()
            .map(EvidenceStageTest::cellKey)
            .toList();
    assertEquals(expected, gapMap.stream().map(EvidenceStageTest::cellKey).toList());
  }

  private static String cellKey(Row r) {
    return r.getAs("crime_type") + ":" + r.getAs("intervention") + ":" + r.getAs("outcome");
  }

  @Test
  void eachPlantedBadRowIsQuarantinedWithItsReasonAndColumn() {
    Map<Long, String[]> expected = new HashMap<>();
    expected.put(8L, new String[] {"events_exceed_total", "events_treatment", "210"});
    expected.put(17L, new String[] {"ci_excludes_estimate", "effect", "0.45"});
    expected.put(26L, new String[] {"non_positive_sd", "sd_treatment", "sd1=0"});
    expected.put(40L, new String[] {"unknown_vocabulary_term", "intervention", "'helpline'"});
    expected.put(46L, new String[] {"missing_effect_measure", "effect_measure", "effect measure"});
    assertEquals(5, quarantine.size(), () -> "quarantine: " + quarantine);
    for (Row row : quarantine) {
      long line = row.getLong(row.fieldIndex("source_line"));
      String[] want = expected.get(line);
      assertTrue(want != null, "unexpected quarantined line " + line + ": " + row);
      assertEquals("evaluations.csv", row.getAs("source_file"));
      assertEquals(want[0], row.getAs("reason_code"), "line " + line);
      assertEquals(want[1], row.getAs("column"), "line " + line);
      String reason = row.getAs("reason");
      assertTrue(reason.contains(want[2]), "line " + line + " reason: " + reason);
      assertTrue(reason.contains("("), "reason says how to fix: " + reason);
      assertEquals("evidence", row.getAs("stage"));
      assertNull(row.getAs("submitted_by"));
      assertTrue(((String) row.getAs("record")).contains(","), "raw record kept");
    }
    String vocabulary = quarantine.get(3).getAs("reason");
    assertTrue(vocabulary.contains("awareness_campaign") && vocabulary.contains("data_sharing"));
  }

  @Test
  void everyRowReadIsAnEffectOrQuarantined() {
    assertEquals(1, dataQuality.size());
    Row dq = dataQuality.get(0);
    assertEquals(49L, dq.<Long>getAs("rows_read"));
    assertEquals(44L, dq.<Long>getAs("rows_accepted"));
    assertEquals(5L, dq.<Long>getAs("rows_quarantined"));
    assertEquals(1L, dq.<Long>getAs("events_exceed_total"));
    assertEquals(1L, dq.<Long>getAs("unknown_vocabulary_term"));
    assertEquals(0L, dq.<Long>getAs("malformed_record"));
    assertEquals(44, effects.size());
    assertEquals(49, effects.size() + quarantine.size());
    for (Row e : effects) {
      assertTrue(e.<Double>getAs("vi") > 0, () -> "vi > 0: " + e);
      assertEquals(Math.sqrt(e.<Double>getAs("vi")), e.<Double>getAs("se"), 1e-15);
    }
    // README: 16 valid 2x2 tables, 10 means blocks, 12 effects with SE and 6 with a CI only.
    assertEquals(16, countWhere(effects, "data_type", "two_by_two"));
    assertEquals(10, countWhere(effects, "data_type", "means"));
    assertEquals(12, countWhere(effects, "data_type", "effect_se"));
    assertEquals(6, countWhere(effects, "data_type", "effect_ci"));
    assertEquals(36, countWhere(effects, "crime_type", "TIP"));
    assertEquals(1, countWhere(effects, "effect_measure", "log_or"));
  }

  @Test
  void theRemainingRowsStillPoolAsCommonPoolsThem() {
    // TIP safe migration cell without the bad BGD-2022 row: ETH-2017, NPL-2019, MMR-2018, BGD-2020.
    List<EffectSize> cell =
        List.of(
            EffectSizes.logRiskRatio(312, 540, 261, 552).value().orElseThrow(),
            EffectSizes.logRiskRatio(198, 410, 171, 405).value().orElseThrow(),
            EffectSizes.logRiskRatio(144, 260, 101, 249).value().orElseThrow(),
            EffectSizes.logRiskRatio(88, 150, 80, 160).value().orElseThrow());
    MetaResult expected = MetaAnalysis.pool(cell, MetaMethod.REML, false);
    Row row =
        synthesisRow("intervention:TIP:safe_migration_information:safe_migration_decisions:log_rr");
    assertEquals(4, row.<Integer>getAs("k"));
    assertEquals(expected.estimate(), row.<Double>getAs("estimate"), 1e-12);
    assertEquals(expected.heterogeneity().tau2(), row.<Double>getAs("tau2"), 1e-12);
    assertEquals(expected.ci().low(), row.<Double>getAs("ci_low"), 1e-12);
    assertEquals(expected.pi().high(), row.<Double>getAs("pi_high"), 1e-12);
    assertEquals(Math.exp(expected.estimate()), row.<Double>getAs("estimate_natural"), 1e-12);
    assertEquals("pooled", row.getAs("status"));
    assertEquals("reml", row.getAs("method"));
    assertFalse(row.<Boolean>getAs("knapp_hartung"));
    // The SOM rows of the same intervention x outcome form their own cell.
    assertEquals(
        2,
        synthesisRow("intervention:SOM:safe_migration_information:safe_migration_decisions:log_rr")
            .<Integer>getAs("k"));
    // Training: 4 of 5 rows (NPL-2021's CI excludes its estimate); PHL and UKR give CIs only.
    assertEquals(
        4,
        synthesisRow("intervention:TIP:training_front_line_officials:victims_identified:log_rr")
            .<Integer>getAs("k"));
    // Psychosocial support: 5 of 7 rows (GTM-2020 has SD 0, UKR-2024 no measure).
    assertEquals(
        5, synthesisRow("intervention:TIP:psychosocial_support:wellbeing:smd").<Integer>getAs("k"));
    Row single = synthesisRow("intervention:TIP:legal_reform:prosecutions:log_rr");
    assertEquals("single_study", single.getAs("status"));
    assertNull(single.getAs("tau2"));
    assertNull(single.getAs("q_df"));
    assertEquals("no_clear_difference", single.getAs("direction"));
  }

  @Test
  void noSynthesisCellMixesMeasuresOrCrimeTypes() {
    Map<String, Integer> effectsPerCell = new HashMap<>();
    for (Row e : effects) {
      String keys =
          e.getAs("crime_type") + ":" + e.getAs("outcome") + ":" + e.getAs("effect_measure");
      effectsPerCell.merge("intervention:" + e.getAs("intervention") + ":" + keys, 1, Integer::sum);
      effectsPerCell.merge("pillar:" + e.getAs("pillar") + ":" + keys, 1, Integer::sum);
    }
    Set<String> seen = new HashSet<>();
    for (Row s : synthesis) {
      String level = s.getAs("level");
      String who = level.equals("pillar") ? s.getAs("pillar") : s.getAs("intervention");
      String key =
          level
              + ":"
              + who
              + ":"
              + s.getAs("crime_type")
              + ":"
              + s.getAs("outcome")
              + ":"
              + s.getAs("effect_measure");
      assertTrue(seen.add(key), "one row per cell: " + key);
      // k equals the number of effects sharing all keys, measure and crime type included.
      assertEquals(effectsPerCell.get(key), s.<Integer>getAs("k"), key);
    }
    assertEquals(effectsPerCell.keySet(), seen);
    Row prevention = synthesisRow("pillar:TIP:prevention:knowledge_and_attitudes:smd");
    assertNull(prevention.getAs("intervention"));
    assertEquals(5, prevention.<Integer>getAs("k"));
  }

  @Test
  void gapMapCoversEveryCellAndRatesWithTheDocumentedRule() {
    assertEquals(2 * 15 * 10, gapMap.size());
    long withStudies = 0;
    for (Row g : gapMap) {
      long n = g.<Long>getAs("n_studies");
      if (n == 0) {
        assertEquals("no_evidence", g.getAs("certainty"));
        assertEquals("not_estimable", g.getAs("direction"));
      } else {
        withStudies++;
      }
    }
    long interventionCells =
        synthesis.stream().filter(s -> s.getAs("level").equals("intervention")).count();
    assertEquals(interventionCells, withStudies, "one measure per cell in the sample");
    Row cell =
        gapMap.stream()
            .filter(
                g ->
                    g.getAs("crime_type").equals("TIP")
                        && g.getAs("intervention").equals("safe_migration_information")
                        && g.getAs("outcome").equals("safe_migration_decisions"))
            .findFirst()
            .orElseThrow();
    assertEquals(4L, cell.<Long>getAs("n_studies"));
    assertEquals(1L, cell.<Long>getAs("n_low_risk_of_bias"));
    assertEquals(2L, cell.<Long>getAs("n_rct"));
    assertEquals("log_rr", cell.getAs("effect_measure"));
    Row pooled =
        synthesisRow("intervention:TIP:safe_migration_information:safe_migration_decisions:log_rr");
    assertEquals(pooled.<String>getAs("direction"), cell.getAs("direction"));
    CertaintyRule.Rating rating =
        CertaintyRule.assess(
            new CertaintyRule.Evidence(
                4,
                1,
                2,
                pooled.<Double>getAs("i2"),
                pooled.<Double>getAs("ci_low"),
                pooled.<Double>getAs("ci_high")));
    assertEquals(rating.certainty().code(), cell.getAs("certainty"));
    assertEquals(rating.downgradeCodes(), cell.getAs("certainty_downgrades"));
    assertTrue(rating.downgradeCodes().startsWith("risk_of_bias"));
  }

  private static long countWhere(List<Row> rows, String column, String value) {
    return rows.stream().filter(r -> value.equals(r.getAs(column))).count();
  }

  private static Row synthesisRow(String groupId) {
    List<Row> rows = synthesis.stream().filter(s -> s.getAs("group_id").equals(groupId)).toList();
    assertEquals(1, rows.size(), () -> "rows for " + groupId);
    return rows.get(0);
  }
}
