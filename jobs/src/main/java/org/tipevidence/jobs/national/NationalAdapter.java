package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.validate.DataQuality;
import org.tipevidence.jobs.validate.NumberColumns;
import org.tipevidence.jobs.validate.Quarantine;

/**
 * The one shape of the adapters of keyed national files (Open SDG, UN SDG, SDMX-CSV): read each
 * file with its own header, add the source's columns, join the catalogue series, judge every row
 * with the source's checks (first broken wins), mark duplicates among the rows that passed, and
 * split into canonical observations, quarantine and per-file quality. A source gives only its parts
 * ({@link Source}).
 */
final class NationalAdapter {
  /** What one source adds to the skeleton. */
  interface Source {
    /** The observations' {@code source} value. */
    String name();

    /**
     * {@link HeaderedRecords} rows with the source's columns: {@code _series}, {@code _value_text}
     * and what {@link NationalObservations} reads, except {@code _value} and {@code _text_flag}.
     */
    Dataset<Row> typed(Dataset<Row> raw);

    /** The source's checks, in the order a row is judged. */
    List<Check> checks();

    /** Verdicts on the rows joined to the catalogue (before duplicates): {@link #checks()}. */
    default Dataset<Row> judged(Dataset<Row> joined) {
      return Verdicts.thenChecks(joined, checks());
    }

    /** What identifies an observation: rows sharing it are duplicates. */
    List<Column> key();

    /** The value column as the source's files name it. */
    String valueColumn();
  }

  private NationalAdapter() {}

  static CheckedInput run(
      SparkSession spark, List<InputFile> files, Dataset<Row> catalogueTable, Source source) {
    Dataset<Row> raw = HeaderedRecords.read(spark, files).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> joined =
        source
            .typed(raw)
            .withColumn("_value", NumberColumns.decimal(col("_value_text")))
            .withColumn("_text_flag", col(RawRecords.RECORD).contains("\uFFFD"))
            .join(broadcast(catalogueTable), col("_series").equalTo(col("c_series_code")), "left");
    Dataset<Row> checked =
        DuplicateRows.apply(
                source.judged(joined), source.key(), col("_value"), source.valueColumn())
            .persist(StorageLevel.MEMORY_AND_DISK());
    return split(checked, files, source.name());
  }

  /** Accepted rows as canonical observations, the others as quarantine, and per-file quality. */
  static CheckedInput split(Dataset<Row> checked, List<InputFile> files, String source) {
    return DataQuality.input(
        NationalObservations.conform(Quarantine.accepted(checked), source),
        Quarantine.rejected(checked, "national", null),
        checked,
        files);
  }
}
