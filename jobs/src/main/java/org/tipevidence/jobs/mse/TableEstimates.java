package org.tipevidence.jobs.mse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.tipevidence.common.mse.Bca;
import org.tipevidence.common.mse.BootstrapResult;
import org.tipevidence.common.mse.CaptureHistoryTable;
import org.tipevidence.common.mse.MseEstimator;
import org.tipevidence.common.mse.MseResult;

/**
 * Executor side of the stage: for one table (a row of table index + replicate and jackknife values)
 * the selected model, Wald limits, main-effects and sensitivity fits, and the BCa limits.
 */
final class TableEstimates implements MapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final List<ScreenedTable> tables;
  private final long seed;
  private final int replicates;
  private final double threshold;

  TableEstimates(List<ScreenedTable> tables, MseSettings settings) {
    this.tables = List.copyOf(tables);
    this.seed = settings.seed();
    this.replicates = settings.replicates();
    this.threshold = settings.effectiveThreshold();
  }

  /** Input: table, replicates (array or null), jackknife (array or null). */
  @Override
  public Row call(Row in) {
    ScreenedTable screened = tables.get(in.getInt(0));
    CaptureHistoryTable table = screened.table();
    MseResult result;
    try {
      result =
          new MseEstimator(
                  threshold,
                  MseEstimator.DEFAULT_SENSITIVITY_THRESHOLDS.stream()
                      .mapToDouble(Double::doubleValue)
                      .toArray())
              .estimate(table);
    } catch (RuntimeException e) {
      return DarkFigureRow.failed(
          screened.identity(),
          screened.file().label(),
          table.listNames(),
          table.observed(),
          seed,
          replicates,
          String.valueOf(e.getMessage()));
    }
    List<String[]> warnings = new ArrayList<>();
    BootstrapResult boot = null;
    if (replicates == 0) {
      warnings.add(new String[] {"no_bootstrap", "bootstrap switched off: no BCa limits"});
    } else if (in.isNullAt(1)) {
      throw new IllegalStateException("no bootstrap values for " + screened.file().label());
    } else {
      double[] reps = doubles(in.getList(1));
      double[] jack = doubles(in.getList(2));
      boot = bca(result.estimate(), reps, Bca.acceleration(table.counts(), jack), warnings);
    }
    return DarkFigureRow.of(
        screened.identity(), screened.file().label(), result, boot, seed, replicates, warnings);
  }

  private BootstrapResult bca(
      double estimate, double[] reps, double acceleration, List<String[]> warnings) {
    long failed = Arrays.stream(reps).filter(v -> !Double.isFinite(v)).count();
    if (failed == reps.length || !Double.isFinite(estimate)) {
      warnings.add(
          new String[] {"bca_undefined", "no bootstrap replicate could be fitted: no BCa limits"});
      return null;
    }
    if (failed > 0) {
      warnings.add(
          new String[] {
            "bootstrap_failed_replicates",
            failed + " of " + reps.length + " bootstrap fits failed and were left out"
          });
    }
    BootstrapResult b = BootstrapResult.of(seed, estimate, reps, acceleration);
    if (!Double.isFinite(b.bca95().low()) || !Double.isFinite(b.bca95().high())) {
      warnings.add(
          new String[] {
            "bca_undefined",
            "BCa limits undefined (the estimate lies outside the replicates or the acceleration"
                + " is degenerate); ci_low/ci_high are the Wald limits"
          });
    }
    return b;
  }

  private static double[] doubles(List<Object> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      Object v = values.get(i);
      out[i] = v == null ? Double.NaN : ((Number) v).doubleValue();
    }
    return out;
  }
}
