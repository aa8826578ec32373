package org.tipevidence.jobs.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.tipevidence.jobs.conform.SubmissionObservations;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.RecordReader;
import org.tipevidence.jobs.validate.DataQuality;
import org.tipevidence.jobs.validate.Quarantine;
import org.tipevidence.jobs.validate.ReferenceData;
import org.tipevidence.jobs.validate.Resubmissions;
import org.tipevidence.jobs.validate.SubmissionColumns;
import org.tipevidence.jobs.validate.SubmissionValidation;

/** Outcome submissions: read, check every row, resolve resubmissions, conform. */
public final class SubmissionStage {
  private SubmissionStage() {}

  public static CheckedInput run(
      SparkSession spark, List<InputFile> files, ReferenceData reference) {
    // Persisted: the code lookups read the distinct labels once, then the rules read the rows.
    Dataset<Row> raw =
        RecordReader.read(spark, files, SubmissionColumns.ALL)
            .persist(StorageLevel.MEMORY_AND_DISK());
    // Checkpointed (eagerly, to executor storage): the three outputs below then start from the
    // checked rows instead of re-planning and re-running the whole rule chain each.
    Dataset<Row> checked =
        Resubmissions.apply(SubmissionValidation.apply(raw, reference), resubmissionKey())
            .localCheckpoint();
    raw.unpersist();
    return new CheckedInput(
        SubmissionObservations.conform(Quarantine.accepted(checked)),
        Quarantine.rejected(checked, "submissions", SubmissionColumns.SUBMITTED_BY),
        DataQuality.perFile(checked, files));
  }

  private static List<Column> resubmissionKey() {
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
