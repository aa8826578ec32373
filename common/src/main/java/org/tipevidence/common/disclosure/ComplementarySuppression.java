package org.tipevidence.common.disclosure;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Complementary suppression: after primary suppression, withholds further cells until {@link
 * DifferencingAttack} recovers none. The rule (deterministic; docs/disclosure.md):
 *
 * <ol>
 *   <li>In equation order (dimension, then total key), every margin equation with exactly one
 *       suppressed cell gets a second one: a published positive part, preferring one whose
 *       suppression creates no new lone unknown elsewhere, then the smallest value, then key order;
 *       else the equation's total; else its smallest published zero part.
 *   <li>Repeated to a fixed point, because a new suppression can leave a single unknown in an
 *       equation of another dimension.
 *   <li>Then, while an equation's suppressed parts are pinned by their lower bounds (residual =
 *       number of unknowns x bound), or the whole system determines a cell (exact elimination), one
 *       more cell is suppressed (as in step 1) in the nearest equation to the recovered cell that
 *       still shows a figure (its own equations first, then equations linked to them by withheld
 *       cells), and step 1 runs again.
 * </ol>
 *
 * <p>Greedy, not optimal: it adds few cells, not provably the fewest (that is an integer program;
 * tau-argus solves it, we do not need to). Positive cells are preferred because a suppressed zero
 * protects little: an attacker who knows the rule would guess the zero. What it protects: no
 * suppressed cell of one table can be computed exactly from that table's published cells and
 * margins. What it does not: intervals (a suppressed cell may still be narrowed to a small range),
 * cells that incomplete breakdowns fix by structure alone ({@link
 * DifferencingAttack#determinedByStructure}), and anything across tables, datasets or versions.
 */
public final class ComplementarySuppression {
  private ComplementarySuppression() {}

  /**
   * Primary then complementary suppression of one table instance.
   *
   * @return cells suppressed as complementary
   */
  public static int protect(DisclosureTable table, SuppressionRule rule) {
    return protect(table, rule, false);
  }

  /**
   * Primary then complementary suppression; with {@code intervals}, also until {@link
   * IntervalAudit} finds every primary cell protected (figures the project must fully protect).
   *
   * @return cells suppressed as complementary
   */
  public static int protect(DisclosureTable table, SuppressionRule rule, boolean intervals) {
    rule.applyPrimary(table);
    return apply(table, rule.suppressedLowerBound(), intervals ? rule : null);
  }

  /**
   * Adds complementary suppressions to a table whose primary (and censored or inherited)
   * suppressions are marked.
   *
   * @param suppressedLowerBound smallest value an attacker may assume for a suppressed cell
   * @return cells suppressed as complementary
   */
  public static int apply(DisclosureTable table, int suppressedLowerBound) {
    return apply(table, suppressedLowerBound, null);
  }

  /**
   * As {@link #apply(DisclosureTable, int)}; when {@code audit} is given, a pattern the exact
   * attacks cannot break is also audited by {@link IntervalAudit}, and each failing cell gets one
   * more suppression (cheapest first, as in step 1) until the audit passes.
   */
  static int apply(DisclosureTable table, int suppressedLowerBound, SuppressionRule audit) {
    List<MarginEquation> equations = table.equations();
    int added = 0;
    while (true) {
      boolean changed = false;
      for (MarginEquation eq : equations) {
        if (DifferencingAttack.unknowns(table, eq).size() == 1) {
          Optional<CellKey> pick = complementFor(table, eq, equations);
          if (pick.isPresent()) {
            table.suppress(pick.get(), CellState.COMPLEMENTARY);
            added++;
            changed = true;
          }
        }
      }
      if (changed) {
        continue;
      }
      List<Disclosure> remaining =
          new java.util.ArrayList<>(DifferencingAttack.lowerBounds(table, suppressedLowerBound));
      if (remaining.isEmpty()) {
        remaining.addAll(DifferencingAttack.linear(table));
      }
      if (remaining.isEmpty() && audit != null) {
        for (IntervalAudit.Failure f : IntervalAudit.audit(table, audit).failures()) {
          remaining.add(new Disclosure(f.cell(), Disclosure.Method.INTERVAL, null, f.low()));
        }
      }
      if (remaining.isEmpty() || !suppressOneMore(table, equations, remaining)) {
        return added;
      }
      added++;
    }
  }

  /**
   * Withholds one more cell for the first recovered cell that allows it: in the nearest equation,
   * counting from the cell's own equations outwards through equations that share a withheld cell (a
   * recovery combines only equations connected that way), that still shows a figure. When every
   * connected equation is fully withheld the recovery would be structural, which {@link
   * DifferencingAttack#linear} does not report, so this always finds a cell while one is reported.
   */
  private static boolean suppressOneMore(
      DisclosureTable table, List<MarginEquation> equations, List<Disclosure> recovered) {
    for (Disclosure d : recovered) {
      Set<MarginEquation> seen = new HashSet<>();
      Set<CellKey> reached = new HashSet<>(List.of(d.cell()));
      ArrayDeque<CellKey> frontier = new ArrayDeque<>(List.of(d.cell()));
      while (!frontier.isEmpty()) {
        CellKey cell = frontier.poll();
        for (MarginEquation eq : equations) {
          if (!eq.contains(cell) || !seen.add(eq)) {
            continue;
          }
          Optional<CellKey> pick = complementFor(table, eq, equations);
          if (pick.isPresent()) {
            table.suppress(pick.get(), CellState.COMPLEMENTARY);
            return true;
          }
          for (CellKey next : eq.members()) {
            if (reached.add(next)) {
              frontier.add(next);
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * The cell to withhold next in an equation: a published positive part, preferring one whose
   * suppression leaves no other equation with a lone unknown (so the cascade stops), then the
   * smallest, then key order; else the published total; else the smallest published zero part.
   * Empty when every member is already suppressed.
   */
  static Optional<CellKey> complementFor(
      DisclosureTable table, MarginEquation eq, List<MarginEquation> equations) {
    Comparator<Cell> preferred =
        Comparator.<Cell, Boolean>comparing(c -> createsLoneUnknown(table, eq, equations, c.key()))
            .thenComparing(Cell::value)
            .thenComparing(Cell::key, Comparator.naturalOrder());
    Optional<Cell> positivePart =
        eq.parts().stream()
            .map(table::cell)
            .filter(c -> c.isKnown() && c.value() > 0)
            .min(preferred);
    if (positivePart.isPresent()) {
      return positivePart.map(Cell::key);
    }
    Cell total = table.cell(eq.total());
    if (total.isKnown()) {
      return Optional.of(total.key());
    }
    return eq.parts().stream().map(table::cell).filter(Cell::isKnown).min(preferred).map(Cell::key);
  }

  /** Whether suppressing {@code key} would make it the only unknown of another equation. */
  private static boolean createsLoneUnknown(
      DisclosureTable table, MarginEquation current, List<MarginEquation> equations, CellKey key) {
    for (MarginEquation other : equations) {
      if (other != current
          && other.contains(key)
          && DifferencingAttack.unknowns(table, other).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
