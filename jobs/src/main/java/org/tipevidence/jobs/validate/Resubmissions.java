package org.tipevidence.jobs.validate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.ingest.RawRecords;

/**
 * Resolves resubmissions among rows that passed every other rule. Per key: the latest {@code
 * reported_at} wins and earlier rows are {@code superseded}; rows tied on the latest time with
 * different values are all {@code conflicting_duplicate}; tied with equal values, the first by file
 * and line is kept and the rest are {@code duplicate_row}. Nothing is dropped: every loser keeps
 * its row with a reason.
 */
public final class Resubmissions {
  private Resubmissions() {}

  public static Dataset<Row> apply(Dataset<Row> validated, List<Column> key) {
    Column passed = col(Rule.VERDICT).isNull();
    WindowSpec byKey = Window.partitionBy(key.toArray(new Column[0]));
    Column latest = max(when(passed, col("reported_ts"))).over(byKey);
    Column isLatest = passed.and(col("reported_ts").equalTo(col("_latest")));
    Column latestValues = size(collect_set(when(col("_is_latest"), col("value_num"))).over(byKey));
    Column order =
        row_number()
            .over(
                byKey.orderBy(
                    col("_is_latest").desc(),
                    col(RawRecords.SOURCE_FILE),
                    col(RawRecords.SOURCE_LINE)));
    Dataset<Row> ranked =
        validated
            .withColumn("_latest", latest)
            .withColumn("_is_latest", isLatest)
            .withColumn("_latest_values", latestValues)
            .withColumn("_order", order);
    Column verdict =
        when(col(Rule.VERDICT).isNotNull(), col(Rule.VERDICT))
            .when(col("_is_latest").equalTo(false), outcome(ReasonCode.SUPERSEDED, "reported_at"))
            .when(col("_latest_values").gt(1), outcome(ReasonCode.CONFLICTING_DUPLICATE, "value"))
            .when(col("_order").gt(1), outcome(ReasonCode.DUPLICATE_ROW, ""));
    return ranked
        .withColumn(Rule.VERDICT, verdict)
        .drop("_latest", "_is_latest", "_latest_values", "_order");
  }

  private static Column outcome(ReasonCode code, String column) {
    return struct(
        lit(code.code()).as(Rule.REASON_CODE),
        lit(column).as(Rule.COLUMN),
        lit(code.describe(null)).as(Rule.REASON));
  }

  /**
   * For reference tables, which list each id once: the first valid row by file and line wins and
   * later rows with the same id are {@code conflicting_duplicate}.
   */
  public static Dataset<Row> firstWins(Dataset<Row> validated, Column id) {
    Column passed = col(Rule.VERDICT).isNull();
    WindowSpec byId =
        Window.partitionBy(id)
            .orderBy(passed.desc(), col(RawRecords.SOURCE_FILE), col(RawRecords.SOURCE_LINE));
    Column order = row_number().over(byId);
    return validated
        .withColumn("_order", order)
        .withColumn(
            Rule.VERDICT,
            when(col(Rule.VERDICT).isNotNull(), col(Rule.VERDICT))
                .when(
                    col("_order").gt(1), outcome(ReasonCode.CONFLICTING_DUPLICATE, "programme_id")))
        .drop("_order");
  }
}
