package org.tipevidence.common.mse;

import java.io.Serializable;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.tipevidence.common.stats.Interval;

/**
 * Immutable outcome of {@link MseEstimator#estimate}. Pairs are named {@code LIST1:LIST2}.
 *
 * @param listNames list names in column order
 * @param nLists number of lists t
 * @param observed N_obs
 * @param threshold stepwise p threshold used
 * @param emptyOverlaps all pairs with no victim in common in the data
 * @param selectedPairs pairs in the order the stepwise search added them
 * @param pValues p-value of each selected pair when it was added
 * @param pairsAtMinusInfinity selected pairs with an empty overlap (β = −∞)
 * @param stopP smallest admissible p-value left when the search stopped
 * @param estimate N̂ = N_obs + n̂_0 under the selected model
 * @param undetected n̂_0 (dark figure)
 * @param seLogUndetected se(β̂0) = se(log n̂_0)
 * @param wald95 model-conditional 95% interval for N
 * @param wald80 model-conditional 80% interval for N
 * @param mainEffectsEstimate N̂ under the main-effects (independence) model
 * @param mainEffectsWald95 its 95% Wald interval
 * @param sensitivity stepwise estimates at other thresholds
 * @param warnings warnings, empty if none
 */
public record MseResult(
    List<String> listNames,
    int nLists,
    long observed,
    double threshold,
    List<String> emptyOverlaps,
    List<String> selectedPairs,
    List<Double> pValues,
    List<String> pairsAtMinusInfinity,
    double stopP,
    double estimate,
    double undetected,
    double seLogUndetected,
    Interval wald95,
    Interval wald80,
    double mainEffectsEstimate,
    Interval mainEffectsWald95,
    List<Sensitivity> sensitivity,
    List<MseWarning> warnings)
    implements Serializable {

  public MseResult {
    listNames = List.copyOf(listNames);
    emptyOverlaps = List.copyOf(emptyOverlaps);
    selectedPairs = List.copyOf(selectedPairs);
    pValues = List.copyOf(pValues);
    pairsAtMinusInfinity = List.copyOf(pairsAtMinusInfinity);
    sensitivity = List.copyOf(sensitivity);
    warnings = List.copyOf(warnings);
  }

  /**
   * Stepwise result at another threshold.
   *
   * @param threshold p threshold
   * @param selectedPairs pairs in the order added
   * @param estimate N̂
   * @param wald95 95% Wald interval
   */
  public record Sensitivity(
      double threshold, List<String> selectedPairs, double estimate, Interval wald95)
      implements Serializable {
    public Sensitivity {
      selectedPairs = List.copyOf(selectedPairs);
    }
  }

  /** Wald quantile q of N for the selected model: N_obs + exp(log n̂_0 + Φ⁻¹(q) se). */
  public double waldQuantile(double q) {
    double z = new NormalDistribution(0, 1).inverseCumulativeProbability(q);
    return observed + Math.exp(Math.log(undetected) + z * seLogUndetected);
  }

  public boolean hasWarning(MseWarning.Code code) {
    return warnings.stream().anyMatch(w -> w.code() == code);
  }
}
