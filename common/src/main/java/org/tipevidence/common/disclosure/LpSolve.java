package org.tipevidence.common.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/** One linear program over a {@link IntervalAudit.LinearSystem}, solved by Commons Math. */
final class LpSolve {
  private LpSolve() {}

  /**
   * The smallest (or largest) value of variable {@code target} subject to the equations and bounds.
   *
   * @return the optimum; +infinity when maximising an unbounded variable; null when infeasible
   */
  static Double optimum(
      IntervalAudit.LinearSystem system, int target, double[] lo, double[] hi, boolean maximise) {
    int n = system.variables().size();
    List<LinearConstraint> constraints = new ArrayList<>();
    for (int r = 0; r < system.rows().size(); r++) {
      constraints.add(
          new LinearConstraint(system.rows().get(r), Relationship.EQ, system.rhs().get(r)));
    }
    for (int i = 0; i < n; i++) {
      if (lo[i] > 0) {
        constraints.add(new LinearConstraint(unit(n, i), Relationship.GEQ, lo[i]));
      }
      if (!Double.isInfinite(hi[i])) {
        constraints.add(new LinearConstraint(unit(n, i), Relationship.LEQ, hi[i]));
      }
    }
    try {
      PointValuePair p =
          new SimplexSolver()
              .optimize(
                  new MaxIter(10_000),
                  new LinearObjectiveFunction(unit(n, target), 0),
                  new LinearConstraintSet(constraints),
                  maximise ? GoalType.MAXIMIZE : GoalType.MINIMIZE,
                  new NonNegativeConstraint(true));
      return p.getValue();
    } catch (NoFeasibleSolutionException e) {
      return null;
    } catch (UnboundedSolutionException e) {
      return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
  }

  private static double[] unit(int n, int i) {
    double[] v = new double[n];
    v[i] = 1;
    return v;
  }
}
