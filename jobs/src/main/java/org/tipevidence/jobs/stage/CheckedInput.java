package org.tipevidence.jobs.stage;

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
 */
public record CheckedInput(
    Dataset<Row> observations, Dataset<Row> quarantine, Dataset<Row> dataQuality) {

  /** Labels data quality rows with the input kind and the dataset accepted rows went to. */
  public CheckedInput labelled(String inputKind, String acceptedInto) {
    return new CheckedInput(
        observations,
        quarantine,
        dataQuality
            .withColumn("input_kind", org.apache.spark.sql.functions.lit(inputKind))
            .withColumn("accepted_into", org.apache.spark.sql.functions.lit(acceptedInto)));
  }
}
