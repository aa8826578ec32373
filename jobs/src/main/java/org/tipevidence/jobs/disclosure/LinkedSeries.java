package org.tipevidence.jobs.disclosure;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tipevidence.common.catalogue.SdmxUnit;

/**
 * A count and its per-100,000 rate are one table for disclosure (rate x public population = count):
 * the catalogue's rate series is the count series' code with {@code R} appended (VC_HTF_DETV and
 * VC_HTF_DETVR), and a mapping's {@code per_100k} scaling maps counts to that rate series. Rows get
 * the count series and unit as their table key, so a count and its rate share cells and are
 * withheld together.
 */
final class LinkedSeries {
  private LinkedSeries() {}

  /** The count series a row's figure belongs to (its own code unless it is a linked rate). */
  static final String SERIES = "_table_series";

  /** The count's unit for a linked rate, else the row's unit. */
  static final String UNIT = "_table_unit";

  /** True for a per-100,000 rate whose count series is its own code without the final R. */
  static final String LINKED_RATE = "_linked_rate";

  static final List<String> COLUMNS = List.of(SERIES, UNIT, LINKED_RATE);

  /** Whether the layout keys its tables by the linked series (and the dataset can provide it). */
  static boolean applies(TableLayout layout) {
    return layout.tableKey().contains(SERIES);
  }

  /** Adds the three columns with built-in expressions (no UDF). */
  static Dataset<Row> addColumns(Dataset<Row> table) {
    List<String> have = Arrays.asList(table.columns());
    if (!have.contains("series_code") || !have.contains("unit")) {
      throw new IllegalArgumentException(
          "linked count/rate protection needs series_code and unit; columns present: " + have);
    }
    Column rate =
        col("unit")
            .isin(SdmxUnit.PER_100000_POP, SdmxUnit.RATIO_COUNT_PER_100000_COUNT_POP)
            .and(col("series_code").endsWith("R"));
    return table
        .withColumn(LINKED_RATE, rate)
        .withColumn(
            SERIES,
            when(rate, expr("substring(series_code, 1, length(series_code) - 1)"))
                .otherwise(col("series_code")))
        .withColumn(UNIT, when(rate, lit("NUMBER")).otherwise(col("unit")));
  }
}
