package org.tipevidence.jobs.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.disclosure.CellKey;
import org.tipevidence.common.disclosure.CellState;
import org.tipevidence.common.disclosure.ComplementarySuppression;
import org.tipevidence.common.disclosure.DisclosureTable;
import org.tipevidence.common.disclosure.SuppressionRule;
import org.tipevidence.jobs.spark.KeyGroups;

/**
 * Protects a table before it is published: primary suppression of person counts in 1..k-1, then
 * complementary suppression within every table instance (docs/disclosure.md). Withheld figures
 * become null with their flag true and a reason; derived figures of such rows become null too. Rows
 * and every other column are unchanged, so the output has exactly the input's rows.
 *
 * <p>One grouped operation: rows are grouped by the layout's table key (instances are small: one
 * series in one scope and year) and each group is protected by the pure-Java rule in {@code
 * common}.
 */
public final class DisclosureControl {
  private DisclosureControl() {}

  public static Dataset<Row> apply(Dataset<Row> table, TableLayout layout, SuppressionRule rule) {
    boolean linked = LinkedSeries.applies(layout);
    Dataset<Row> input = linked ? LinkedSeries.addColumns(table) : table;
    List<String> missing = BoundLayout.missing(input.schema(), layout);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "table lacks columns "
              + missing
              + " of its disclosure layout; columns present: "
              + Arrays.toString(table.columns()));
    }
    StructType in = input.schema();
    StructType out = outputSchema(in, layout);
    BoundLayout bound = BoundLayout.bind(out, layout);
    int inWidth = in.fields().length;
    int outWidth = out.fields().length;
    Dataset<Row> protectedRows =
        KeyGroups.flatMap(
            input,
            layout.tableKey(),
            rows -> protectInstance(bound, rule, rows.iterator(), inWidth, outWidth),
            out);
    return linked ? protectedRows.drop(LinkedSeries.COLUMNS.toArray(String[]::new)) : protectedRows;
  }

  static Iterator<Row> protectInstance(
      BoundLayout b, SuppressionRule rule, Iterator<Row> rows, int inWidth, int outWidth) {
    List<Object[]> values = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      Object[] v = new Object[outWidth];
      for (int i = 0; i < inWidth; i++) {
        v[i] = r.get(i);
      }
      values.add(v);
    }
    boolean[] anySuppressed = new boolean[values.size()];
    for (int c = 0; c < b.value.length; c++) {
      protectColumn(b, rule, c, values, anySuppressed);
    }
    List<Row> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      Object[] v = values.get(i);
      if (b.derivedFlag >= 0) {
        v[b.derivedFlag] = anySuppressed[i];
      }
      if (b.protection >= 0) {
        v[b.protection] = b.fullyProtected(v) ? TableLayout.FULL : TableLayout.AS_PUBLISHED;
      }
      if (anySuppressed[i]) {
        for (int d : b.derived) {
          if (d >= 0) {
            v[d] = null;
          }
        }
      }
      out.add(RowFactory.create(v));
    }
    return out.iterator();
  }

  private static void protectColumn(
      BoundLayout b, SuppressionRule rule, int c, List<Object[]> rows, boolean[] anySuppressed) {
    Map<List<Object>, DisclosureTable> tables = new LinkedHashMap<>();
    Map<Integer, List<Object>> subOfRow = new HashMap<>();
    boolean audited = false;
    for (int i = 0; i < rows.size(); i++) {
      Object[] row = rows.get(i);
      if (row[b.flag[c]] == null) {
        row[b.flag[c]] = false;
      }
      List<Object> sub = b.subTable(row, c);
      if (sub == null) {
        continue;
      }
      // A withheld input keeps its reason as its label (the audit reads labels as a reader does).
      CellState state = b.label(row, c);
      audited |= b.fullyProtected(row);
      tables
          .computeIfAbsent(
              sub, s -> new DisclosureTable(b.layout.marginColumns(), b.layout.totalCodes()))
          .add(b.cellKey(row), b.decisionValue(row, c), state);
      subOfRow.put(i, sub);
    }
    // A public source's own figures are republished as it published them: its censoring stays,
    // nothing more is withheld (an attacker has the source). Everything else is fully protected.
    if (audited) {
      tables.values().forEach(t -> ComplementarySuppression.protect(t, rule, true));
    }
    for (Map.Entry<Integer, List<Object>> e : subOfRow.entrySet()) {
      Object[] row = rows.get(e.getKey());
      CellKey key = b.cellKey(row);
      // As published: each row keeps its own state (a source's conflicting duplicate of a <5 is
      // its own public figure); fully protected: the cell's, withheld if any copy is.
      CellState state = audited ? tables.get(e.getValue()).cell(key).state() : b.label(row, c);
      if (!state.isSuppressed()) {
        row[b.flag[c]] = false;
        row[b.reason[c]] = null;
        continue;
      }
      anySuppressed[e.getKey()] = true;
      row[b.value[c]] = null;
      if (b.basis[c] >= 0) {
        row[b.basis[c]] = null;
      }
      boolean inherited = BoundLayout.isTrue(row, b.flag[c]) && row[b.reason[c]] != null;
      row[b.flag[c]] = true;
      row[b.reason[c]] = inherited ? row[b.reason[c]] : state.code();
    }
  }

  /** The input schema plus any missing flag/reason columns; withheld columns become nullable. */
  static StructType outputSchema(StructType in, TableLayout layout) {
    List<String> nullable = new ArrayList<>(layout.derivedColumns());
    List<StructField> fields = new ArrayList<>();
    for (CountColumn c : layout.counts()) {
      nullable.add(c.value());
      if (c.rateBasis() != null) {
        nullable.add(c.rateBasis());
      }
    }
    for (StructField f : in.fields()) {
      fields.add(
          nullable.contains(f.name()) ? f.copy(f.name(), f.dataType(), true, f.metadata()) : f);
    }
    List<String> names = new ArrayList<>(Arrays.asList(in.fieldNames()));
    for (CountColumn c : layout.counts()) {
      addIfAbsent(fields, names, c.suppressedFlag(), DataTypes.BooleanType);
      addIfAbsent(fields, names, c.reasonColumn(), DataTypes.StringType);
    }
    if (layout.derivedFlag() != null) {
      addIfAbsent(fields, names, layout.derivedFlag(), DataTypes.BooleanType);
    }
    if (layout.originColumn() != null) {
      addIfAbsent(fields, names, TableLayout.PROTECTION_COLUMN, DataTypes.StringType);
    }
    return new StructType(fields.toArray(new StructField[0]));
  }

  private static void addIfAbsent(
      List<StructField> fields,
      List<String> names,
      String name,
      org.apache.spark.sql.types.DataType type) {
    if (!names.contains(name)) {
      fields.add(DataTypes.createStructField(name, type, true));
      names.add(name);
    }
  }
}
