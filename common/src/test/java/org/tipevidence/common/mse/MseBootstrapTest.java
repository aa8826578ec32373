package org.tipevidence.common.mse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MseBootstrapTest {

  private static final long SEED = 20130101L;

  @Test
  void resamplesAreMultinomialAndReproduciblePerIndex() {
    CaptureHistoryTable t = MseTestData.load("UKdat.csv");
    MseBootstrap b = new MseBootstrap(t);
    long[] r7 = b.resample(SEED, 7);
    assertEquals(t.observed(), Arrays.stream(r7).sum());
    assertArrayEquals(r7, b.resample(SEED, 7));
    assertFalse(Arrays.equals(r7, b.resample(SEED, 8)));
    assertFalse(Arrays.equals(r7, b.resample(SEED + 1, 7)));
    // Rows with zero count are never drawn; means track the data.
    long[] sum = new long[t.numRows()];
    for (int i = 0; i < 200; i++) {
      long[] r = b.resample(SEED, i);
      for (int j = 0; j < sum.length; j++) {
        sum[j] += r[j];
      }
    }
    for (int j = 0; j < sum.length; j++) {
      double mean = sum[j] / 200.0;
      double sd = Math.sqrt(t.count(j) * (1 - (double) t.count(j) / t.observed()) / 200);
      assertEquals(t.count(j), mean, 5 * sd + 1e-9, "row " + j);
    }
  }

  @Test
  void replicatesDoNotDependOnOrderOrParallelism() {
    MseBootstrap b = new MseBootstrap(MseTestData.load("UKdat_4.csv"));
    double[] serial = b.replicates(SEED, 24, false);
    double[] parallel = b.replicates(SEED, 24, true);
    assertArrayEquals(serial, parallel);
    // As an executor would: indices in any order, one call each.
    for (int i : List.of(23, 5, 0, 17)) {
      assertEquals(serial[i], b.replicate(SEED, i));
    }
  }

  @Test
  void bootstrapSurvivesJavaSerializationAsSparkClosuresNeedIt() throws Exception {
    MseBootstrap b = new MseBootstrap(MseTestData.load("UKdat_4.csv"), 0.05);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(b);
    }
    MseBootstrap copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (MseBootstrap) in.readObject();
    }
    assertEquals(b.replicate(SEED, 3), copy.replicate(SEED, 3));
    assertEquals(0.05, copy.threshold());
  }

  @Test
  void jackknifeLowersOneCountPerDistinctHistory() {
    CaptureHistoryTable t = MseTestData.load("UKdat_4.csv");
    MseBootstrap b = new MseBootstrap(t);
    double[] jack = b.jackknife();
    assertEquals(t.numRows(), jack.length);
    long[] c = t.counts();
    c[0]--;
    assertEquals(StepwiseSelection.run(t.withCounts(c)).fit().estimate(), jack[0]);
    assertEquals(Bca.acceleration(t.counts(), jack), b.acceleration());
  }

  /** BCa 95% for UKdat, 1000 replicates: reference about 9,300 – 14,300 (generator-dependent). */
  @Test
  void ukdatBca95WithThousandReplicatesIsNearReference() {
    CaptureHistoryTable t = MseTestData.load("UKdat.csv");
    MseBootstrap b = new MseBootstrap(t);
    long start = System.nanoTime();
    // As the Spark job does it: replicates by index (here a local parallel stream), jackknife
    // acceleration, then the pure BCa combiner.
    double[] reps = b.replicates(SEED, MseBootstrap.DEFAULT_REPLICATES, true);
    double seconds = (System.nanoTime() - start) / 1e9;
    BootstrapResult r = BootstrapResult.of(SEED, b.pointEstimate(), reps, b.acceleration());
    System.out.printf(
        "UKdat bootstrap: %d replicates in %.1f s on %d CPUs; %s%n",
        r.replicates(), seconds, Runtime.getRuntime().availableProcessors(), r);

    assertEquals(1000, r.replicates());
    assertEquals(0, r.failedReplicates());
    MseReferenceFiguresTest.assertRel(11417.9911, r.pointEstimate(), 1e-6);
    assertTrue(Math.abs(r.acceleration()) < 0.1, "acceleration " + r.acceleration());
    MseReferenceFiguresTest.assertRel(9300, r.bca95().low(), 0.05);
    MseReferenceFiguresTest.assertRel(14300, r.bca95().high(), 0.05);
    assertTrue(r.bca80().low() > r.bca95().low() && r.bca80().high() < r.bca95().high());
    assertTrue(r.bca80().low() < r.pointEstimate() && r.pointEstimate() < r.bca80().high());

    // The one-call local driver agrees with the piecewise path; replicate i depends only on
    // (seed, i), so a 40-replicate run reuses the first 40 values.
    BootstrapResult small = b.run(SEED, 40, false);
    assertEquals(
        BootstrapResult.of(SEED, r.pointEstimate(), Arrays.copyOf(reps, 40), r.acceleration()),
        small);
  }
}
