package org.tipevidence.common.mse;

import java.io.Serializable;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.Well19937c;

/**
 * Bootstrap for the stepwise MSE estimate: multinomial resampling of the counts over the input
 * rows, with the whole stepwise selection rerun on each resample, so intervals reflect model
 * choice.
 *
 * <p>Each replicate is a pure function of (seed, index): it seeds its own generator from the pair,
 * so replicates can be computed in any order, on any executor, and always give the same value.
 * Spark usage: broadcast or capture this (it is {@link Serializable}), map replicate indices 0..B−1
 * through {@link #replicate(long, int)}, collect, then combine with {@link #jackknife()} via {@link
 * Bca#acceleration} and {@link Bca#interval}.
 */
public final class MseBootstrap implements Serializable {

  private static final long serialVersionUID = 1L;

  /** SparseMSE's default number of replicates. */
  public static final int DEFAULT_REPLICATES = 1000;

  private final CaptureHistoryTable table;
  private final double threshold;

  public MseBootstrap(CaptureHistoryTable table, double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
    }
    this.table = table;
    this.threshold = threshold;
  }

  public MseBootstrap(CaptureHistoryTable table) {
    this(table, StepwiseSelection.DEFAULT_THRESHOLD);
  }

  public CaptureHistoryTable table() {
    return table;
  }

  public double threshold() {
    return threshold;
  }

  /** θ̂: the stepwise estimate on the data itself. */
  public double pointEstimate() {
    return StepwiseSelection.run(table, threshold).fit().estimate();
  }

  /**
   * Counts of resample {@code index}: Multinomial(N_obs, n_r / N_obs) over the input rows, drawn as
   * N_obs exact categorical draws (integer arithmetic, no rounding of probabilities).
   */
  public long[] resample(long seed, int index) {
    Well19937c rng = new Well19937c(streamSeed(seed, index));
    long[] counts = table.counts();
    long n = table.observed();
    long[] cumulative = new long[counts.length];
    long acc = 0;
    for (int r = 0; r < counts.length; r++) {
      acc += counts[r];
      cumulative[r] = acc;
    }
    long[] out = new long[counts.length];
    for (long k = 0; k < n; k++) {
      long u = rng.nextLong(n); // uniform in [0, n): row r owns [cum[r-1], cum[r])
      int lo = 0;
      int hi = counts.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cumulative[mid] > u) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      out[lo]++;
    }
    return out;
  }

  /**
   * Estimate N̂ of bootstrap replicate {@code index} under {@code seed}. NaN if the fit fails
   * outright (left out by {@link Bca}); never throws for a valid resample.
   */
  public double replicate(long seed, int index) {
    return estimateOrNaN(table.withCounts(resample(seed, index)));
  }

  /** Replicates 0..count−1, computed locally (in parallel if asked; the values do not change). */
  public double[] replicates(long seed, int count, boolean parallel) {
    IntStream idx = IntStream.range(0, count);
    return (parallel ? idx.parallel() : idx).mapToDouble(i -> replicate(seed, i)).toArray();
  }

  /**
   * Jackknife estimate with the count of input row {@code row} lowered by one; NaN for a row with
   * count 0 (it has no victim to delete and carries zero weight in the acceleration).
   */
  public double jackknifeEstimate(int row) {
    long[] c = table.counts();
    if (c[row] == 0) {
      return Double.NaN;
    }
    c[row]--;
    return estimateOrNaN(table.withCounts(c));
  }

  /** Jackknife estimates for every input row (see {@link #jackknifeEstimate(int)}). */
  public double[] jackknife() {
    return IntStream.range(0, table.numRows()).mapToDouble(this::jackknifeEstimate).toArray();
  }

  /** â from the jackknife over distinct histories. */
  public double acceleration() {
    return Bca.acceleration(table.counts(), jackknife());
  }

  /** Runs everything locally: point estimate, replicates, jackknife, BCa 95% and 80%. */
  public BootstrapResult run(long seed, int count, boolean parallel) {
    double thetaHat = pointEstimate();
    double[] reps = replicates(seed, count, parallel);
    return BootstrapResult.of(seed, thetaHat, reps, acceleration());
  }

  private double estimateOrNaN(CaptureHistoryTable t) {
    try {
      double v = StepwiseSelection.run(t, threshold).fit().estimate();
      return Double.isFinite(v) ? v : Double.NaN;
    } catch (RuntimeException e) {
      return Double.NaN; // e.g. a singular design; counted as a failed replicate
    }
  }

  /** Independent generator stream per (seed, index): both halves of the seed plus the index. */
  static int[] streamSeed(long seed, int index) {
    return new int[] {(int) (seed >>> 32), (int) seed, index, 0x4D534542 /* "MSEB" */};
  }
}
