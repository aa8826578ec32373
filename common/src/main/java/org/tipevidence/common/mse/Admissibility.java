package org.tipevidence.common.mse;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Whether a model can be fitted to the data: the (extended) MLE exists and the parameters are
 * identifiable. Existence is the Fienberg–Rinaldo linear programme: maximise τ subject to Aᵀy = s
 * (s = Aᵀn), y_ω ≥ τ, y ≥ 0; the MLE exists iff the optimum is τ &gt; 0, i.e. the observed margins
 * lie in the relative interior of the marginal cone. Solved with Commons Math's {@link
 * SimplexSolver} (Bland's rule) in the equivalent form y = τ + z, z ≥ 0.
 *
 * @param exists the MLE exists (τ* &gt; {@link #TAU_TOLERANCE})
 * @param identifiable the design has full column rank
 * @param tau optimum τ* of the LP on the scaled problem (see {@link #lpOptimum}); when every cell
 *     has a positive count the LP is skipped and this is the lower bound min n_ω (scaled)
 */
public record Admissibility(boolean exists, boolean identifiable, double tau) {

  /**
   * Absolute tolerance on τ* for "zero". The LP is scaled so that Σ y equals the number of cells
   * (τ* ≤ 1, with 1 only for a flat table), which keeps legitimate small optima — e.g. 0.0195 on
   * the count scale of a table of 2,744, i.e. ~5e-4 here — far above simplex round-off (~1e-13).
   */
  public static final double TAU_TOLERANCE = 1e-9;

  /** The simplex is tiny (≤ 2^t columns); Bland's rule rules out cycling on degenerate vertices. */
  private static final int MAX_SIMPLEX_ITERATIONS = 100_000;

  public boolean admissible() {
    return exists && identifiable;
  }

  static Admissibility check(ModelDesign d) {
    boolean identifiable = isFullRank(d.x);
    double tau = lpOptimum(d.x, d.y);
    return new Admissibility(tau > TAU_TOLERANCE, identifiable, tau);
  }

  /** Column rank via SVD (tolerance max(n,p)·σ_max·ulp, as LAPACK/R's default rank checks). */
  static boolean isFullRank(double[][] x) {
    if (x.length < x[0].length) {
      return false;
    }
    return new SingularValueDecomposition(new Array2DRowRealMatrix(x, false)).getRank()
        == x[0].length;
  }

  /** Optimum τ* of the existence LP, with the counts rescaled to sum to the number of cells. */
  static double lpOptimum(double[][] x, double[] counts) {
    int n = x.length;
    int p = x[0].length;
    double total = 0;
    for (double c : counts) {
      total += c;
    }
    if (total <= 0) {
      return 0;
    }
    double scale = n / total;
    // Shortcut: y = n itself is feasible, so all-positive cells give τ* ≥ min n_ω > 0.
    double min = Double.POSITIVE_INFINITY;
    for (double c : counts) {
      min = Math.min(min, c);
    }
    if (min > 0) {
      return min * scale;
    }
    // Same LP after the exact substitution y_ω = τ + z_ω (z ≥ 0): the n constraints y_ω − τ ≥ 0
    // become variable bounds and y ≥ 0 is implied, leaving only the p equalities
    // Aᵀz + τ Aᵀ1 = s. The simplex tableau shrinks from ~(p + n) × (3n + p) to p × (n + 1 + p).
    List<LinearConstraint> cons = new ArrayList<>(p);
    for (int k = 0; k < p; k++) {
      double[] row = new double[n + 1];
      double s = 0;
      double colSum = 0;
      for (int i = 0; i < n; i++) {
        row[i] = x[i][k];
        colSum += x[i][k];
        s += x[i][k] * counts[i];
      }
      row[n] = colSum;
      cons.add(new LinearConstraint(row, Relationship.EQ, s * scale));
    }
    double[] obj = new double[n + 1];
    obj[n] = 1;
    try {
      PointValuePair opt =
          new SimplexSolver()
              .optimize(
                  new MaxIter(MAX_SIMPLEX_ITERATIONS),
                  new LinearObjectiveFunction(obj, 0),
                  new LinearConstraintSet(cons),
                  GoalType.MAXIMIZE,
                  new NonNegativeConstraint(true),
                  PivotSelectionRule.BLAND);
      return Math.max(0, opt.getValue());
    } catch (NoFeasibleSolutionException e) {
      // Cannot happen (y = counts is feasible) unless round-off; treat as "does not exist".
      return 0;
    }
  }
}
