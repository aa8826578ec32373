package org.tipevidence.common.disclosure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One table instance (e.g. one series in one year and scope) whose cells are keyed by dimension
 * codes, e.g. (sex, age_group, exploitation_form). In every dimension the total code ({@code _T},
 * the SDMX convention) marks the margin over that dimension. Cells are kept in key order so that
 * everything computed from a table is deterministic.
 */
public final class DisclosureTable implements Serializable {
  public static final String TOTAL = "_T";

  private final List<String> dimensions;
  private final List<String> totalCodes;
  private final TreeMap<CellKey, Cell> cells = new TreeMap<>();

  /** A table whose margins use {@code _T} in every dimension. */
  public DisclosureTable(List<String> dimensions) {
    this(dimensions, dimensions.stream().map(d -> TOTAL).toList());
  }

  public DisclosureTable(List<String> dimensions, List<String> totalCodes) {
    if (dimensions.size() != totalCodes.size()) {
      throw new IllegalArgumentException("one total code per dimension");
    }
    this.dimensions = List.copyOf(dimensions);
    this.totalCodes = List.copyOf(totalCodes);
  }

  public List<String> dimensions() {
    return dimensions;
  }

  /**
   * Adds a cell. A key reported twice (real files have conflicting duplicates) becomes one cell:
   * the more protective state wins and the smaller value is kept, so a duplicate never publishes
   * what its twin suppresses.
   */
  public DisclosureTable add(CellKey key, Double value, CellState state) {
    if (key.codes().size() != dimensions.size()) {
      throw new IllegalArgumentException(
          "key " + key + " has " + key.codes().size() + " codes for dimensions " + dimensions);
    }
    Cell old = cells.get(key);
    if (old == null) {
      cells.put(key, new Cell(key, value, state));
      return this;
    }
    CellState s = state.protection() > old.state().protection() ? state : old.state();
    Double v = old.value();
    if (v == null || (value != null && value < v)) {
      v = value == null ? v : value;
    }
    cells.put(key, new Cell(key, v, s));
    return this;
  }

  public DisclosureTable add(Double value, CellState state, String... codes) {
    return add(CellKey.of(codes), value, state);
  }

  public Cell cell(CellKey key) {
    return cells.get(key);
  }

  public Cell cell(String... codes) {
    return cells.get(CellKey.of(codes));
  }

  /** All cells in key order. */
  public Collection<Cell> cells() {
    return List.copyOf(cells.values());
  }

  /** Withholds a cell's figure (its value is kept: the protection still needs it). */
  public void suppress(CellKey key, CellState state) {
    Cell cell = cells.get(key);
    if (cell == null) {
      throw new IllegalArgumentException("no cell " + key);
    }
    cells.put(key, new Cell(key, cell.value(), state));
  }

  public long suppressedCount() {
    return cells.values().stream().filter(c -> c.state().isSuppressed()).count();
  }

  boolean isTotal(CellKey key, int dimension) {
    return totalCodes.get(dimension).equals(key.code(dimension));
  }

  /**
   * Every margin equation: for each dimension, the participating cells that share all other codes
   * and include that dimension's total, with at least one part. Ordered by dimension, then total
   * key; the equations do not change when cells are suppressed.
   */
  public List<MarginEquation> equations() {
    List<MarginEquation> out = new ArrayList<>();
    for (int d = 0; d < dimensions.size(); d++) {
      Map<CellKey, List<CellKey>> partsByTotal = new TreeMap<>();
      for (Cell cell : cells.values()) {
        if (cell.participates() && !isTotal(cell.key(), d)) {
          CellKey total = cell.key().with(d, totalCodes.get(d));
          partsByTotal.computeIfAbsent(total, t -> new ArrayList<>()).add(cell.key());
        }
      }
      for (Map.Entry<CellKey, List<CellKey>> e : partsByTotal.entrySet()) {
        Cell total = cells.get(e.getKey());
        if (total != null && total.participates()) {
          out.add(new MarginEquation(dimensions.get(d), e.getKey(), e.getValue()));
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(String.join("|", dimensions)).append('\n');
    for (Cell c : cells.values()) {
      b.append(c.key()).append(" = ").append(c.value()).append(' ').append(c.state()).append('\n');
    }
    return b.toString();
  }
}
