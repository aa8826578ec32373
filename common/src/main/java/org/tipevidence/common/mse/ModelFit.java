package org.tipevidence.common.mse;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.tipevidence.common.stats.Interval;

/**
 * A fitted log-linear model and the population estimates it implies.
 *
 * @param pairs the two-list interactions M, in the order given (stepwise: order added)
 * @param emptyPairs the pairs of M with an empty overlap, fitted at β = −∞
 * @param observed N_obs
 * @param cells history masks of the cells in the fit (structural zeros removed)
 * @param glm the Poisson GLM fit; coefficient 0 is log n̂_0
 */
public record ModelFit(
    List<ListPair> pairs,
    List<ListPair> emptyPairs,
    long observed,
    int[] cells,
    PoissonGlm.Fit glm) {

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  public ModelFit {
    pairs = List.copyOf(pairs);
    emptyPairs = List.copyOf(emptyPairs);
    cells = cells.clone();
  }

  @Override
  public int[] cells() {
    return cells.clone();
  }

  /** Fits the model with interactions {@code pairs} (no admissibility check, as in SparseMSE). */
  public static ModelFit fit(CaptureHistoryTable table, List<ListPair> pairs) {
    ModelDesign d = ModelDesign.build(table, pairs);
    return new ModelFit(d.pairs, d.emptyPairs, table.observed(), d.cells, PoissonGlm.fit(d.x, d.y));
  }

  /** Existence and identifiability of the MLE for this table and set of pairs. */
  public static Admissibility check(CaptureHistoryTable table, List<ListPair> pairs) {
    return Admissibility.check(ModelDesign.build(table, pairs));
  }

  /** n̂_0 = exp(β̂0): estimated victims on no list. */
  public double undetected() {
    return Math.exp(glm.coefficient(0));
  }

  /** N̂ = N_obs + n̂_0. */
  public double estimate() {
    return observed + undetected();
  }

  /** se(β̂0) from the inverse Fisher information. */
  public double logUndetectedStandardError() {
    return glm.standardError(0);
  }

  /** Model-conditional (Wald) quantile q of N: N_obs + exp(β̂0 + Φ⁻¹(q) se(β̂0)). */
  public double waldQuantile(double q) {
    double z = STANDARD_NORMAL.inverseCumulativeProbability(q);
    return observed + Math.exp(glm.coefficient(0) + z * logUndetectedStandardError());
  }

  /** Two-sided Wald interval at {@code level} (e.g. 0.95 → quantiles 0.025 and 0.975). */
  public Interval wald(double level) {
    double a = (1 - level) / 2;
    return new Interval(waldQuantile(a), waldQuantile(1 - a));
  }

  /**
   * λ*_ij: expected overlap of a pair under this fit, Σ μ̂_ω over fitted cells with ω_i = ω_j = 1
   * (deleted structural-zero cells contribute 0).
   */
  public double expectedOverlap(ListPair pair) {
    int m = pair.mask();
    double s = 0;
    for (int r = 0; r < cells.length; r++) {
      if ((cells[r] & m) == m) {
        s += glm.fittedAt(r);
      }
    }
    return s;
  }
}
