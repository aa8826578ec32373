package org.tipevidence.jobs.validate;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_min;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
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

  private static final String LOSER_VERDICT = "_resubmission";

  /**
   * Rows that lose a resubmission, as (source_file, source_line, {@link #LOSER_VERDICT}). Only the
   * narrow columns a decision needs are shuffled (key, time, value, file, line): the rows' raw text
   * never moves. Most keys are submitted once, so the keys seen more than once are found first with
   * a plain count (aggregated partially in each task); only their rows are gathered per key, and
   * the latest time, the distinct latest values and the first latest row by file and line decide
   * each row's outcome with built-in array functions.
   */
  public static Dataset<Row> losers(Dataset<Row> checked, List<Column> key) {
    List<Column> keyColumns = new ArrayList<>();
    List<String> keyNames = new ArrayList<>();
    for (int i = 0; i < key.size(); i++) {
      keyColumns.add(key.get(i).as("_k" + i));
      keyNames.add("_k" + i);
    }
    Column row =
        struct(
            col("reported_ts").as("ts"),
            col("value_num").as("v"),
            col(RawRecords.SOURCE_FILE).as("f"),
            col(RawRecords.SOURCE_LINE).as("l"));
    List<Column> narrow = new ArrayList<>(keyColumns);
    narrow.add(row.as("_row"));
    Dataset<Row> passed =
        checked.where(col(Rule.VERDICT).isNull()).select(narrow.toArray(new Column[0]));
    Column[] keyCols = keyNames.stream().map(k -> col(k)).toArray(Column[]::new);
    Dataset<Row> repeatedKeys =
        passed.groupBy(keyCols).count().where(col("count").gt(1)).drop("count");
    Dataset<Row> groups =
        passed
            .join(repeatedKeys, keyNames.toArray(new String[0]), "left_semi")
            .groupBy(keyCols)
            .agg(collect_list(col("_row")).as("_rows"))
            .select(col("_rows"));
    Column latest = array_max(transform(col("_rows"), r -> r.getField("ts")));
    Dataset<Row> decided =
        groups
            .withColumn("_latest", latest)
            .withColumn(
                "_latest_rows", filter(col("_rows"), r -> r.getField("ts").equalTo(col("_latest"))))
            .withColumn(
                "_latest_values",
                size(array_distinct(transform(col("_latest_rows"), r -> r.getField("v")))))
            .withColumn(
                "_first",
                array_min(
                    transform(col("_latest_rows"), r -> struct(r.getField("f"), r.getField("l")))))
            .select(
                explode(col("_rows")).as("_r"),
                col("_latest"),
                col("_latest_values"),
                col("_first"));
    Column isFirst = col("_r.f").equalTo(col("_first.f")).and(col("_r.l").equalTo(col("_first.l")));
    Column verdict =
        when(col("_r.ts").notEqual(col("_latest")), outcome(ReasonCode.SUPERSEDED, "reported_at"))
            .when(col("_latest_values").gt(1), outcome(ReasonCode.CONFLICTING_DUPLICATE, "value"))
            .when(not(isFirst), outcome(ReasonCode.DUPLICATE_ROW, ""));
    return decided
        .select(
            col("_r.f").as(RawRecords.SOURCE_FILE),
            col("_r.l").as(RawRecords.SOURCE_LINE),
            verdict.as(LOSER_VERDICT))
        .where(col(LOSER_VERDICT).isNotNull());
  }

  /** {@code checked} with each loser's resubmission outcome as its verdict. */
  public static Dataset<Row> resolve(Dataset<Row> checked, Dataset<Row> losers) {
    Dataset<Row> joined =
        checked.join(losers, new String[] {RawRecords.SOURCE_FILE, RawRecords.SOURCE_LINE}, "left");
    return joined
        .withColumn(Rule.VERDICT, coalesce(col(Rule.VERDICT), col(LOSER_VERDICT)))
        .drop(LOSER_VERDICT);
  }

  private static Column outcome(ReasonCode code, String column) {
    return struct(
        lit(code.code()).as(Rule.REASON_CODE),
        lit(column).as(Rule.COLUMN),
        lit(code.describe(null)).as(Rule.REASON));
  }

  /**
   * For reference tables, which list each id once: the first valid row by file and line wins and
   * later rows with the same id are {@code conflicting_duplicate}, naming the row kept.
   */
  public static Dataset<Row> firstWins(Dataset<Row> validated, Column id) {
    return firstWins(validated, id, lit(0), "programme_id");
  }

  /**
   * As {@link #firstWins(Dataset, Column)}, where among valid rows the lowest {@code precedence}
   * wins before file and line (targets.csv before targets read from IATI files).
   *
   * @param column the column the quarantine names (the id's first column)
   */
  public static Dataset<Row> firstWins(
      Dataset<Row> validated, Column id, Column precedence, String column) {
    Column passed = col(Rule.VERDICT).isNull();
    WindowSpec byId =
        Window.partitionBy(id)
            .orderBy(
                passed.desc(),
                precedence,
                col(RawRecords.SOURCE_FILE),
                col(RawRecords.SOURCE_LINE));
    Column kept =
        concat(
            lit("another row has the same key '"),
            id,
            lit("': "),
            first(col(RawRecords.SOURCE_FILE)).over(byId),
            lit(" line "),
            first(col(RawRecords.SOURCE_LINE)).over(byId).cast("string"),
            lit(" gives it and is used (list each key once: remove or correct one of the two)"));
    return validated
        .withColumn("_order", row_number().over(byId))
        .withColumn(
            Rule.VERDICT,
            when(col(Rule.VERDICT).isNotNull(), col(Rule.VERDICT))
                .when(
                    col("_order").gt(1),
                    struct(
                        lit(ReasonCode.CONFLICTING_DUPLICATE.code()).as(Rule.REASON_CODE),
                        lit(column).as(Rule.COLUMN),
                        kept.as(Rule.REASON))))
        .drop("_order");
  }
}
