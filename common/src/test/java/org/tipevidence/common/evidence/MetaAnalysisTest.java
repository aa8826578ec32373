package org.tipevidence.common.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.stats.Interval;

/** Meta-analysis of the 13 BCG trials against methods.md §3.3 and §7.3. */
class MetaAnalysisTest {

  /** |Δ| allowed against a value published (or computed) to 4 dp. */
  static final double P4 = 5e-5;

  /** |Δ| allowed against a value computed to 6 dp. */
  static final double C6 = 1e-6;

  /** |Δ| allowed against a value published to 2 dp. */
  static final double P2 = 5e-3;

  static final List<EffectSize> LOG_RR = Bcg.effects(EffectMeasure.LOG_RR);

  private static MetaResult bcg(MetaMethod method, boolean knappHartung) {
    MetaResult result = MetaAnalysis.pool(LOG_RR, method, knappHartung);
    assertEquals(MetaStatus.POOLED, result.status());
    assertEquals(13, result.k());
    return result;
  }

  private static void assertInterval(double low, double high, Interval actual, double tol) {
    assertEquals(low, actual.low(), tol, "lower bound");
    assertEquals(high, actual.high(), tol, "upper bound");
  }

  private static void assertWeights(double[] expectedPercent, List<Double> actual) {
    assertEquals(expectedPercent.length, actual.size());
    for (int i = 0; i < expectedPercent.length; i++) {
      assertEquals(expectedPercent[i], actual.get(i), P2, "weight of trial " + (i + 1));
    }
    assertEquals(100.0, actual.stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
  }

  @Test
  void fixedEffect() {
    MetaResult fe = bcg(MetaMethod.EE, false);
    assertEquals(-0.430285, fe.estimate(), C6);
    assertEquals(-0.4303, fe.estimate(), P4);
    assertEquals(0.040499, fe.se(), C6);
    assertEquals(-10.6247, fe.statistic(), P4);
    assertInterval(-0.5097, -0.3509, fe.ci(), P4);
    assertEquals(152.233008, fe.heterogeneity().q(), C6);
    assertEquals(152.2330, fe.heterogeneity().q(), P4);
    assertEquals(12, fe.heterogeneity().df());
    assertTrue(fe.heterogeneity().pValue() < 1e-20);
    assertEquals(0.0, fe.heterogeneity().tau2(), 0);
    assertEquals(0.6503, Math.exp(fe.estimate()), P4);
    assertInterval(0.6007, 0.7040, EffectMeasure.LOG_RR.toNaturalScale(fe.ci()), P4);
    assertWeights(
        new double[] {
          0.50, 0.84, 0.39, 8.20, 3.20, 23.75, 0.74, 41.40, 2.91, 2.25, 13.21, 0.31, 2.30
        },
        fe.weightsPercent());
  }

  @Test
  void derSimonianLaird() {
    MetaResult dl = bcg(MetaMethod.DL, false);
    Heterogeneity h = dl.heterogeneity();
    assertEquals(0.308760, h.tau2(), C6);
    assertEquals(0.3088, h.tau2(), P4);
    assertEquals(0.555662, h.tau(), C6);
    assertEquals(0.5557, h.tau(), P4);
    assertEquals(-0.714117, dl.estimate(), C6);
    assertEquals(0.178742, dl.se(), C6);
    assertEquals(-3.995238, dl.statistic(), C6);
    assertEquals(-3.9952, dl.statistic(), P4);
    assertInterval(-1.064445, -0.363789, dl.ci(), C6);
    assertInterval(-1.0644, -0.3638, dl.ci(), P4);
    assertEquals(92.117347, h.i2(), C6);
    assertEquals(92.1173, h.i2(), P4);
    assertEquals(12.686084, h.h2(), C6);
    assertEquals(12.6861, h.h2(), P4);
    assertEquals(152.233008, h.q(), C6);
    assertEquals(Double.NaN, dl.testDf());
    assertEquals(0.4896, Math.exp(dl.estimate()), P4);
    assertInterval(0.3449, 0.6950, EffectMeasure.LOG_RR.toNaturalScale(dl.ci()), P4);
    // metafor-style z prediction interval [C].
    assertInterval(-1.8582, 0.4299, dl.pi(), P4);
    assertInterval(0.1560, 1.5371, EffectMeasure.LOG_RR.toNaturalScale(dl.pi()), P4);
    assertWeights(
        new double[] {
          5.04, 6.35, 4.41, 9.72, 8.88, 10.12, 6.01, 10.22, 8.75, 8.37, 9.95, 3.80, 8.40
        },
        dl.weightsPercent());
  }

  @Test
  void derSimonianLairdWithKnappHartung() {
    MetaResult kh = bcg(MetaMethod.DL, true);
    assertEquals(-0.714117, kh.estimate(), C6);
    assertEquals(0.1807, kh.se(), P4);
    assertEquals(-3.9520, kh.statistic(), P4);
    assertEquals(12.0, kh.testDf(), 0);
    assertEquals(0.0019, kh.pValue(), P4);
    assertInterval(-1.1078, -0.3204, kh.ci(), P4);
  }

  @Test
  void reml() {
    MetaResult reml = bcg(MetaMethod.REML, false);
    Heterogeneity h = reml.heterogeneity();
    assertEquals(0.313243, h.tau2(), C6);
    assertEquals(0.313243325980895, h.tau2(), C6);
    assertEquals(0.3132, h.tau2(), P4);
    assertEquals(0.166426, h.tau2Se(), C6);
    assertEquals(0.1664, h.tau2Se(), P4);
    assertEquals(0.5597, h.tau(), P4);
    assertEquals(-0.714532, reml.estimate(), C6);
    assertEquals(-0.7145, reml.estimate(), P4);
    assertEquals(0.179782, reml.se(), C6);
    assertEquals(0.1798, reml.se(), P4);
    assertEquals(-3.9744, reml.statistic(), P4);
    assertTrue(reml.pValue() < 1e-4);
    assertInterval(-1.066898, -0.362167, reml.ci(), C6);
    assertInterval(-1.0669, -0.3622, reml.ci(), P4);
    // metafor prints the tau2-based I2 for REML (the Q-based value would be 92.12).
    assertEquals(92.2214, h.i2(), P4);
    assertEquals(12.8558, h.h2(), P4);
    assertEquals(152.2330, h.q(), P4);
    assertEquals(0.4894, Math.exp(reml.estimate()), P4);
    assertEquals(0.489421, Math.exp(reml.estimate()), C6);
    assertInterval(0.3441, 0.6962, EffectMeasure.LOG_RR.toNaturalScale(reml.ci()), P4);
    assertInterval(0.1546, 1.5490, EffectMeasure.LOG_RR.toNaturalScale(reml.pi()), P4);
    // predict.rma, digits = 2 [P].
    assertInterval(-1.87, 0.44, reml.pi(), P2);
    assertTrue(reml.converged());
    assertTrue(reml.iterations() > 1 && reml.iterations() < 100, "" + reml.iterations());
  }

  @Test
  void remlWithKnappHartung() {
    MetaResult kh = bcg(MetaMethod.REML, true);
    assertEquals(-0.7145, kh.estimate(), P4);
    assertEquals(0.1808, kh.se(), P4);
    assertEquals(-3.9522, kh.statistic(), P4);
    assertEquals(12.0, kh.testDf(), 0);
    assertEquals(0.0019, kh.pValue(), P4);
    assertInterval(-1.1084, -0.3206, kh.ci(), P4);
    // The prediction interval switches to t_{k-1} and the KH SE too.
    assertInterval(0.1359, 1.7629, EffectMeasure.LOG_RR.toNaturalScale(kh.pi()), P4);
    // metafor README, digits = 2 [P].
    assertInterval(0.33, 0.73, EffectMeasure.LOG_RR.toNaturalScale(kh.ci()), P2);
    assertInterval(0.14, 1.76, EffectMeasure.LOG_RR.toNaturalScale(kh.pi()), P2);
  }

  @Test
  void oddsRatioMeasure() {
    List<EffectSize> logOr = Bcg.effects(EffectMeasure.LOG_OR);
    MetaResult fe = MetaAnalysis.pool(logOr, MetaMethod.EE, false);
    assertEquals(-0.4361, fe.estimate(), P4);
    assertInterval(-0.5190, -0.3533, fe.ci(), P4);
    assertEquals(-10.3190, fe.statistic(), P4);
    assertEquals(163.1649, fe.heterogeneity().q(), P4);
    assertEquals(0.6465, Math.exp(fe.estimate()), P4);
    assertInterval(0.5951, 0.7024, EffectMeasure.LOG_OR.toNaturalScale(fe.ci()), P4);

    MetaResult dl = MetaAnalysis.pool(logOr, MetaMethod.DL, false);
    assertEquals(-0.7474, dl.estimate(), P4);
    assertInterval(-1.1242, -0.3706, dl.ci(), P4);
    assertEquals(-3.8873, dl.statistic(), P4);
    assertEquals(0.3663, dl.heterogeneity().tau2(), P4);
    assertEquals(92.6455, dl.heterogeneity().i2(), P4);
    assertEquals(0.4736, Math.exp(dl.estimate()), P4);
    assertInterval(0.3249, 0.6903, EffectMeasure.LOG_OR.toNaturalScale(dl.ci()), P4);
  }

  @Test
  void riskDifferenceMeasure() {
    // wviechtb/metafor tests/testthat/test_misc_metan_vs_rma.uni_with_dat.bcg.r (vs Stata metan).
    List<EffectSize> rd = Bcg.effects(EffectMeasure.RD);
    MetaResult fe = MetaAnalysis.pool(rd, MetaMethod.EE, false);
    assertEquals(-0.0009, fe.estimate(), P4);
    assertInterval(-0.0014, -0.0005, fe.ci(), P4);
    assertEquals(-4.0448, fe.statistic(), P4);
    assertEquals(276.4737, fe.heterogeneity().q(), P4);

    MetaResult dl = MetaAnalysis.pool(rd, MetaMethod.DL, false);
    assertEquals(-0.0071, dl.estimate(), P4);
    assertInterval(-0.0101, -0.0040, dl.ci(), P4);
    assertEquals(-4.5128, dl.statistic(), P4);
    assertEquals(0.0000, dl.heterogeneity().tau2(), P4);
    assertEquals(95.6596, dl.heterogeneity().i2(), P4);
  }

  @Test
  void remlTau2OfNormand1999FirstFourStudies() {
    List<EffectSize> g =
        Normand1999.STUDIES.stream()
            .map(Normand1999.Study::hedgesG)
            .map(r -> r.value().orElseThrow())
            .toList();
    MetaResult reml = MetaAnalysis.pool(g, MetaMethod.REML, false);
    assertEquals(1.0090, reml.heterogeneity().tau2(), P4);
    assertTrue(reml.converged());
  }

  @Test
  void homogeneousStudiesTruncateTau2AtZero() {
    // Q = 0.5 < df = 2: both estimators truncate, and heterogeneity reads as none.
    double[] yi = {0.10, 0.15, 0.20};
    double[] vi = {0.01, 0.01, 0.01};
    MetaResult dl = MetaAnalysis.pool(yi, vi, MetaMethod.DL, false);
    MetaResult reml = MetaAnalysis.pool(yi, vi, MetaMethod.REML, false);
    MetaResult fe = MetaAnalysis.pool(yi, vi, MetaMethod.EE, false);
    for (MetaResult r : List.of(dl, reml)) {
      assertEquals(0.0, r.heterogeneity().tau2(), 0, r.method().code());
      assertEquals(0.0, r.heterogeneity().i2(), 0, r.method().code());
      assertEquals(1.0, r.heterogeneity().h2(), 1e-12, r.method().code());
      assertEquals(fe.estimate(), r.estimate(), 1e-12);
      assertEquals(fe.se(), r.se(), 1e-12);
    }
    assertEquals(0.5, fe.heterogeneity().q(), 1e-12);
    assertEquals(0.25, fe.heterogeneity().h2(), 1e-12);
    assertEquals(MetaStatus.POOLED, reml.status());
  }

  @Test
  void singleStudyIsReportedAsItselfWithoutPooling() {
    EffectSize trial1 = LOG_RR.get(0);
    for (MetaMethod method : MetaMethod.values()) {
      MetaResult r = MetaAnalysis.pool(List.of(trial1), method, true);
      assertEquals(MetaStatus.SINGLE_STUDY, r.status());
      assertEquals(1, r.k());
      assertEquals(trial1.yi(), r.estimate(), 0);
      assertEquals(0.5706, r.se(), P4);
      assertEquals(-1.5586, r.statistic(), P4);
      assertInterval(-2.0077, 0.2290, r.ci(), P4);
      assertTrue(Double.isNaN(r.heterogeneity().tau2()));
      assertTrue(Double.isNaN(r.heterogeneity().q()));
      assertTrue(Double.isNaN(r.pi().low()));
      assertEquals(List.of(100.0), r.weightsPercent());
    }
  }

  @Test
  void noStudies() {
    MetaResult r = MetaAnalysis.pool(new double[0], new double[0], MetaMethod.REML, false);
    assertEquals(MetaStatus.NO_STUDIES, r.status());
    assertEquals(0, r.k());
    assertTrue(Double.isNaN(r.estimate()));
    assertTrue(Double.isNaN(r.ci().low()));
    assertTrue(r.weightsPercent().isEmpty());
  }

  @Test
  void methodsAreSelectableByStableCode() {
    assertEquals(MetaMethod.REML, MetaMethod.fromCode("reml").orElseThrow());
    assertEquals(MetaMethod.DL, MetaMethod.fromCode("dl").orElseThrow());
    assertEquals(MetaMethod.EE, MetaMethod.fromCode("fe").orElseThrow());
    assertEquals(MetaMethod.PM, MetaMethod.fromCode("pm").orElseThrow());
    assertTrue(MetaMethod.fromCode("hs").isEmpty());
  }

  @Test
  void malformedInputIsAProgrammingError() {
    assertThrows(
        IllegalArgumentException.class,
        () -> MetaAnalysis.pool(new double[] {1}, new double[] {1, 2}, MetaMethod.DL, false));
    assertThrows(
        IllegalArgumentException.class,
        () -> MetaAnalysis.pool(new double[] {1, 2}, new double[] {1, 0}, MetaMethod.DL, false));
    List<EffectSize> mixed =
        List.of(
            new EffectSize(EffectMeasure.LOG_RR, -0.5, 0.1, false),
            new EffectSize(EffectMeasure.LOG_OR, -0.6, 0.1, false));
    assertThrows(
        IllegalArgumentException.class, () -> MetaAnalysis.pool(mixed, MetaMethod.REML, false));
  }
}
