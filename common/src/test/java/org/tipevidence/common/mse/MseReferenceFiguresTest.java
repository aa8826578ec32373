package org.tipevidence.common.mse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.stats.Interval;

/** Reproduces the SparseMSE 2.0.1 reference figures of methods-mse.md on the UK 2013 tables. */
class MseReferenceFiguresTest {

  private static final double POINT_TOL = 1e-6;
  private static final double WALD_TOL = 1e-4;

  @Test
  void ukdatStepwiseSelectsReferencePairsWithReferencePValues() {
    CaptureHistoryTable t = MseTestData.load("UKdat.csv");
    assertEquals(2744, t.observed());
    StepwiseSelection.Result r = StepwiseSelection.run(t);

    assertEquals(
        List.of("PF:NCA", "LA:NG", "NG:GP", "LA:PF", "PF:GP", "GO:GP", "NG:GO"), names(t, r));
    List<String> p =
        r.steps().stream().map(s -> String.format(Locale.ROOT, "%.4e", s.pValue())).toList();
    assertEquals(
        List.of(
            "7.1323e-11",
            "2.1845e-07",
            "2.1828e-05",
            "5.4343e-05",
            "3.5467e-04",
            "1.4551e-03",
            "1.8862e-02"),
        p);
    assertEquals(0.116681, r.stopP(), 5e-7);
    assertRel(11417.9911, r.fit().estimate(), POINT_TOL);
    assertWald(9977.2826, 13145.6565, r.fit().wald(0.95));
  }

  @Test
  void ukdat5StepwiseMatchesReference() {
    CaptureHistoryTable t = MseTestData.load("UKdat_5.csv");
    assertEquals(2744, t.observed());
    StepwiseSelection.Result r = StepwiseSelection.run(t);
    assertEquals(List.of("LA:NG", "NG:GP", "PFNCA:GP", "LA:PFNCA", "GO:GP", "NG:GO"), names(t, r));
    assertEquals(0.112752, r.stopP(), 5e-7);
    assertRel(11312.9903, r.fit().estimate(), POINT_TOL);
    assertWald(9884.4028, 13027.3967, r.fit().wald(0.95));
  }

  @Test
  void ukdat4StepwiseMatchesReference() {
    CaptureHistoryTable t = MseTestData.load("UKdat_4.csv");
    assertEquals(2428, t.observed());
    StepwiseSelection.Result r = StepwiseSelection.run(t);
    assertEquals(List.of("LA:NG", "LA:PFNCA", "NG:GO"), names(t, r));
    assertEquals(0.228349, r.stopP(), 5e-7);
    assertRel(11015.2445, r.fit().estimate(), POINT_TOL);
    assertWald(9582.2597, 12735.2534, r.fit().wald(0.95));
  }

  @Test
  void mainEffectsModelsMatchReference() {
    ModelFit uk = ModelFit.fit(MseTestData.load("UKdat.csv"), List.of());
    assertRel(12213.9951, uk.estimate(), POINT_TOL);
    assertWald(10988.8001, 13621.2567, uk.wald(0.95));
    assertRel(
        13444.1312, ModelFit.fit(MseTestData.load("UKdat_5.csv"), List.of()).estimate(), POINT_TOL);
    assertRel(
        10694.2545, ModelFit.fit(MseTestData.load("UKdat_4.csv"), List.of()).estimate(), POINT_TOL);
  }

  @Test
  void allPairsModelPutsEmptyPairsAtMinusInfinity() {
    CaptureHistoryTable t = MseTestData.load("UKdat.csv");
    List<ListPair> all = ListPair.all(t.numLists());
    assertTrue(ModelFit.check(t, all).admissible());
    ModelFit f = ModelFit.fit(t, all);
    assertEquals(
        List.of("LA:GP", "LA:NCA"),
        f.emptyPairs().stream().map(p -> p.name(t.listNames())).toList());
    assertEquals(63 - (16 + 16 - 8), f.cells().length); // 16 cells hold LA&GP, 16 LA&NCA, 8 both
    assertRel(10568.7067, f.estimate(), POINT_TOL);
    assertWald(6632.0502, 18491.2339, f.wald(0.95));
  }

  @Test
  void thresholdOneFitsAllPairsAndZeroFitsMainEffects() {
    CaptureHistoryTable t = MseTestData.load("UKdat.csv");
    StepwiseSelection.Result all = StepwiseSelection.run(t, 1);
    assertEquals(15, all.steps().size());
    assertRel(10568.7067, all.fit().estimate(), POINT_TOL);
    StepwiseSelection.Result none = StepwiseSelection.run(t, 0);
    assertEquals(List.of(), none.steps());
    assertRel(12213.9951, none.fit().estimate(), POINT_TOL);
  }

  @Test
  void emptyOverlapsOfUkdat() {
    CaptureHistoryTable t = MseTestData.load("UKdat.csv");
    List<String> empty =
        ListPair.all(t.numLists()).stream()
            .filter(p -> t.overlap(p) == 0)
            .map(p -> p.name(t.listNames()))
            .toList();
    assertEquals(List.of("LA:GP", "LA:NCA"), empty);
  }

  static List<String> names(CaptureHistoryTable t, StepwiseSelection.Result r) {
    return r.pairs().stream().map(p -> p.name(t.listNames())).toList();
  }

  static void assertRel(double expected, double actual, double tol) {
    assertTrue(
        Math.abs(actual - expected) <= tol * Math.abs(expected),
        () -> "expected " + expected + " within " + tol + " relative, got " + actual);
  }

  static void assertWald(double lower, double upper, Interval w) {
    assertRel(lower, w.low(), WALD_TOL);
    assertRel(upper, w.high(), WALD_TOL);
  }
}
