package org.tipevidence.jobs.stage;

import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The result of validating one kind of input.
 *
 * @param observations accepted rows in the canonical observation shape (may be null for reference
 *     inputs such as the programme register)
 * @param quarantine rejected rows in the quarantine shape
 * @param dataQuality one row per file (rows read, accepted, quarantined, per reason, and which
 *     dataset the accepted rows went to)
 * @param tally the narrow rows {@code dataQuality} is counted from (validate's {@code
 *     DataQuality.tally}), so the run counts every input's tally in one aggregation; null when the
 *     input gave only its counts
 */
public record CheckedInput(
    Dataset<Row> observations,
    Dataset<Row> quarantine,
    Dataset<Row> dataQuality,
    Dataset<Row> tally) {

  /** An input that gives its per-file counts only (counted on their own, not with the others). */
  public CheckedInput(
      Dataset<Row> observations, Dataset<Row> quarantine, Dataset<Row> dataQuality) {
    this(observations, quarantine, dataQuality, null);
  }

  /** Labels data quality rows with the input kind and the dataset accepted rows went to. */
  public CheckedInput labelled(String inputKind, String acceptedInto) {
    return new CheckedInput(
        observations,
        quarantine,
        label(dataQuality, inputKind, acceptedInto),
        tally == null ? null : label(tally, inputKind, acceptedInto));
  }

  private static Dataset<Row> label(Dataset<Row> rows, String inputKind, String acceptedInto) {
    return rows.withColumn("input_kind", lit(inputKind))
        .withColumn("accepted_into", lit(acceptedInto));
  }
}
