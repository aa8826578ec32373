package org.tipevidence.jobs.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.jobs.conform.SubmissionObservations;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.ingest.RecordReader;
import org.tipevidence.jobs.ingest.SubmissionFormats;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.stage.Stage;
import org.tipevidence.jobs.validate.DataQuality;
import org.tipevidence.jobs.validate.Quarantine;
import org.tipevidence.jobs.validate.ReferenceData;
import org.tipevidence.jobs.validate.Resubmissions;
import org.tipevidence.jobs.validate.Rule;
import org.tipevidence.jobs.validate.SubmissionColumns;
import org.tipevidence.jobs.validate.SubmissionValidation;

/**
 * Outcome submissions: read, check every row, resolve resubmissions, conform.
 *
 * <p>The input is read and checked in one pass (codes normalised as records are parsed, rules as
 * column expressions with broadcast lookups) and the checked rows are kept once; resubmissions are
 * then decided on a narrow projection of them, and the three outputs (observations, quarantine,
 * data quality) are column scans of the kept rows.
 */
public final class SubmissionStage implements Stage<SubmissionStage.Inputs, CheckedInput> {
  /**
   * @param files the submission files
   * @param formats what the DHIS2 and IATI readers need (the checked dhis2-map.json, the IATI
   *     indicator lookup): their values become raw submission rows of the CSV shape and meet
   *     exactly the rules CSV rows meet
   * @param reference the lookups the row rules join
   */
  public record Inputs(List<InputFile> files, SubmissionFormats formats, ReferenceData reference) {}

  private final SparkSession spark;
  private final DatasetSink sink;
  private final CheckedRowsReuse reuse;

  /**
   * @param sink keeps the checked rows and the resubmission losers, each read by several outputs
   * @param reuse which files' checked rows come from the previous version (issue 20): only the
   *     others are read; the cross-file steps always see every file's rows
   */
  public SubmissionStage(SparkSession spark, DatasetSink sink, CheckedRowsReuse reuse) {
    this.spark = spark;
    this.sink = sink;
    this.reuse = reuse;
  }

  @Override
  public String name() {
    return "submissions";
  }

  @Override
  public CheckedInput apply(Inputs inputs) {
    List<InputFile> files = inputs.files();
    Dataset<Row> raw =
        RecordReader.read(
            spark,
            reuse.toRead(files),
            SubmissionColumns.ALL,
            SubmissionValidation.CODES,
            inputs.formats());
    Dataset<Row> fresh = keptColumns(SubmissionValidation.apply(raw, inputs.reference()));
    Dataset<Row> checked =
        reuse.kept(sink.keep(CheckedRowsReuse.KEPT, reuse.withReused(spark, files, fresh)));
    // Stored apart, so Spark sees its real (usually tiny) size and broadcasts it to the join that
    // picks the rows of repeated keys, instead of shuffling and sorting every passed row.
    Dataset<Row> repeated =
        sink.keep(
            "submissions_repeated_keys", Resubmissions.repeatedKeys(checked, resubmissionKey()));
    Dataset<Row> losers =
        sink.keep(
            "submissions_resubmissions",
            Resubmissions.losers(checked, resubmissionKey(), repeated));
    Dataset<Row> resolved = Resubmissions.resolve(checked, losers);
    return DataQuality.input(
            SubmissionObservations.conform(Quarantine.accepted(resolved)),
            Quarantine.rejected(resolved, "submissions", SubmissionColumns.SUBMITTED_BY),
            resolved,
            files)
        .labelled("submissions", "observations");
  }

  /** What the outputs and the resubmission rule read; lookup-only columns are left behind. */
  private static Dataset<Row> keptColumns(Dataset<Row> validated) {
    List<String> keep =
        new ArrayList<>(
            List.of(
                RawRecords.SOURCE_FILE,
                RawRecords.SOURCE_LINE,
                RawRecords.RECORD,
                SubmissionColumns.PROGRAMME_ID,
                SubmissionColumns.COUNTRY,
                SubmissionColumns.INDICATOR,
                SubmissionColumns.PERIOD,
                SubmissionColumns.SUBMITTED_BY,
                "_sex",
                "_age",
                "_form",
                "value_num",
                "year",
                "quarter",
                "period_start",
                "period_end",
                "reported_ts",
                "population",
                Rule.VERDICT));
    Arrays.stream(validated.columns()).filter(c -> c.startsWith("m_")).forEach(keep::add);
    return validated.select(keep.stream().map(c -> col(c)).toArray(Column[]::new));
  }

  /** The resubmission key (README): programme, country, indicator, period and disaggregation. */
  static List<Column> resubmissionKey() {
    return List.of(
        trim(col(SubmissionColumns.PROGRAMME_ID)),
        upper(trim(col(SubmissionColumns.COUNTRY))),
        trim(col(SubmissionColumns.INDICATOR)),
        col("period_start"),
        col("period_end"),
        col("_sex"),
        col("_age"),
        col("_form"));
  }
}
