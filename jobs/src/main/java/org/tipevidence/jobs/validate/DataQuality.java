package org.tipevidence.jobs.validate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.stage.CheckedInput;

/**
 * One row per input file: rows read, accepted, quarantined, and a count column per reason code
 * (every code, zero when absent, so the columns are stable for notebooks).
 *
 * <p>Counting goes through a narrow <em>tally</em> (source file, reason code or null, and 1 per row
 * or 0 for an empty file's placeholder), so the tallies of every input kind can be unioned and
 * counted in one aggregation ({@link #counts}) rather than two per kind: each aggregation is a
 * Spark job with its fixed cost.
 */
public final class DataQuality {
  private DataQuality() {}

  /** Tally column: the row's reason code, null when accepted. */
  public static final String REASON = "_dq_reason";

  /** Tally column: 1 per checked row, 0 for the placeholder of a file that yielded no row. */
  public static final String ROW = "_dq_row";

  /** Rows of one file and reason, between the two aggregations of {@link #counts}. */
  private static final String REASON_ROWS = "_dq_reason_rows";

  /** Labels {@link CheckedInput#labelled} adds; grouped on when a tally carries them. */
  private static final List<String> LABELS = List.of("input_kind", "accepted_into");

  private static final Set<String> TALLY = Set.of(RawRecords.SOURCE_FILE, REASON, ROW);

  /**
   * A checked input whose data quality is counted from its tally: the one aggregation over every
   * input's tally happens where the run writes {@code data_quality}.
   *
   * @param extraCodes codes counted in columns of their own for this kind only (null for others)
   */
  public static CheckedInput input(
      Dataset<Row> observations,
      Dataset<Row> quarantine,
      Dataset<Row> checked,
      List<InputFile> files,
      List<String> extraCodes) {
    Dataset<Row> tally = tally(checked, files, extraCodes);
    return new CheckedInput(observations, quarantine, counts(tally), tally);
  }

  /** As {@link #input(Dataset, Dataset, Dataset, List, List)} without extra codes. */
  public static CheckedInput input(
      Dataset<Row> observations,
      Dataset<Row> quarantine,
      Dataset<Row> checked,
      List<InputFile> files) {
    return input(observations, quarantine, checked, files, List.of());
  }

  /**
   * As {@link #perFile(Dataset)}, plus a row of zero counts for each listed file that yielded no
   * record (empty or header-only), so every file read has its data quality row.
   */
  public static Dataset<Row> perFile(Dataset<Row> checked, List<InputFile> files) {
    return counts(tally(checked, files, List.of()));
  }

  /** From checked rows (verdict null = accepted) of one kind of input. */
  public static Dataset<Row> perFile(Dataset<Row> checked) {
    return counts(tally(checked, List.of(), List.of()));
  }

  /**
   * The narrow tally of checked rows (verdict null = accepted): {@code source_file}, {@link
   * #REASON}, {@link #ROW}, plus a 0/1 column per extra code; and a placeholder row per listed file
   * so empty and header-only files of every input kind are reported (README: one row per input
   * file).
   */
  public static Dataset<Row> tally(
      Dataset<Row> checked, List<InputFile> files, List<String> extraCodes) {
    Dataset<Row> rows =
        checked.select(
            col(RawRecords.SOURCE_FILE),
            col(Rule.VERDICT + "." + Rule.REASON_CODE).as(REASON),
            lit(1L).as(ROW));
    List<String> labels = files.stream().map(InputFile::label).toList();
    if (!labels.isEmpty()) {
      Dataset<Row> placeholders =
          checked
              .sparkSession()
              .createDataset(labels, Encoders.STRING())
              .toDF(RawRecords.SOURCE_FILE)
              .select(
                  col(RawRecords.SOURCE_FILE),
                  lit(null).cast("string").as(REASON),
                  lit(0L).as(ROW));
      rows = rows.unionByName(placeholders);
    }
    for (String code : extraCodes) {
      rows = rows.withColumn(code, when(col(REASON).equalTo(code), 1L).otherwise(0L));
    }
    return rows;
  }

  /**
   * Counts a tally (or the union of several, {@code unionByName} with missing columns null): per
   * source file (and input kind and accepted-into when labelled), rows read, accepted, quarantined,
   * one column per reason code, the labels, then any extra code columns (null for the kinds that do
   * not have them).
   *
   * <p>Two aggregations: the rows are first counted per file and reason (one key per row, so a row
   * costs one hash lookup instead of a comparison with every reason code), then those few rows are
   * spread into the per-reason columns.
   */
  public static Dataset<Row> counts(Dataset<Row> tally) {
    List<Column> keys = new ArrayList<>(List.of(col(RawRecords.SOURCE_FILE)));
    List<String> labels = new ArrayList<>();
    List<String> extras = new ArrayList<>();
    for (String c : tally.columns()) {
      if (LABELS.contains(c)) {
        labels.add(c);
      } else if (!TALLY.contains(c)) {
        extras.add(c);
      }
    }
    labels.forEach(c -> keys.add(col(c)));
    List<Column> byReason = new ArrayList<>(keys);
    byReason.add(col(REASON));
    List<Column> partAggs = new ArrayList<>();
    partAggs.add(count(lit(1)).as(REASON_ROWS));
    extras.forEach(c -> partAggs.add(sum(col(c)).as(c)));
    Dataset<Row> perReason =
        tally
            .groupBy(byReason.toArray(new Column[0]))
            .agg(sum(col(ROW)).as(ROW), partAggs.toArray(new Column[0]));
    Column row = col(ROW);
    Column reason = col(REASON);
    List<Column> aggs = new ArrayList<>();
    aggs.add(sum(when(reason.isNull(), row).otherwise(0L)).as("rows_accepted"));
    aggs.add(sum(when(reason.isNotNull(), row).otherwise(0L)).as("rows_quarantined"));
    for (ReasonCode code : ReasonCode.values()) {
      // Rows with the code, whatever their ROW weight (a placeholder never has a reason).
      aggs.add(
          sum(when(reason.equalTo(code.code()), col(REASON_ROWS)).otherwise(0L)).as(code.code()));
    }
    extras.forEach(c -> aggs.add(sum(col(c)).as(c)));
    List<String> order = new ArrayList<>(List.of("rows_read", "rows_accepted", "rows_quarantined"));
    for (ReasonCode code : ReasonCode.values()) {
      order.add(code.code());
    }
    order.addAll(labels);
    order.addAll(extras);
    return perReason
        .groupBy(keys.toArray(new Column[0]))
        .agg(sum(row).as("rows_read"), aggs.toArray(new Column[0]))
        .select(RawRecords.SOURCE_FILE, order.toArray(new String[0]));
  }

  /**
   * Per-file counts (any count columns) plus a row of zeros for each listed file that has no row
   * yet, so empty and header-only files of every input kind are reported (README: one row per input
   * file).
   */
  public static Dataset<Row> withEmptyFiles(Dataset<Row> counted, List<InputFile> files) {
    List<String> labels = files.stream().map(InputFile::label).toList();
    if (labels.isEmpty()) {
      return counted;
    }
    Dataset<Row> zeros =
        counted
            .sparkSession()
            .createDataset(labels, Encoders.STRING())
            .toDF(RawRecords.SOURCE_FILE);
    List<Column> sums = new ArrayList<>();
    for (String c : counted.columns()) {
      if (!c.equals(RawRecords.SOURCE_FILE)) {
        zeros = zeros.withColumn(c, lit(0L));
        sums.add(sum(col(c)).as(c));
      }
    }
    return counted
        .unionByName(zeros)
        .groupBy(col(RawRecords.SOURCE_FILE))
        .agg(sums.get(0), sums.subList(1, sums.size()).toArray(new Column[0]));
  }
}
