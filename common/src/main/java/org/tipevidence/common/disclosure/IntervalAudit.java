package org.tipevidence.common.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit statistical offices run on a suppression pattern (tau-ARGUS, sdcTable): for every
 * withheld primary cell, the feasibility interval an attacker gets by linear programming from
 * everything shown in its table (all margin equations, non-negativity, integrality by rounding) and
 * from the published labels of the other withheld cells: {@code primary} in 1..k-1, {@code
 * complementary} 0 or at least k, {@code censored} (GLOTIP {@code <5}) in 1..4.
 *
 * <p>A primary cell is protected when both hold:
 *
 * <ul>
 *   <li>without its own label, its interval reaches 0 or k: the rest of the table cannot rule out
 *       that the cell is empty or at least k (the tau-ARGUS protection interval for counts);
 *   <li>with its own label, its interval keeps more than one value.
 * </ul>
 *
 * <p>The disjunction "0 or at least k" of complementary cells is not linear: it is applied by
 * tightening bounds to a fixed point (an interval that excludes 0 must lie at or above k; one below
 * k is 0). Tables whose published margins are inconsistent (parts that do not add up: GLOTIP,
 * {@code _O}/{@code _U} sex codes) have no feasible point under exact margins and are reported as
 * unauditable rather than guessed at; the exact attacks of {@link DifferencingAttack} still cover
 * them.
 */
public final class IntervalAudit {
  private IntervalAudit() {}

  /** GLOTIP publishes counts 1..4 as {@code <5}. */
  static final double CENSORED_LOW = 1;

  static final double CENSORED_HIGH = 4;

  private static final double EPS = 1e-6;
  private static final int MAX_TIGHTENING_ROUNDS = 20;

  /**
   * A primary cell the audit finds unprotected.
   *
   * @param low smallest value the attacker cannot exclude, with the cell's own label
   * @param high largest such value (infinite when unbounded)
   * @param reach the interval without the cell's own label, as "[low, high]"
   */
  public record Failure(CellKey cell, double low, double high, String reach, String why) {}

  /** The result: failures, or that the table could not be audited (inconsistent margins). */
  public record Result(List<Failure> failures, boolean auditable) {
    public boolean protectedTable() {
      return failures.isEmpty();
    }
  }

  /**
   * Audits the table as a reader sees it: withheld cells' values are not used, only their states.
   */
  public static Result audit(DisclosureTable table, SuppressionRule rule) {
    LinearSystem system = LinearSystem.of(table);
    boolean anyPrimary =
        system.variables().stream().anyMatch(k -> table.cell(k).state() == CellState.PRIMARY);
    if (!anyPrimary) {
      return new Result(List.of(), true); // nothing to audit: no LP at all
    }
    int n = system.variables().size();
    double k = rule.threshold();
    double[] lo = new double[n];
    double[] hi = new double[n];
    CellState[] label = new CellState[n];
    for (int i = 0; i < n; i++) {
      label[i] = table.cell(system.variables().get(i)).state();
      double[] b = labelBounds(label[i], rule);
      lo[i] = b[0];
      hi[i] = b[1];
    }
    double[] labelLo = lo.clone();
    double[] labelHi = hi.clone();
    if (!tighten(system, lo, hi, label, k)) {
      return new Result(List.of(), false);
    }
    List<Failure> failures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (label[i] != CellState.PRIMARY) {
        continue;
      }
      CellKey cell = system.variables().get(i);
      double[] ownLo = labelLo.clone();
      double[] ownHi = labelHi.clone();
      ownLo[i] = 0;
      ownHi[i] = Double.POSITIVE_INFINITY;
      double[] reach = system.range(i, ownLo, ownHi);
      String reachText = reach == null ? "infeasible" : interval(reach[0], reach[1]);
      if (lo[i] >= hi[i]) {
        failures.add(
            new Failure(
                cell, lo[i], hi[i], reachText, "pinned to " + (long) lo[i] + " by the bounds"));
      } else if (reach != null && reach[0] > EPS && reach[1] < k - EPS) {
        failures.add(
            new Failure(
                cell,
                lo[i],
                hi[i],
                reachText,
                "the rest of the table bounds it to "
                    + reachText
                    + ", which reaches neither 0 nor "
                    + (long) k));
      }
    }
    return new Result(failures, true);
  }

  /** What a reader assumes about a withheld cell from its published reason. */
  static double[] labelBounds(CellState state, SuppressionRule rule) {
    return switch (state) {
      case PRIMARY -> new double[] {rule.suppressZeros() ? 0 : 1, rule.threshold() - 1};
      case CENSORED -> new double[] {CENSORED_LOW, CENSORED_HIGH};
      default -> new double[] {0, Double.POSITIVE_INFINITY};
    };
  }

  /**
   * Narrows every variable's bounds to its LP range, rounded to integers, with the complementary
   * disjunction, until nothing changes. False when the system has no solution.
   */
  private static boolean tighten(
      LinearSystem system, double[] lo, double[] hi, CellState[] label, double k) {
    for (int round = 0; round < MAX_TIGHTENING_ROUNDS; round++) {
      boolean changed = false;
      for (int i = 0; i < lo.length; i++) {
        // Primary cells are the audited ones; complementary cells carry the only non-linear
        // knowledge. Other cells' LP ranges add nothing but rounding, so they are not solved.
        if (label[i] != CellState.PRIMARY && label[i] != CellState.COMPLEMENTARY) {
          continue;
        }
        double[] r = system.range(i, lo, hi);
        if (r == null) {
          return false;
        }
        double newLo = Math.max(lo[i], Math.ceil(r[0] - EPS));
        double newHi = Math.min(hi[i], Math.floor(r[1] + EPS));
        if (label[i] == CellState.COMPLEMENTARY) {
          if (newLo > 0 && newLo < k) {
            newLo = k;
          }
          if (newHi < k && newHi > 0) {
            newHi = 0;
          }
        }
        if (newLo > newHi) {
          return false;
        }
        if (newLo > lo[i] || newHi < hi[i]) {
          lo[i] = newLo;
          hi[i] = newHi;
          changed = true;
        }
      }
      if (!changed) {
        return true;
      }
    }
    return true;
  }

  /** "[low, high]", with "inf" for an unbounded high. */
  public static String interval(double low, double high) {
    return "[" + format(low) + ", " + (Double.isInfinite(high) ? "inf" : format(high)) + "]";
  }

  private static String format(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format("%.2f", v);
  }

  /** The margin equations over the withheld cells: sum of parts - total = known right-hand side. */
  record LinearSystem(List<CellKey> variables, List<double[]> rows, List<Double> rhs) {
    static LinearSystem of(DisclosureTable table) {
      Map<CellKey, Integer> index = new LinkedHashMap<>();
      List<MarginEquation> equations = new ArrayList<>();
      for (MarginEquation eq : table.equations()) {
        List<CellKey> unknown = DifferencingAttack.unknowns(table, eq);
        if (!unknown.isEmpty()) {
          equations.add(eq);
          unknown.forEach(key -> index.putIfAbsent(key, index.size()));
        }
      }
      List<double[]> rows = new ArrayList<>();
      List<Double> rhs = new ArrayList<>();
      for (MarginEquation eq : equations) {
        double[] row = new double[index.size()];
        double b = 0;
        for (CellKey key : eq.members()) {
          double sign = key.equals(eq.total()) ? -1 : 1;
          Cell cell = table.cell(key);
          if (cell.state().isSuppressed()) {
            row[index.get(key)] += sign;
          } else {
            b -= sign * cell.value();
          }
        }
        rows.add(row);
        rhs.add(b);
      }
      return new LinearSystem(List.copyOf(index.keySet()), rows, rhs);
    }

    /** {min, max} of variable i under the bounds; null when infeasible. */
    double[] range(int i, double[] lo, double[] hi) {
      Double min = LpSolve.optimum(this, i, lo, hi, false);
      if (min == null) {
        return null;
      }
      Double max = LpSolve.optimum(this, i, lo, hi, true);
      return new double[] {min, max == null ? Double.POSITIVE_INFINITY : max};
    }
  }
}
