package org.tipevidence.jobs.disclosure;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.disclosure.Cell;
import org.tipevidence.common.disclosure.CellKey;
import org.tipevidence.common.disclosure.CellState;
import org.tipevidence.common.disclosure.DifferencingAttack;
import org.tipevidence.common.disclosure.Disclosure;
import org.tipevidence.common.disclosure.DisclosureTable;
import org.tipevidence.common.disclosure.IntervalAudit;
import org.tipevidence.common.disclosure.SuppressionRule;
import org.tipevidence.jobs.spark.KeyGroups;
import org.tipevidence.jobs.spark.ParquetReads;

/**
 * Verifies a published folder as a reader would see it: no person count in 1..k-1 is shown, and no
 * withheld count can be recovered from its table's published cells and margins. Each registered
 * dataset is checked in one grouped pass (per table instance); only violation rows, capped, reach
 * the driver.
 */
public final class DisclosureCheck {
  /** Violations listed per dataset (all are counted). */
  public static final int DEFAULT_MAX_LISTED = 50;

  public static final StructType VIOLATION_SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("table_key", DataTypes.StringType, true),
            DataTypes.createStructField("cell", DataTypes.StringType, true),
            DataTypes.createStructField("column", DataTypes.StringType, true),
            DataTypes.createStructField("value", DataTypes.DoubleType, true),
            DataTypes.createStructField("detail", DataTypes.StringType, true)
          });

  private final SparkSession spark;
  private final DisclosureRegistry registry;
  private final SuppressionRule rule;
  private final int maxListed;

  public DisclosureCheck(
      SparkSession spark, DisclosureRegistry registry, SuppressionRule rule, int maxListed) {
    this.spark = spark;
    this.registry = registry;
    this.rule = rule;
    this.maxListed = maxListed;
  }

  /** Checks every dataset folder directly under {@code publishedDir}. */
  public DisclosureReport run(String publishedDir) {
    List<DisclosureReport.DatasetCheck> checks = new ArrayList<>();
    for (String name : datasetFolders(publishedDir)) {
      String path = new Path(publishedDir, name).toString();
      spark.sparkContext().setJobDescription("disclosure-check " + name);
      Dataset<Row> data = ParquetReads.read(spark, path);
      checks.add(
          registry
              .layout(name)
              .map(layout -> checkRegistered(name, data, layout))
              .orElseGet(() -> checkUnregistered(name, data)));
    }
    return new DisclosureReport(publishedDir, rule.threshold(), checks);
  }

  private DisclosureReport.DatasetCheck checkRegistered(
      String name, Dataset<Row> data, TableLayout layout) {
    List<String> missing = BoundLayout.missing(data.schema(), layout);
    if (!missing.isEmpty()) {
      long rows = data.count();
      DisclosureViolation v =
          new DisclosureViolation(
              name,
              "layout_mismatch",
              null,
              null,
              String.join(", ", missing),
              null,
              "the dataset lacks columns of its disclosure layout, so it cannot be verified; fix"
                  + " the layout in DisclosureRegistry or the dataset");
      return new DisclosureReport.DatasetCheck(name, true, rows, 1, List.of(v));
    }
    // One query: the rows checked and the violations are counted as they pass (observed
    // metrics), and only the first violations in listing order reach the driver.
    Observation checked = new Observation("rows checked in " + name);
    Observation found = new Observation("violations in " + name);
    List<Row> first =
        violations(data.observe(checked, count(lit(1)).as("n")), layout, rule)
            .observe(found, count(lit(1)).as("n"))
            .orderBy(col("kind"), col("table_key"), col("cell"))
            // At least one row is asked for, so the query runs (and fills the observations).
            .limit(Math.max(1, maxListed))
            .collectAsList();
    List<DisclosureViolation> listed = new ArrayList<>();
    for (Row r : first.subList(0, Math.min(first.size(), Math.max(0, maxListed)))) {
      listed.add(
          new DisclosureViolation(
              name,
              r.getString(0),
              r.getString(1),
              r.getString(2),
              r.getString(3),
              r.isNullAt(4) ? null : r.getDouble(4),
              r.getString(5)));
    }
    return new DisclosureReport.DatasetCheck(
        name, true, observed(checked), observed(found), listed);
  }

  private static long observed(Observation o) {
    try {
      return ((Number) o.getAsJava().get("n")).longValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a disclosure check ran", e);
    }
  }

  private DisclosureReport.DatasetCheck checkUnregistered(String name, Dataset<Row> data) {
    if (List.of(data.columns()).contains("person_count")) {
      DisclosureViolation v =
          new DisclosureViolation(
              name,
              "unregistered_person_counts",
              null,
              null,
              "person_count",
              null,
              "a published dataset with person counts needs a layout in DisclosureRegistry and"
                  + " DisclosureControl.apply before publication");
      return new DisclosureReport.DatasetCheck(name, false, 0, 1, List.of(v));
    }
    return new DisclosureReport.DatasetCheck(name, false, 0, 0, List.of());
  }

  /** Violation rows ({@link #VIOLATION_SCHEMA}) of one table, found per table instance. */
  public static Dataset<Row> violations(
      Dataset<Row> table, TableLayout layout, SuppressionRule rule) {
    Dataset<Row> input = LinkedSeries.applies(layout) ? LinkedSeries.addColumns(table) : table;
    StructType schema = input.schema();
    BoundLayout bound = BoundLayout.bind(schema, layout);
    int width = schema.fields().length;
    return KeyGroups.flatMap(
        input,
        layout.tableKey(),
        rows -> checkInstance(bound, rule, rows.iterator(), width),
        VIOLATION_SCHEMA);
  }

  static Iterator<Row> checkInstance(
      BoundLayout b, SuppressionRule rule, Iterator<Row> input, int width) {
    List<Object[]> rows = new ArrayList<>();
    while (input.hasNext()) {
      Row r = input.next();
      Object[] v = new Object[width];
      for (int i = 0; i < width; i++) {
        v[i] = r.get(i);
      }
      rows.add(v);
    }
    List<Row> out = new ArrayList<>();
    if (rows.isEmpty()) {
      return out.iterator();
    }
    String tableKey = b.describeKey(rows.get(0));
    boolean[] withheld = new boolean[rows.size()];
    boolean audited = b.fullyProtected(rows.get(0));
    for (int c = 0; c < b.value.length; c++) {
      String column = b.layout.counts().get(c).value();
      Map<List<Object>, Map<CellKey, Cell>> tables = new LinkedHashMap<>();
      Map<List<Object>, Map<CellKey, String>> shownRates = new LinkedHashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        Object[] row = rows.get(i);
        List<Object> sub = b.subTable(row, c);
        if (sub == null) {
          continue;
        }
        CellKey key = b.cellKey(row);
        boolean flagged =
            BoundLayout.isTrue(row, b.flag[c]) || BoundLayout.isTrue(row, b.censored[c]);
        Double shown = b.decisionValue(row, c);
        String shownColumn = b.isPersonCount(row) ? column : b.layout.counts().get(c).rateBasis();
        if (flagged) {
          withheld[i] = true;
          if (row[b.value[c]] != null || (b.basis[c] >= 0 && row[b.basis[c]] != null)) {
            out.add(
                violation(
                    "suppressed_value_present",
                    tableKey,
                    b.describeCell(key, sub, c),
                    column,
                    BoundLayout.number(row, b.value[c]),
                    "flagged as withheld but the figure is published"));
          }
        } else if (audited && rule.isSensitive(shown)) {
          out.add(
              violation(
                  "small_count",
                  tableKey,
                  b.describeCell(key, sub, c),
                  shownColumn,
                  shown,
                  "a count of persons below " + rule.threshold() + " is published"));
        }
        Cell cell =
            flagged
                ? new Cell(key, null, b.label(row, c))
                : new Cell(key, shown, CellState.PUBLISHED);
        if (!flagged && !b.isPersonCount(row) && row[b.value[c]] != null) {
          shownRates
              .computeIfAbsent(sub, s -> new LinkedHashMap<>())
              .put(key, b.describeCell(key, sub, c));
        }
        // A reader who sees a key twice keeps whichever copy shows a figure; a withheld copy
        // outranks one shown without a figure (a rate whose count is not published).
        tables
            .computeIfAbsent(sub, s -> new LinkedHashMap<>())
            .merge(
                key,
                cell,
                (old, now) ->
                    old.isKnown() || (!now.isKnown() && old.state().isSuppressed()) ? old : now);
      }
      for (Map.Entry<List<Object>, Map<CellKey, Cell>> e : tables.entrySet()) {
        if (!audited) {
          continue; // a public source's table, as it published it (docs/disclosure.md)
        }
        DisclosureTable t = new DisclosureTable(b.layout.marginColumns(), b.layout.totalCodes());
        e.getValue().values().forEach(cell -> t.add(cell.key(), cell.value(), cell.state()));
        out.addAll(
            linkedRatesShown(
                tableKey, column, e.getValue(), shownRates.getOrDefault(e.getKey(), Map.of())));
        for (IntervalAudit.Failure f : IntervalAudit.audit(t, rule).failures()) {
          out.add(
              violation(
                  Disclosure.Method.INTERVAL.code(),
                  tableKey,
                  b.describeCell(f.cell(), e.getKey(), c),
                  column,
                  f.low(),
                  "an attacker bounds this withheld count to "
                      + IntervalAudit.interval(f.low(), f.high())
                      + " with its label ("
                      + f.reach()
                      + " without): "
                      + f.why()));
        }
        for (Disclosure d : DifferencingAttack.all(t, rule.suppressedLowerBound())) {
          out.add(
              violation(
                  d.method().code(),
                  tableKey,
                  b.describeCell(d.cell(), e.getKey(), c),
                  column,
                  d.recovered(),
                  d.dimension() == null
                      ? "recoverable by combining the margin equations"
                      : "recoverable from the " + d.dimension() + " margin"));
        }
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      if (!withheld[i]) {
        continue;
      }
      for (int k = 0; k < b.derived.length; k++) {
        int d = b.derived[k];
        if (d >= 0 && rows.get(i)[d] != null) {
          out.add(
              violation(
                  "derived_reveals",
                  tableKey,
                  b.describeCell(b.cellKey(rows.get(i)), List.of(), 0),
                  b.layout.derivedColumns().get(k),
                  BoundLayout.number(rows.get(i), d),
                  "computed from a withheld count, so it gives the count back"));
        }
      }
    }
    return out.iterator();
  }

  /**
   * A per-100,000 rate shown for a withheld count gives the count back (rate x public population);
   * the merged table would otherwise hide it, since the checker does not know the population.
   */
  private static List<Row> linkedRatesShown(
      String tableKey, String column, Map<CellKey, Cell> cells, Map<CellKey, String> shownRates) {
    List<Row> out = new ArrayList<>();
    for (Map.Entry<CellKey, String> rate : shownRates.entrySet()) {
      Cell count = cells.get(rate.getKey());
      if (count != null && count.state().isSuppressed()) {
        out.add(
            violation(
                "linked_rate_reveals",
                tableKey,
                rate.getValue(),
                column,
                null,
                "the per-100,000 rate is published while its count is withheld"));
      }
    }
    return out;
  }

  private static Row violation(
      String kind, String tableKey, String cell, String column, Double value, String detail) {
    return RowFactory.create(kind, tableKey, cell, column, value, detail);
  }

  private List<String> datasetFolders(String publishedDir) {
    Path dir = new Path(publishedDir);
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      List<String> names = new ArrayList<>();
      for (FileStatus s : fs.listStatus(dir)) {
        String n = s.getPath().getName();
        // The run report (report/index.html) is a page and sdmx/ holds CSV copies of checked
        // datasets (SdmxExport): neither is a Parquet dataset.
        if (s.isDirectory()
            && !n.startsWith("_")
            && !n.startsWith(".")
            && !n.equals("report")
            && !n.equals("sdmx")) {
          names.add(n);
        }
      }
      names.sort(String::compareTo);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list published folder " + publishedDir, e);
    }
  }
}
