package org.tipevidence.common.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Paule-Mandel, Sidik-Jonkman, equal effects and Knapp-Hartung against published figures, the mean
 * difference against Normand (1999), and the double-zero rule.
 */
class PoolingMethodsTest {
  static final double P4 = 5e-5;
  static final double P2 = 5e-3;

  /**
   * CLASP trials (DerSimonian and Kacker 2007, Tables 3 and 4 on pp. 111-112), log odds ratios, as
   * checked in wviechtb/metafor tests/testthat/test_analysis_example_dersimonian2007.r.
   */
  static final long[] CLASP_N1 = {156, 303, 565, 1570, 103, 4659};

  static final long[] CLASP_N2 = {74, 303, 477, 1565, 105, 4650};
  static final long[] CLASP_A = {5, 5, 12, 69, 9, 313};
  static final long[] CLASP_C = {8, 17, 9, 94, 11, 352};

  private static List<EffectSize> clasp() {
    List<EffectSize> out = new ArrayList<>();
    for (int i = 0; i < CLASP_A.length; i++) {
      out.add(
          EffectSizes.logOddsRatio(CLASP_A[i], CLASP_N1[i], CLASP_C[i], CLASP_N2[i])
              .value()
              .orElseThrow());
    }
    return out;
  }

  private static void assertTauMuSe(
      MetaMethod method, double tau, double mu, double se, String source) {
    MetaResult r = MetaAnalysis.pool(clasp(), method, false);
    assertEquals(MetaStatus.POOLED, r.status(), source);
    assertEquals(method, r.method());
    assertEquals(tau, r.heterogeneity().tau(), P4, source + " tau");
    assertEquals(mu, r.estimate(), P4, source + " mu");
    assertEquals(se, r.se(), P4, source + " se");
  }

  @Test
  void claspMatchesDerSimonianKacker2007ForEveryEstimatorOffered() {
    String src = "metafor test_analysis_example_dersimonian2007.r";
    assertTauMuSe(MetaMethod.PM, 0.3681, -0.3811, 0.2060, src + " PM");
    assertTauMuSe(MetaMethod.DL, 0.2323, -0.3240, 0.1540, src + " DL");
    assertTauMuSe(MetaMethod.REML, 0.1843, -0.2980, 0.1343, src + " REML");
    assertTauMuSe(MetaMethod.SJ, 0.4572, -0.4079, 0.2386, src + " SJ");
  }

  @Test
  void pauleMandelOnBcgMatchesMetafor() {
    // wviechtb/metafor tests/testthat/test_misc_rma_uni.r: tau2 = 0.3181 (PM = DLIT = SJIT);
    // methods.md §3.3.
    MetaResult pm = MetaAnalysis.pool(MetaAnalysisTest.LOG_RR, MetaMethod.PM, false);
    assertEquals(0.3181, pm.heterogeneity().tau2(), P4);
    // The generalised Q at the PM estimate equals k - 1 by definition.
    double[] y = MetaAnalysisTest.LOG_RR.stream().mapToDouble(EffectSize::yi).toArray();
    double[] v = MetaAnalysisTest.LOG_RR.stream().mapToDouble(EffectSize::vi).toArray();
    assertEquals(12.0, TauSquared.generalisedQ(y, v, pm.heterogeneity().tau2()), 1e-9);
  }

  @Test
  void pauleMandelIsZeroWhenQIsBelowItsExpectation() {
    double[] y = {0.1, 0.11, 0.09};
    double[] v = {0.04, 0.05, 0.06};
    MetaResult pm = MetaAnalysis.pool(y, v, MetaMethod.PM, false);
    assertEquals(0.0, pm.heterogeneity().tau2(), 0);
    MetaResult ee = MetaAnalysis.pool(y, v, MetaMethod.EE, false);
    assertEquals(ee.estimate(), pm.estimate(), 1e-15);
  }

  @Test
  void knappHartungWorksWithEveryEstimator() {
    // metafor README: REML + test="knha" gives SE 0.1808, CI [-1.1084, -0.3206] (methods.md §3.3).
    MetaResult kh = MetaAnalysis.pool(MetaAnalysisTest.LOG_RR, MetaMethod.REML, true);
    assertEquals(0.1808, kh.se(), P4);
    assertEquals(-1.1084, kh.ci().low(), P4);
    assertEquals(-0.3206, kh.ci().high(), P4);
    for (MetaMethod m : MetaMethod.values()) {
      MetaResult r = MetaAnalysis.pool(MetaAnalysisTest.LOG_RR, m, true);
      assertEquals(12.0, r.testDf(), 0, m.code());
      assertTrue(r.knappHartung());
    }
  }

  /** All nine studies of metadat dat.normand1999 (data-raw/dat.normand1999.txt). */
  static final double[][] NORMAND = {
    {155, 55, 47, 156, 75, 64},
    {31, 27, 7, 32, 29, 4},
    {75, 64, 17, 71, 119, 29},
    {18, 66, 20, 18, 137, 48},
    {8, 14, 8, 13, 18, 11},
    {57, 19, 7, 52, 18, 4},
    {34, 52, 45, 33, 41, 34},
    {110, 21, 16, 183, 31, 27},
    {60, 30, 27, 52, 23, 20}
  };

  private static List<EffectSize> normandMd(boolean pooledSd) {
    List<EffectSize> out = new ArrayList<>();
    for (double[] s : NORMAND) {
      out.add(
          EffectSizes.meanDifference(s[1], s[2], (long) s[0], s[4], s[5], (long) s[3], pooledSd)
              .value()
              .orElseThrow());
    }
    return out;
  }

  @Test
  void meanDifferenceWithPooledSdMatchesNormand1999() {
    // Normand (1999) Table VIII p. 351 and Table IX p. 352, as checked in wviechtb/metafor
    // tests/testthat/test_analysis_example_normand1999.r (MD with the pooled SD).
    double[] yi = {-20, -2, -55, -71, -4, 1, 11, -10, 7};
    double[] vi = {40.59, 2.05, 15.28, 150.22, 20.19, 1.22, 95.38, 8.03, 20.69};
    List<EffectSize> md = normandMd(true);
    for (int i = 0; i < yi.length; i++) {
      assertEquals(EffectMeasure.MD, md.get(i).measure());
      assertEquals(yi[i], md.get(i).yi(), 0, "study " + (i + 1));
      assertEquals(vi[i], md.get(i).vi(), P2, "study " + (i + 1));
    }
    MetaResult ee = MetaAnalysis.pool(md, MetaMethod.EE, false);
    assertEquals(-3.49, ee.estimate(), P2);
    assertEquals(-5.03, ee.ci().low(), P2);
    assertEquals(-1.96, ee.ci().high(), P2);
    MetaResult dl = MetaAnalysis.pool(md, MetaMethod.DL, false);
    assertEquals(-14.10, dl.estimate(), P2);
    assertEquals(-24.45, dl.ci().low(), P2);
    assertEquals(-3.75, dl.ci().high(), P2);
    assertEquals(218.72, dl.heterogeneity().tau2(), P2);
    MetaResult reml = MetaAnalysis.pool(md, MetaMethod.REML, false);
    assertEquals(-15.12, reml.estimate(), P2);
    assertEquals(-32.67, reml.ci().low(), P2);
    assertEquals(2.43, reml.ci().high(), P2);
    assertEquals(685.20, reml.heterogeneity().tau2(), P2);
  }

  @Test
  void meanDifferenceUsesSeparateSdsByDefault() {
    // metafor escalc measure="MD", vtype="LS": vi = sd1^2/n1 + sd2^2/n2 (methods.md §3.1).
    EffectSize edinburgh = normandMd(false).get(0);
    assertEquals(-20, edinburgh.yi(), 0);
    assertEquals(47.0 * 47 / 155 + 64.0 * 64 / 156, edinburgh.vi(), 1e-12);
    assertFalse(EffectSizes.meanDifference(1, 0, 5, 2, 1, 5, false).isValid());
    assertFalse(EffectSizes.meanDifference(1, 1, 1, 2, 1, 5, true).isValid());
  }

  @Test
  void countsCannotGiveAMeanDifference() {
    EffectResult r = EffectSizes.fromTwoByTwo(EffectMeasure.MD, 1, 10, 2, 10);
    assertEquals(EffectReason.MEASURE_NOT_APPLICABLE, r.rejection().orElseThrow().reason());
  }

  @Test
  void doubleZeroStudiesAreUninformativeForRatiosOnly() {
    assertTrue(EffectSizes.isDoubleZero(EffectMeasure.LOG_OR, 0, 10, 0, 12));
    assertTrue(EffectSizes.isDoubleZero(EffectMeasure.LOG_RR, 0, 10, 0, 12));
    assertTrue(EffectSizes.isDoubleZero(EffectMeasure.LOG_RR, 10, 10, 12, 12));
    assertFalse(EffectSizes.isDoubleZero(EffectMeasure.RD, 0, 10, 0, 12));
    assertFalse(EffectSizes.isDoubleZero(EffectMeasure.LOG_OR, 0, 10, 1, 12));
  }
}
