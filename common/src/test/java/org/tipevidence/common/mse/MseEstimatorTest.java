package org.tipevidence.common.mse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tipevidence.common.mse.MseReferenceFiguresTest.assertRel;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class MseEstimatorTest {

  @Test
  void ukdatFacadeCarriesReferenceFigures() {
    MseResult r = new MseEstimator().estimate(MseTestData.load("UKdat.csv"));
    assertEquals(6, r.nLists());
    assertEquals(2744, r.observed());
    assertEquals(0.02, r.threshold());
    assertEquals(List.of("LA:GP", "LA:NCA"), r.emptyOverlaps());
    assertEquals(
        List.of("PF:NCA", "LA:NG", "NG:GP", "LA:PF", "PF:GP", "GO:GP", "NG:GO"), r.selectedPairs());
    assertEquals(7, r.pValues().size());
    assertRel(7.1323e-11, r.pValues().get(0), 1e-4);
    assertEquals(List.of(), r.pairsAtMinusInfinity());
    assertEquals(0.116681, r.stopP(), 5e-7);
    assertRel(11417.9911, r.estimate(), 1e-6);
    assertRel(11417.9911 - 2744, r.undetected(), 1e-6);
    assertRel(9977.2826, r.wald95().low(), 1e-4);
    assertRel(13145.6565, r.wald95().high(), 1e-4);
    assertTrue(r.wald80().low() > r.wald95().low() && r.wald80().high() < r.wald95().high());
    assertTrue(r.wald80().low() < r.estimate() && r.estimate() < r.wald80().high());
    assertRel(r.wald80().high(), r.waldQuantile(0.9), 1e-12);
    assertRel(r.estimate(), r.waldQuantile(0.5), 1e-12);
    assertRel(12213.9951, r.mainEffectsEstimate(), 1e-6);
    assertRel(10988.8001, r.mainEffectsWald95().low(), 1e-4);
    assertRel(13621.2567, r.mainEffectsWald95().high(), 1e-4);

    assertEquals(2, r.sensitivity().size());
    MseResult.Sensitivity strict = r.sensitivity().get(0);
    assertEquals(0.001, strict.threshold());
    // GO:GP entered at p = 1.4551e-03 > 0.001, so the strict search stops one step earlier.
    assertEquals(r.selectedPairs().subList(0, 5), strict.selectedPairs());
    MseResult.Sensitivity loose = r.sensitivity().get(1);
    assertEquals(0.05, loose.threshold());
    assertTrue(loose.selectedPairs().size() >= 7);
    assertEquals(r.selectedPairs(), loose.selectedPairs().subList(0, 7));

    assertEquals(1, r.warnings().size(), r.warnings()::toString);
    assertTrue(r.hasWarning(MseWarning.Code.EMPTY_OVERLAP));
    assertTrue(r.warnings().get(0).message().contains("LA:GP, LA:NCA"));
  }

  @Test
  void ukdat4HasNoWarnings() {
    MseResult r = new MseEstimator().estimate(MseTestData.load("UKdat_4.csv"));
    assertEquals(List.of("LA:NG", "LA:PFNCA", "NG:GO"), r.selectedPairs());
    assertRel(11015.2445, r.estimate(), 1e-6);
    assertRel(10694.2545, r.mainEffectsEstimate(), 1e-6);
    assertEquals(List.of(), r.warnings());
  }

  @Test
  void twoListsGiveLincolnPetersenAndWarn() {
    CaptureHistoryTable t = table("A,B,count\n1,0,30\n0,1,20\n1,1,10\n");
    MseResult r = new MseEstimator().estimate(t);
    assertEquals(List.of(), r.selectedPairs());
    assertRel(40.0 * 30 / 10, r.estimate(), 1e-9); // n_A n_B / m
    assertTrue(r.hasWarning(MseWarning.Code.FEW_LISTS));
  }

  @Test
  void emptyPairWithLargeExpectedOverlapEntersAtMinusInfinity() {
    CaptureHistoryTable t =
        table("A,B,C,count\n1,0,0,100\n0,1,0,100\n0,0,1,100\n1,0,1,20\n0,1,1,20\n");
    MseResult r = new MseEstimator().estimate(t);
    assertTrue(r.selectedPairs().contains("A:B"), r::toString);
    assertEquals(List.of("A:B"), r.pairsAtMinusInfinity());
    assertTrue(r.hasWarning(MseWarning.Code.EMPTY_OVERLAP));
    assertTrue(r.hasWarning(MseWarning.Code.PAIR_AT_MINUS_INFINITY));
    assertTrue(Double.isFinite(r.estimate()));
  }

  @Test
  void listWithNoVictimsMeansNoMle() {
    CaptureHistoryTable t = table("A,B,C,count\n1,0,0,30\n0,1,0,20\n1,1,0,10\n");
    assertFalse(ModelFit.check(t, List.of()).exists());
    MseResult r = new MseEstimator().estimate(t);
    assertTrue(r.hasWarning(MseWarning.Code.MLE_NOT_EXIST), r::toString);
  }

  @Test
  void inadmissibleCandidateIsNeverAdded() {
    // No victim on C alone: (1 - a)(1 - b) vanishes on every observed cell, so once A:B is in the
    // model the margins sit on the boundary and its MLE does not exist; main effects are fine.
    CaptureHistoryTable t =
        table("A,B,C,count\n1,0,0,50\n0,1,0,40\n1,1,0,2\n1,0,1,30\n0,1,1,30\n1,1,1,2\n");
    ListPair ab = new ListPair(0, 1);
    assertTrue(ModelFit.check(t, List.of()).admissible());
    assertFalse(ModelFit.check(t, List.of(ab)).exists());
    double raw = PoissonTail.pValue(t.overlap(ab), ModelFit.fit(t, List.of()).expectedOverlap(ab));
    assertTrue(raw < 0.02, "raw p of A:B should be significant, was " + raw);
    StepwiseSelection.Result r = StepwiseSelection.run(t);
    assertEquals(List.of(new ListPair(1, 2), new ListPair(0, 2)), r.pairs());
    assertEquals(1.0, r.stopP()); // A:B is the only candidate left and counts as p = 1
  }

  static CaptureHistoryTable table(String csv) {
    return CaptureHistoryTable.parse(new StringReader(csv));
  }
}
