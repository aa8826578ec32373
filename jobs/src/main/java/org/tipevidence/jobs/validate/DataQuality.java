package org.tipevidence.jobs.validate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.RawRecords;

/**
 * One row per input file: rows read, accepted, quarantined, and a count column per reason code
 * (every code, zero when absent, so the columns are stable for notebooks).
 */
public final class DataQuality {
  private DataQuality() {}

  /**
   * As {@link #perFile(Dataset)}, plus a row of zero counts for each listed file that yielded no
   * record (empty or header-only), so every file read has its data quality row. Works on the
   * per-file counts, never on the rows again.
   */
  public static Dataset<Row> perFile(Dataset<Row> checked, List<InputFile> files) {
    return withEmptyFiles(perFile(checked), files);
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

  /** From checked rows (verdict null = accepted) of one kind of input. */
  public static Dataset<Row> perFile(Dataset<Row> checked) {
    List<Column> aggs = new ArrayList<>();
    aggs.add(sum(when(col(Rule.VERDICT).isNull(), 1L).otherwise(0L)).as("rows_accepted"));
    aggs.add(sum(when(col(Rule.VERDICT).isNotNull(), 1L).otherwise(0L)).as("rows_quarantined"));
    for (ReasonCode reason : ReasonCode.values()) {
      aggs.add(
          sum(when(col(Rule.VERDICT + "." + Rule.REASON_CODE).equalTo(reason.code()), 1L)
                  .otherwise(0L))
              .as(reason.code()));
    }
    return checked
        .groupBy(col(RawRecords.SOURCE_FILE))
        .agg(count(lit(1)).as("rows_read"), aggs.toArray(new Column[0]));
  }
}
