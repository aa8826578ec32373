package org.tipevidence.common.mse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * SparseMSE's stepwise model choice. From the main-effects model, repeatedly compute for every pair
 * not yet in the model p = min(P(X ≤ N*), P(X ≥ N*)) with X ~ Poisson(λ*) under the current fit (p
 * = 1 if adding the pair makes the model inadmissible); stop when the smallest p ≥ threshold,
 * otherwise add the pair with the smallest p (ties: lowest lexicographic index) and refit.
 */
public final class StepwiseSelection {

  /** SparseMSE's default threshold. */
  public static final double DEFAULT_THRESHOLD = 0.02;

  /** One pair added: its p-value when it entered, and whether it entered at −∞. */
  public record Step(ListPair pair, double pValue, boolean empty) {}

  /**
   * Outcome of the search.
   *
   * @param steps pairs in the order added
   * @param stopP smallest admissible p-value when the search stopped (1 if none is left); for
   *     thresholds 0 and 1 (the SparseMSE shortcuts) this is NaN
   * @param fit the chosen model
   */
  public record Result(List<Step> steps, double stopP, ModelFit fit) {
    public Result {
      steps = List.copyOf(steps);
    }

    public List<ListPair> pairs() {
      return steps.stream().map(Step::pair).toList();
    }
  }

  private StepwiseSelection() {}

  public static Result run(CaptureHistoryTable table) {
    return run(table, DEFAULT_THRESHOLD);
  }

  /** Runs the search. Threshold 0 gives main effects; 1 gives all pairs if that model is fine. */
  public static Result run(CaptureHistoryTable table, double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
    }
    int t = table.numLists();
    List<ListPair> candidates = ListPair.all(t);
    // SparseMSE shortcuts at the ends of the threshold range.
    if (threshold == 0) {
      return new Result(List.of(), Double.NaN, ModelFit.fit(table, List.of()));
    }
    if (threshold == 1 && ModelFit.check(table, candidates).admissible()) {
      List<Step> all = new ArrayList<>();
      for (ListPair pr : candidates) {
        all.add(new Step(pr, Double.NaN, table.overlap(pr) == 0));
      }
      return new Result(all, Double.NaN, ModelFit.fit(table, candidates));
    }

    long[] nStar = new long[candidates.size()];
    for (int k = 0; k < nStar.length; k++) {
      nStar[k] = table.overlap(candidates.get(k));
    }
    boolean[] included = new boolean[candidates.size()];
    List<ListPair> model = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    ModelFit fit = ModelFit.fit(table, model);
    while (true) {
      List<Integer> open = new ArrayList<>();
      double[] p = new double[candidates.size()];
      for (int k = 0; k < p.length; k++) {
        if (!included[k]) {
          p[k] = PoissonTail.pValue(nStar[k], fit.expectedOverlap(candidates.get(k)));
          if (Double.isNaN(p[k])) {
            p[k] = 1; // a diverged fit gives no evidence for the pair
          }
          open.add(k);
        }
      }
      // Only the best admissible candidate matters, so check admissibility (an LP each) lazily in
      // order of (p, index): the first admissible one is exactly min over p' = (p or 1), with the
      // lowest-index tie-break. This avoids an LP for every candidate at every step.
      open.sort(Comparator.<Integer>comparingDouble(k -> p[k]).thenComparingInt(k -> k));
      int chosen = -1;
      for (int k : open) {
        if (p[k] >= 1) {
          break; // inadmissible candidates also count as 1; nothing below 1 is left
        }
        List<ListPair> trial = new ArrayList<>(model);
        trial.add(candidates.get(k));
        if (ModelFit.check(table, trial).admissible()) {
          chosen = k;
          break;
        }
      }
      double minP = chosen < 0 ? 1 : p[chosen];
      if (minP >= threshold) {
        return new Result(steps, minP, fit);
      }
      ListPair pr = candidates.get(chosen);
      included[chosen] = true;
      model.add(pr);
      steps.add(new Step(pr, p[chosen], nStar[chosen] == 0));
      fit = ModelFit.fit(table, model);
    }
  }
}
