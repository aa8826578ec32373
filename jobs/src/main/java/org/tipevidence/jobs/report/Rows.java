package org.tipevidence.jobs.report;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.tipevidence.jobs.progress.SeriesKey;

/** Null-safe reads of a published row by column name (a missing column reads as null). */
final class Rows {
  private Rows() {}

  static boolean has(Row row, String column) {
    return Arrays.asList(row.schema().fieldNames()).contains(column);
  }

  static String str(Row row, String column) {
    if (!has(row, column) || row.isNullAt(row.fieldIndex(column))) {
      return null;
    }
    return row.get(row.fieldIndex(column)).toString();
  }

  static Double dbl(Row row, String column) {
    if (!has(row, column) || row.isNullAt(row.fieldIndex(column))) {
      return null;
    }
    Object v = row.get(row.fieldIndex(column));
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return Double.isFinite(d) ? d : null;
    }
    return null;
  }

  static long lng(Row row, String column) {
    Double d = dbl(row, column);
    return d == null ? 0 : Math.round(d);
  }

  static Integer integer(Row row, String column) {
    Double d = dbl(row, column);
    return d == null ? null : (int) Math.round(d);
  }

  static boolean bool(Row row, String column) {
    if (!has(row, column) || row.isNullAt(row.fieldIndex(column))) {
      return false;
    }
    return Boolean.TRUE.equals(row.get(row.fieldIndex(column)));
  }

  /**
   * The series identity shared by series_progress and series_values: {@link SeriesKey#SERIES}
   * without the columns the report does not key by (target, indicator, direction, aggregation).
   */
  private static final List<String> SERIES_KEY =
      SeriesKey.SERIES.stream()
          .filter(
              c -> !Set.of("sdg_target", "sdg_indicator", "direction", "aggregation").contains(c))
          .toList();

  static String seriesKey(Row row) {
    StringBuilder key = new StringBuilder();
    for (String c : SERIES_KEY) {
      key.append(str(row, c)).append('|');
    }
    return key.toString();
  }

  /** True for a headline series (sex, age group and form of exploitation all totals). */
  static boolean headline(Row row) {
    return "_T".equals(str(row, "sex"))
        && "_T".equals(str(row, "age_group"))
        && "_T".equals(str(row, "exploitation_form"));
  }
}
