package org.tipevidence.common.mse;

import java.io.Serializable;
import java.util.Arrays;
import org.tipevidence.common.stats.Interval;

/**
 * BCa bootstrap summary.
 *
 * @param seed seed the replicates were drawn with
 * @param replicates number of replicates requested
 * @param failedReplicates replicates whose fit failed (non-finite, left out)
 * @param pointEstimate θ̂ on the data
 * @param acceleration jackknife â
 * @param biasCorrection z0
 * @param bca95 BCa 95% interval
 * @param bca80 BCa 80% interval
 */
public record BootstrapResult(
    long seed,
    int replicates,
    int failedReplicates,
    double pointEstimate,
    double acceleration,
    double biasCorrection,
    Interval bca95,
    Interval bca80)
    implements Serializable {

  /** Combines replicate values (from anywhere) into the BCa summary. */
  public static BootstrapResult of(
      long seed, double thetaHat, double[] replicates, double acceleration) {
    int failed = (int) Arrays.stream(replicates).filter(v -> !Double.isFinite(v)).count();
    return new BootstrapResult(
        seed,
        replicates.length,
        failed,
        thetaHat,
        acceleration,
        Bca.biasCorrection(thetaHat, replicates),
        Bca.interval(thetaHat, replicates, acceleration, 0.95),
        Bca.interval(thetaHat, replicates, acceleration, 0.80));
  }
}
