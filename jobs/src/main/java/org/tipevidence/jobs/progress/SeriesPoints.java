package org.tipevidence.jobs.progress;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.jobs.spark.KeyGroups;

/**
 * Each series' yearly points in one row: the {@link SeriesKey#SERIES} columns, {@code _points}
 * (year, value, censored, complete; sorted by year), the union of its years' country words and
 * {@code person_count} / {@code population_weighted} combined as SQL's {@code bool_or} / {@code
 * bool_and} would (nulls ignored; null when every year's is). One pass over the scope-years grouped
 * by {@link KeyGroups}, instead of a {@code collect_list} aggregation whose partial half reduces
 * nothing (scope-years arrive partitioned by series and year) and sorts every row twice.
 */
final class SeriesPoints implements KeyGroups.PerGroup {
  private static final long serialVersionUID = 1L;

  static final List<String> POINT = List.of("year", "value", "censored", "complete");

  private final int keyWidth;
  private final int wordCount;
  private final StructType output;

  SeriesPoints(int keyWidth, int wordCount, StructType output) {
    this.keyWidth = keyWidth;
    this.wordCount = wordCount;
    this.output = output;
  }

  /**
   * @param scopeYears {@link AnnualSeries#scopeYears} output (one row per series and year)
   */
  static Dataset<Row> gather(Dataset<Row> scopeYears, CountryBits countries) {
    List<String> in = new ArrayList<>(SeriesKey.SERIES);
    in.addAll(POINT);
    in.addAll(countries.wordColumns());
    in.add("person_count");
    in.add("population_weighted");
    Dataset<Row> columns = scopeYears.select(in.stream().map(c -> col(c)).toArray(Column[]::new));
    SeriesPoints perSeries =
        new SeriesPoints(
            SeriesKey.SERIES.size(),
            countries.wordColumns().size(),
            outputSchema(columns.schema(), countries.wordColumns()));
    return KeyGroups.flatMap(columns, SeriesKey.SERIES, perSeries, perSeries.output);
  }

  /** The key, {@code _points}, the words and the two flags, typed as the input's columns. */
  static StructType outputSchema(StructType in, List<String> words) {
    StructType point = new StructType();
    for (String p : POINT) {
      StructField f = in.apply(p);
      point = point.add(f.name(), f.dataType(), f.nullable());
    }
    StructType out = new StructType();
    for (String k : SeriesKey.SERIES) {
      out = out.add(in.apply(k));
    }
    out = out.add("_points", DataTypes.createArrayType(point, false), false);
    for (String w : words) {
      out = out.add(w, in.apply(w).dataType(), true);
    }
    out = out.add("person_count", DataTypes.BooleanType, true);
    return out.add("population_weighted", DataTypes.BooleanType, true);
  }

  @Override
  public Iterator<Row> apply(List<Row> years) {
    int pointAt = keyWidth;
    int wordsAt = pointAt + POINT.size();
    int flagsAt = wordsAt + wordCount;
    Row first = years.get(0);
    Object[] out = new Object[keyWidth + 1 + wordCount + 2];
    for (int i = 0; i < keyWidth; i++) {
      out[i] = first.get(i);
    }
    Row[] points = new Row[years.size()];
    for (int y = 0; y < points.length; y++) {
      Row r = years.get(y);
      points[y] =
          RowFactory.create(
              r.get(pointAt), r.get(pointAt + 1), r.get(pointAt + 2), r.get(pointAt + 3));
    }
    // A series has one row per year, so the year alone orders its points.
    java.util.Arrays.sort(points, Comparator.comparingInt(p -> p.getInt(0)));
    out[keyWidth] = points;
    for (int w = 0; w < wordCount; w++) {
      out[keyWidth + 1 + w] = bitOr(years, wordsAt + w);
    }
    out[keyWidth + 1 + wordCount] = boolOr(years, flagsAt);
    out[keyWidth + 2 + wordCount] = boolAnd(years, flagsAt + 1);
    return List.of(RowFactory.create(out)).iterator();
  }

  /** SQL {@code bit_or}: nulls ignored, null when all are. */
  static Long bitOr(List<Row> rows, int at) {
    Long acc = null;
    for (Row r : rows) {
      if (!r.isNullAt(at)) {
        acc = (acc == null ? 0L : acc) | r.getLong(at);
      }
    }
    return acc;
  }

  /** SQL {@code bool_or}: nulls ignored, null when all are. */
  static Boolean boolOr(List<Row> rows, int at) {
    Boolean acc = null;
    for (Row r : rows) {
      if (!r.isNullAt(at)) {
        acc = (acc != null && acc) || r.getBoolean(at);
      }
    }
    return acc;
  }

  /** SQL {@code bool_and}: nulls ignored, null when all are. */
  static Boolean boolAnd(List<Row> rows, int at) {
    Boolean acc = null;
    for (Row r : rows) {
      if (!r.isNullAt(at)) {
        acc = (acc == null || acc) && r.getBoolean(at);
      }
    }
    return acc;
  }
}
