package org.tipevidence.common.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * What a reader of one published table can work out about its suppressed cells from the published
 * cells and the margin equations (total = sum of parts along each dimension). It knows nothing
 * else: not other tables, other versions or outside facts (docs/disclosure.md, "Limits").
 */
public final class DifferencingAttack {
  private DifferencingAttack() {}

  /** Every recovered cell, each once: margins first, then lower bounds, then linear algebra. */
  public static List<Disclosure> all(DisclosureTable table, int suppressedLowerBound) {
    Map<CellKey, Disclosure> found = new LinkedHashMap<>();
    for (Disclosure d : margins(table)) {
      found.putIfAbsent(d.cell(), d);
    }
    for (Disclosure d : lowerBounds(table, suppressedLowerBound)) {
      found.putIfAbsent(d.cell(), d);
    }
    for (Disclosure d : linear(table)) {
      found.putIfAbsent(d.cell(), d);
    }
    return List.copyOf(found.values());
  }

  /** Cells that are the only unknown of some margin equation. */
  public static List<Disclosure> margins(DisclosureTable table) {
    List<Disclosure> out = new ArrayList<>();
    for (MarginEquation eq : table.equations()) {
      List<CellKey> unknown = unknowns(table, eq);
      if (unknown.size() != 1) {
        continue;
      }
      CellKey cell = unknown.get(0);
      double knownParts = 0;
      for (CellKey p : eq.parts()) {
        if (!p.equals(cell)) {
          knownParts += table.cell(p).value();
        }
      }
      double recovered =
          cell.equals(eq.total()) ? knownParts : table.cell(eq.total()).value() - knownParts;
      out.add(new Disclosure(cell, Disclosure.Method.MARGIN, eq.dimension(), recovered));
    }
    return out;
  }

  /**
   * Equations with a published total and two or more suppressed parts whose residual (total minus
   * known parts) leaves each part no room above its lower bound: all of them are then known.
   */
  public static List<Disclosure> lowerBounds(DisclosureTable table, int lowerBound) {
    List<Disclosure> out = new ArrayList<>();
    for (MarginEquation eq : table.equations()) {
      List<CellKey> unknown = unknowns(table, eq);
      if (unknown.size() < 2 || unknown.contains(eq.total())) {
        continue;
      }
      double residual = table.cell(eq.total()).value();
      for (CellKey p : eq.parts()) {
        if (!unknown.contains(p)) {
          residual -= table.cell(p).value();
        }
      }
      if (residual == (double) unknown.size() * lowerBound) {
        for (CellKey cell : unknown) {
          out.add(new Disclosure(cell, Disclosure.Method.LOWER_BOUNDS, eq.dimension(), lowerBound));
        }
      }
    }
    return out;
  }

  /**
   * Cells determined by the whole system of margin equations over the suppressed cells, solved
   * exactly: catches recoveries that need several equations (e.g. a suppressed cell that is a
   * "bridge" between two otherwise protected groups), which no single equation reveals. Cells
   * {@linkplain #determinedByStructure determined by the structure alone} are not reported.
   */
  public static List<Disclosure> linear(DisclosureTable table) {
    // sum(parts) - total = 0, unknowns on the left, known values moved to the right; doubles
    // convert to fractions exactly, and the coefficients are small integers.
    IntervalAudit.LinearSystem system = IntervalAudit.LinearSystem.of(table);
    List<CellKey> vars = system.variables();
    List<long[]> a = new ArrayList<>();
    List<BigFraction> b = new ArrayList<>();
    for (int r = 0; r < system.rows().size(); r++) {
      double[] row = system.rows().get(r);
      long[] exact = new long[row.length];
      for (int c = 0; c < row.length; c++) {
        exact[c] = (long) row[c];
      }
      a.add(exact);
      b.add(new BigFraction(system.rhs().get(r)));
    }
    BigFraction[] solved = ExactElimination.determined(a, b, vars.size());
    List<Disclosure> out = new ArrayList<>();
    Set<CellKey> structural = null;
    for (int i = 0; i < vars.size(); i++) {
      if (solved[i] != null) {
        if (structural == null) {
          structural = determinedByStructure(table);
        }
        if (structural.contains(vars.get(i))) {
          continue;
        }
        out.add(
            new Disclosure(vars.get(i), Disclosure.Method.LINEAR, null, solved[i].doubleValue()));
      }
    }
    return out;
  }

  /**
   * Cells the margin equations fix even when every cell is unknown. This happens only where a
   * breakdown is incomplete (e.g. GLOTIP reports "other forms" as a country total but breaks the
   * other forms down by sex): exact additivity then forces such a cell to 0, which the real figures
   * contradict, so any value "recovered" for it is an artefact of the model, not a disclosure, and
   * no suppression pattern could change it. Single margins still apply to them.
   */
  public static Set<CellKey> determinedByStructure(DisclosureTable table) {
    List<CellKey> vars = new ArrayList<>();
    Map<CellKey, Integer> index = new LinkedHashMap<>();
    for (Cell c : table.cells()) {
      if (c.participates()) {
        index.put(c.key(), vars.size());
        vars.add(c.key());
      }
    }
    List<long[]> a = new ArrayList<>();
    for (MarginEquation eq : table.equations()) {
      long[] row = new long[vars.size()];
      for (CellKey k : eq.members()) {
        row[index.get(k)] += k.equals(eq.total()) ? -1 : 1;
      }
      a.add(row);
    }
    boolean[] fixed = ExactElimination.determinedByStructure(a, vars.size());
    Set<CellKey> out = new LinkedHashSet<>();
    for (int i = 0; i < fixed.length; i++) {
      if (fixed[i]) {
        out.add(vars.get(i));
      }
    }
    return out;
  }

  static List<CellKey> unknowns(DisclosureTable table, MarginEquation eq) {
    Set<CellKey> out = new LinkedHashSet<>();
    for (CellKey k : eq.members()) {
      if (table.cell(k).state().isSuppressed()) {
        out.add(k);
      }
    }
    return List.copyOf(out);
  }
}
