package org.tipevidence.jobs.disclosure;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.explode_outer;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.jobs.progress.SeriesKey;
import org.tipevidence.jobs.spark.KeyGroups;

/**
 * The stored {@code series_values} cells of each series, attached to the {@code series_progress}
 * rows of that series as one array, so that the base and latest suppression and the withheld years
 * come from a single lookup rather than two joins and a grouped join.
 *
 * <p>The cells are grouped by {@link KeyGroups} across partitions (one partition once put every
 * value cell on one core: 3.8 s at 1 M rows; a {@code collect_list} aggregation ran out of heap at
 * 100 M rows merging its spilled sort). Adaptive execution broadcasts the grouped cells to the join
 * when they are small.
 */
final class SeriesCells {
  private SeriesCells() {}

  /** The array of the series' value cells (year, suppressed, suppression, censored). */
  static final String CELLS = "_series_cells";

  private static final String MATCH = "_series_cell";

  /** A cell's fields, in the order of the array's structs. */
  private static final List<String> CELL = List.of("year", "suppressed", "suppression", "censored");

  /**
   * The key columns, then {@link #CELLS}: an array of the input's cell fields (as {@code
   * collect_list(struct(...))} would type it).
   */
  static StructType perSeriesSchema(StructType in, int keyWidth) {
    StructType out = new StructType();
    StructType cell = new StructType();
    StructField[] fields = in.fields();
    for (int i = 0; i < fields.length; i++) {
      if (i < keyWidth) {
        out = out.add(fields[i]);
      } else {
        cell = cell.add(fields[i].name(), fields[i].dataType(), fields[i].nullable());
      }
    }
    return out.add(CELLS, DataTypes.createArrayType(cell, false), false);
  }

  /** One series' cell rows (key columns first) to the key and the array of its cells. */
  static Row perSeries(List<Row> rows, int keyWidth) {
    Row first = rows.get(0);
    Object[] out = new Object[keyWidth + 1];
    for (int i = 0; i < keyWidth; i++) {
      out[i] = first.get(i);
    }
    Row[] cells = new Row[rows.size()];
    for (int r = 0; r < cells.length; r++) {
      Row row = rows.get(r);
      Object[] cell = new Object[row.length() - keyWidth];
      for (int f = 0; f < cell.length; f++) {
        cell[f] = row.get(keyWidth + f);
      }
      cells[r] = RowFactory.create(cell);
    }
    out[keyWidth] = cells;
    return RowFactory.create(out);
  }

  /** Left join of each progress row with its series' cells (null when the series has none). */
  static Dataset<Row> attach(Dataset<Row> progress, Dataset<Row> values) {
    List<Column> flat = new ArrayList<>();
    List<String> key = new ArrayList<>();
    for (String k : SeriesKey.SERIES) {
      flat.add(col(k).as("_c_" + k));
      key.add("_c_" + k);
    }
    for (String f : CELL) {
      flat.add(col(f));
    }
    Dataset<Row> cellRows = values.select(flat.toArray(Column[]::new));
    int keyWidth = key.size();
    Dataset<Row> cells =
        KeyGroups.flatMap(
            cellRows,
            key,
            rows -> List.of(perSeries(rows, keyWidth)).iterator(),
            perSeriesSchema(cellRows.schema(), keyWidth));
    Column match = lit(true);
    for (String k : SeriesKey.SERIES) {
      match = match.and(progress.col(k).eqNullSafe(cells.col("_c_" + k)));
    }
    Dataset<Row> joined = progress.join(cells, match, "left");
    for (String k : SeriesKey.SERIES) {
      joined = joined.drop("_c_" + k);
    }
    return joined;
  }

  /**
   * Copies the flag and reason of the cell of the base (latest) year: one output row per matching
   * cell, or one with nulls when none matches, exactly as a left join on series and year.
   */
  static Dataset<Row> inherit(Dataset<Row> withCells, String which) {
    Column year = col(which + "_year");
    return withCells
        .withColumn(MATCH, explode_outer(filter(col(CELLS), c -> c.getField("year").equalTo(year))))
        .withColumn(which + "_value_suppressed", col(MATCH).getField("suppressed"))
        .withColumn(which + "_value_suppression", col(MATCH).getField("suppression"))
        .drop(MATCH);
  }

  /** True where a withheld, not censored, year of the series lies in base_year..latest_year. */
  static Column overWithheldYear() {
    return coalesce(
        exists(
            col(CELLS),
            c ->
                c.getField("suppressed")
                    .and(org.apache.spark.sql.functions.not(c.getField("censored")))
                    .and(c.getField("year").between(col("base_year"), col("latest_year")))),
        lit(false));
  }
}
