package org.tipevidence.common.mse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Multiple systems estimation of the total number of victims, SparseMSE defaults: stepwise model
 * choice at p = 0.02, extended MLE for empty overlaps, Wald limits, plus the main-effects model and
 * a threshold sensitivity check. Stateless and thread-safe.
 */
public final class MseEstimator {

  /** Thresholds of the sensitivity check around the default 0.02. */
  public static final List<Double> DEFAULT_SENSITIVITY_THRESHOLDS = List.of(0.001, 0.05);

  private final double threshold;
  private final double[] sensitivityThresholds;

  public MseEstimator() {
    this(
        StepwiseSelection.DEFAULT_THRESHOLD,
        DEFAULT_SENSITIVITY_THRESHOLDS.stream().mapToDouble(Double::doubleValue).toArray());
  }

  public MseEstimator(double threshold, double... sensitivityThresholds) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
    }
    this.threshold = threshold;
    this.sensitivityThresholds = sensitivityThresholds.clone();
  }

  public MseResult estimate(CaptureHistoryTable table) {
    List<String> names = table.listNames();
    List<MseWarning> warnings = new ArrayList<>();
    if (table.numLists() < 3) {
      warnings.add(
          new MseWarning(
              MseWarning.Code.FEW_LISTS,
              "only "
                  + table.numLists()
                  + " lists: no interaction can be fitted, so the estimate rests on the untestable"
                  + " assumption that the lists are independent"));
    }
    List<String> empty =
        ListPair.all(table.numLists()).stream()
            .filter(p -> table.overlap(p) == 0)
            .map(p -> p.name(names))
            .toList();
    if (!empty.isEmpty()) {
      warnings.add(
          new MseWarning(
              MseWarning.Code.EMPTY_OVERLAP,
              "no victim in common for "
                  + String.join(", ", empty)
                  + "; if such a pair is selected it is fitted at -infinity (structural zeros)"));
    }

    StepwiseSelection.Result step = StepwiseSelection.run(table, threshold);
    ModelFit fit = step.fit();
    List<String> atMinusInf = fit.emptyPairs().stream().map(p -> p.name(names)).toList();
    if (!atMinusInf.isEmpty()) {
      warnings.add(
          new MseWarning(
              MseWarning.Code.PAIR_AT_MINUS_INFINITY,
              "selected model contains "
                  + String.join(", ", atMinusInf)
                  + " at -infinity: those lists are treated as never sharing a victim"));
    }
    ModelFit main = ModelFit.fit(table, List.of());
    checkModel(table, fit, "selected model", warnings);
    if (!step.steps().isEmpty()) {
      checkModel(table, main, "main-effects model", warnings);
    }

    List<MseResult.Sensitivity> sens = new ArrayList<>();
    for (double th : sensitivityThresholds) {
      StepwiseSelection.Result s = StepwiseSelection.run(table, th);
      sens.add(
          new MseResult.Sensitivity(
              th,
              s.pairs().stream().map(p -> p.name(names)).toList(),
              s.fit().estimate(),
              s.fit().wald(0.95)));
    }

    return new MseResult(
        names,
        table.numLists(),
        table.observed(),
        threshold,
        empty,
        step.pairs().stream().map(p -> p.name(names)).toList(),
        step.steps().stream().map(StepwiseSelection.Step::pValue).toList(),
        atMinusInf,
        step.stopP(),
        fit.estimate(),
        fit.undetected(),
        fit.logUndetectedStandardError(),
        fit.wald(0.95),
        fit.wald(0.80),
        main.estimate(),
        main.wald(0.95),
        sens,
        warnings);
  }

  /** Bootstrap driver for this table with this estimator's threshold (replicates run anywhere). */
  public MseBootstrap bootstrap(CaptureHistoryTable table) {
    return new MseBootstrap(table, threshold);
  }

  /** Local BCa bootstrap (all replicates in this JVM, in parallel). */
  public BootstrapResult bootstrap(CaptureHistoryTable table, long seed, int replicates) {
    return bootstrap(table).run(seed, replicates, true);
  }

  private static void checkModel(
      CaptureHistoryTable table, ModelFit fit, String which, List<MseWarning> warnings) {
    Admissibility a = ModelFit.check(table, fit.pairs());
    if (!a.exists()) {
      warnings.add(
          new MseWarning(
              MseWarning.Code.MLE_NOT_EXIST,
              "the maximum likelihood estimate of the "
                  + which
                  + " does not exist (observed margins on the boundary, e.g. a list with no"
                  + " victims); its estimate and interval are not reliable"));
    }
    if (!a.identifiable()) {
      warnings.add(
          new MseWarning(
              MseWarning.Code.NOT_IDENTIFIABLE,
              "the parameters of the " + which + " are not identifiable (rank-deficient design)"));
    }
    if (!fit.glm().converged()) {
      warnings.add(
          new MseWarning(
              MseWarning.Code.NOT_CONVERGED,
              "the fit of the "
                  + which
                  + " did not converge in "
                  + PoissonGlm.MAX_ITERATIONS
                  + " IRLS iterations"));
    }
  }

  @Override
  public String toString() {
    return "MseEstimator[threshold="
        + threshold
        + ", sensitivity="
        + Arrays.toString(sensitivityThresholds)
        + "]";
  }
}
