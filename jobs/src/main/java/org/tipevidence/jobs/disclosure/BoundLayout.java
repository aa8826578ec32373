package org.tipevidence.jobs.disclosure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.disclosure.CellKey;
import org.tipevidence.common.disclosure.CellState;

/**
 * A {@link TableLayout} resolved against one schema: field indices (-1 where an optional column is
 * absent) and row accessors over {@code Object[]} rows, shared by protection and check.
 */
final class BoundLayout implements Serializable {
  final TableLayout layout;
  final int[] key;
  final int[] margins;
  final int personCount;
  final int[] value;
  final int[] flag;
  final int[] reason;
  final int[] censored;
  final int[] basis;
  final int[][] extraKey;
  final int[] derived;
  final int derivedFlag;
  final int origin;
  final int linkedRate;
  final int protection;

  private BoundLayout(StructType schema, TableLayout layout) {
    this.layout = layout;
    this.key = indices(schema, layout.tableKey());
    this.margins = indices(schema, layout.marginColumns());
    this.personCount = index(schema, layout.personCountColumn());
    int n = layout.counts().size();
    value = new int[n];
    flag = new int[n];
    reason = new int[n];
    censored = new int[n];
    basis = new int[n];
    extraKey = new int[n][];
    for (int c = 0; c < n; c++) {
      CountColumn cc = layout.counts().get(c);
      value[c] = index(schema, cc.value());
      flag[c] = index(schema, cc.suppressedFlag());
      reason[c] = index(schema, cc.reasonColumn());
      censored[c] = index(schema, cc.censoredFlag());
      basis[c] = index(schema, cc.rateBasis());
      extraKey[c] = indices(schema, cc.extraKey());
    }
    this.derived = indices(schema, layout.derivedColumns());
    this.derivedFlag = index(schema, layout.derivedFlag());
    this.origin = index(schema, layout.originColumn());
    this.linkedRate = index(schema, LinkedSeries.LINKED_RATE);
    this.protection =
        layout.originColumn() == null ? -1 : index(schema, TableLayout.PROTECTION_COLUMN);
  }

  /**
   * Whether the row's figures are fully protected (interval audit included): everything but a
   * public source's own national figures.
   */
  boolean fullyProtected(Object[] row) {
    return origin < 0
        || row[origin] == null
        || !DisclosureRegistry.PUBLIC_SOURCES.contains(row[origin].toString());
  }

  /** The state a reader infers from a withheld cell's published reason. */
  CellState label(Object[] row, int c) {
    if (isTrue(row, censored[c])) {
      return CellState.CENSORED;
    }
    if (!isTrue(row, flag[c])) {
      return CellState.PUBLISHED;
    }
    Object why = reason[c] < 0 ? null : row[reason[c]];
    for (CellState s : CellState.values()) {
      if (s.isSuppressed() && s.code().equals(why)) {
        return s;
      }
    }
    return CellState.SUPPRESSED;
  }

  static BoundLayout bind(StructType schema, TableLayout layout) {
    return new BoundLayout(schema, layout);
  }

  /** Required columns the schema lacks. */
  static List<String> missing(StructType schema, TableLayout layout) {
    List<String> out = new ArrayList<>();
    for (String c : layout.requiredColumns()) {
      // The linked-series key is computed from series_code and unit (LinkedSeries).
      List<String> from =
          LinkedSeries.COLUMNS.contains(c) ? List.of("series_code", "unit") : List.of(c);
      for (String f : from) {
        if (index(schema, f) < 0 && index(schema, c) < 0 && !out.contains(f)) {
          out.add(f);
        }
      }
    }
    return out;
  }

  private static int index(StructType schema, String name) {
    if (name == null) {
      return -1;
    }
    for (int i = 0; i < schema.fields().length; i++) {
      if (schema.fields()[i].name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static int[] indices(StructType schema, List<String> names) {
    int[] out = new int[names.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = index(schema, names.get(i));
    }
    return out;
  }

  /** Null person_count counts as a person count: the safe reading. */
  boolean isPersonCount(Object[] row) {
    return personCount < 0 || row[personCount] == null || Boolean.TRUE.equals(row[personCount]);
  }

  static boolean isTrue(Object[] row, int i) {
    return i >= 0 && Boolean.TRUE.equals(row[i]);
  }

  static Double number(Object[] row, int i) {
    if (i < 0 || row[i] == null) {
      return null;
    }
    return ((Number) row[i]).doubleValue();
  }

  CellKey cellKey(Object[] row) {
    List<String> codes = new ArrayList<>(margins.length);
    for (int m : margins) {
      codes.add(row[m] == null ? null : row[m].toString());
    }
    return new CellKey(codes);
  }

  /**
   * Which table of the instance a row's count belongs to for count column {@code c}: its extra key
   * values and whether it is a person count or a rate (they never share equations); null when the
   * row carries no count for {@code c} (not a person count and no rate basis).
   */
  List<Object> subTable(Object[] row, int c) {
    boolean persons = isPersonCount(row);
    if (!persons && basis[c] < 0) {
      return null;
    }
    List<Object> sub = new ArrayList<>();
    for (int e : extraKey[c]) {
      sub.add(row[e]);
    }
    // A linked rate shares its count's cells (rate x public population = count).
    sub.add(persons || isTrue(row, linkedRate));
    return sub;
  }

  /** The figure suppression is decided on: the count, or for a rate its underlying count. */
  Double decisionValue(Object[] row, int c) {
    return isPersonCount(row) ? number(row, value[c]) : number(row, basis[c]);
  }

  String describeKey(Object[] row) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < key.length; i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(layout.tableKey().get(i)).append('=').append(row[key[i]]);
    }
    return b.toString();
  }

  String describeCell(CellKey cell, List<Object> sub, int c) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < margins.length; i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(layout.marginColumns().get(i)).append('=').append(cell.code(i));
    }
    List<String> extra = layout.counts().get(c).extraKey();
    for (int i = 0; i < extra.size() && i < sub.size(); i++) {
      b.append(", ").append(extra.get(i)).append('=').append(sub.get(i));
    }
    return b.toString();
  }
}
