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
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
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

  /** The column of {@link #repeatedKeys}: xxhash64 of the key's columns. */
  public static final String KEY_HASH = "_key_hash";

  /**
   * The keys submitted more than once among rows that passed every other rule, as 64-bit hashes
   * ({@code _key_hash}). Counting hashes instead of the eight key columns makes the partial
   * aggregation and its shuffle a few bytes per row; at 1 M rows nearly every key is unique, so
   * this count is the rule's main cost. A hash shared by two keys only sends a few more rows to the
   * exact grouping in {@link #losers(Dataset, List, Dataset)}, which decides on the keys
   * themselves.
   */
  public static Dataset<Row> repeatedKeys(Dataset<Row> checked, List<Column> key) {
    // Nearly every hash is unique, so a count aggregation's partial step reduces nothing and its
    // final step holds every hash in a map (spilling at 10 M rows); sorted hashes only need a look
    // at the neighbour.
    return passed(checked, key)
        .select(col(KEY_HASH))
        .repartition(col(KEY_HASH))
        .sortWithinPartitions(col(KEY_HASH))
        .as(Encoders.LONG())
        .mapPartitions(Resubmissions::repeatedInSorted, Encoders.LONG())
        .toDF(KEY_HASH);
  }

  /** Each value that occurs more than once in a sorted sequence, once, read as it is consumed. */
  static Iterator<Long> repeatedInSorted(Iterator<Long> sorted) {
    return new Iterator<>() {
      private Long previous;
      private Long emitted;
      private Long next = advance();

      private Long advance() {
        while (sorted.hasNext()) {
          Long current = sorted.next();
          boolean repeat = current.equals(previous);
          previous = current;
          if (repeat && !current.equals(emitted)) {
            emitted = current;
            return current;
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Long next() {
        if (next == null) {
          throw new java.util.NoSuchElementException();
        }
        Long out = next;
        next = advance();
        return out;
      }
    };
  }

  /** {@link #losers(Dataset, List, Dataset)} with the repeated keys computed in the same plan. */
  public static Dataset<Row> losers(Dataset<Row> checked, List<Column> key) {
    return losers(checked, key, repeatedKeys(checked, key));
  }

  /**
   * Rows that lose a resubmission, as (source_file, source_line, {@link #LOSER_VERDICT}). Only the
   * narrow columns a decision needs move (key, time, value, file, line): the rows' raw text never
   * does. Only rows whose key hash is among {@code repeatedKeys} ({@link #repeatedKeys}; stored, so
   * Spark broadcasts it when it is small, as it is unless most rows are resubmitted) are gathered
   * per key, and the latest time, the distinct latest values and the first latest row by file and
   * line decide each row's outcome with built-in array functions.
   */
  public static Dataset<Row> losers(
      Dataset<Row> checked, List<Column> key, Dataset<Row> repeatedKeys) {
    Column[] keyCols = keyNames(key).stream().map(k -> col(k)).toArray(Column[]::new);
    Dataset<Row> groups =
        passed(checked, key)
            .join(repeatedKeys, new String[] {KEY_HASH}, "left_semi")
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

  private static List<String> keyNames(List<Column> key) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < key.size(); i++) {
      names.add("_k" + i);
    }
    return names;
  }

  /**
   * Rows that passed every other rule, narrowed to the key (as {@code _k0..}), its hash and the
   * decision's struct. A key with a missing part never matches another (as in an equality join).
   */
  private static Dataset<Row> passed(Dataset<Row> checked, List<Column> key) {
    List<String> names = keyNames(key);
    List<Column> narrow = new ArrayList<>();
    Column complete = col(Rule.VERDICT).isNull();
    for (int i = 0; i < key.size(); i++) {
      narrow.add(key.get(i).as(names.get(i)));
      complete = complete.and(key.get(i).isNotNull());
    }
    narrow.add(xxhash64(key.toArray(Column[]::new)).as(KEY_HASH));
    narrow.add(
        struct(
                col("reported_ts").as("ts"),
                col("value_num").as("v"),
                col(RawRecords.SOURCE_FILE).as("f"),
                col(RawRecords.SOURCE_LINE).as("l"))
            .as("_row"));
    return checked.where(complete).select(narrow.toArray(Column[]::new));
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
