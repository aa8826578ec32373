package org.tipevidence.jobs.validate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tipevidence.jobs.ingest.RawRecords;

/** Splits checked rows into accepted and the {@code quarantine} dataset's shape. */
public final class Quarantine {
  private Quarantine() {}

  public static Dataset<Row> accepted(Dataset<Row> checked) {
    return checked.where(col(Rule.VERDICT).isNull());
  }

  /**
   * Rejected rows with their raw record. {@code submitted_by} is kept where the source has it so
   * data-quality reports can say which team to contact.
   */
  public static Dataset<Row> rejected(Dataset<Row> checked, String stage, String submittedBy) {
    return checked
        .where(col(Rule.VERDICT).isNotNull())
        .select(
            col(RawRecords.SOURCE_FILE),
            col(RawRecords.SOURCE_LINE),
            col(RawRecords.RECORD),
            col(Rule.VERDICT + "." + Rule.REASON_CODE).as(Rule.REASON_CODE),
            col(Rule.VERDICT + "." + Rule.REASON).as(Rule.REASON),
            col(Rule.VERDICT + "." + Rule.COLUMN).as(Rule.COLUMN),
            lit(stage).as("stage"),
            (submittedBy == null ? lit(null).cast("string") : col(submittedBy)).as("submitted_by"));
  }
}
