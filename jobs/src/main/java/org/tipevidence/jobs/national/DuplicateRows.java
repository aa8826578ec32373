package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.validate.Rule;

/**
 * Published sources repeat rows. Among rows that passed so far, rows with the same key and
 * different values are all {@code conflicting_duplicate} (nobody can tell which is right; the
 * reason lists every value), and rows with the same key and the same value keep the first by file
 * and line, the rest being {@code duplicate_row}.
 */
final class DuplicateRows {
  private DuplicateRows() {}

  static Dataset<Row> apply(Dataset<Row> data, List<Column> key, Column value, String column) {
    WindowSpec byKey = Window.partitionBy(key.toArray(new Column[0]));
    Column values = array_sort(collect_set(when(Verdicts.passed(), value)).over(byKey));
    Column order =
        row_number()
            .over(
                byKey.orderBy(
                    Verdicts.passed().desc(),
                    col(RawRecords.SOURCE_FILE),
                    col(RawRecords.SOURCE_LINE)));
    Dataset<Row> ranked = data.withColumn("_dup_values", values).withColumn("_dup_order", order);
    Column verdict =
        Verdicts.keepElse(
                size(col("_dup_values")).gt(1),
                Verdicts.outcome(
                    ReasonCode.CONFLICTING_DUPLICATE,
                    column,
                    "rows with the same key carry different values",
                    concat(lit("the values are "), array_join(col("_dup_values"), " | ")),
                    "the source publishes both: ask the publisher which value is right"))
            .when(
                col("_dup_order").gt(1),
                Verdicts.outcome(
                    ReasonCode.DUPLICATE_ROW,
                    "",
                    lit("same key and value as an earlier row"),
                    "nothing to fix: the first copy is kept"));
    return ranked.withColumn(Rule.VERDICT, verdict).drop("_dup_values", "_dup_order");
  }
}
