package org.tipevidence.common.mse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.stats.Interval;

class MseBcaTest {

  @Test
  void type8QuantilesMatchHyndmanFan() {
    double[] x = IntStream.rangeClosed(1, 10).asDoubleStream().toArray();
    // Position p (n + 1/3) + 1/3, i.e. R's quantile(1:10, p, type = 8).
    assertEquals(1.0, Bca.quantileType8(x, 0), 1e-12);
    assertEquals(1 + 1.0 / 3 + 1.0 / 30, Bca.quantileType8(x, 0.1), 1e-12); // 1.366667
    assertEquals(5.5, Bca.quantileType8(x, 0.5), 1e-12);
    assertEquals(9.3 + 1.0 / 3, Bca.quantileType8(x, 0.9), 1e-12); // 9.633333
    assertEquals(10.0, Bca.quantileType8(x, 0.975), 1e-12);
    assertEquals(10.0, Bca.quantileType8(x, 1), 1e-12);
  }

  @Test
  void accelerationWeightsEachHistoryByItsCount() {
    long[] n = {2, 1, 0};
    double[] jack = {10, 13, Double.NaN}; // zero-count row is ignored
    // θ̄ = (2·10 + 13)/3 = 11; d = (1, −2); Σ n d² = 6; Σ n d³ = −6; â = −6 / (6 · 6^1.5)
    assertEquals(-6 / (6 * Math.pow(6, 1.5)), Bca.acceleration(n, jack), 1e-15);
    assertEquals(0, Bca.acceleration(new long[] {3, 4}, new double[] {5, 5}));
  }

  @Test
  void withoutBiasOrAccelerationBcaIsThePercentileInterval() {
    double[] reps = IntStream.rangeClosed(1, 999).asDoubleStream().toArray();
    double thetaHat = 500; // 499 of 999 below: z0 = Φ⁻¹(0.4995) ≈ −0.00125
    Interval ci = Bca.interval(thetaHat, reps, 0, 0.95);
    double z0 = new NormalDistribution().inverseCumulativeProbability(499.0 / 999);
    NormalDistribution nd = new NormalDistribution();
    double lo = nd.cumulativeProbability(2 * z0 - 1.959963984540054);
    double hi = nd.cumulativeProbability(2 * z0 + 1.959963984540054);
    assertEquals(Bca.quantileType8(reps, lo), ci.low(), 1e-9);
    assertEquals(Bca.quantileType8(reps, hi), ci.high(), 1e-9);
    assertTrue(ci.low() > 20 && ci.low() < 30 && ci.high() > 970 && ci.high() < 980);
  }

  @Test
  void positiveAccelerationShiftsLimitsUp() {
    double[] reps = IntStream.rangeClosed(1, 999).asDoubleStream().toArray();
    double[] flat = Bca.limits(500, reps, 0, 0.025, 0.975);
    double[] acc = Bca.limits(500, reps, 0.1, 0.025, 0.975);
    assertTrue(acc[0] > flat[0] && acc[1] > flat[1]);
  }

  @Test
  void failedReplicatesAreLeftOutAndDegenerateCasesGiveNaN() {
    double[] reps = {1, 2, Double.NaN, 3, 4, 5};
    assertArrayEquals(
        Bca.limits(3, new double[] {1, 2, 3, 4, 5}, 0, 0.1, 0.9), Bca.limits(3, reps, 0, 0.1, 0.9));
    // θ̂ below every replicate: z0 = −∞, BCa undefined.
    assertTrue(Double.isNaN(Bca.interval(0, reps, 0, 0.95).low()));
  }
}
