package org.tipevidence.jobs.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.RecordReader;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.validate.DataQuality;
import org.tipevidence.jobs.validate.ProgrammeColumns;
import org.tipevidence.jobs.validate.ProgrammeValidation;
import org.tipevidence.jobs.validate.Quarantine;
import org.tipevidence.jobs.validate.TableSpec;
import org.tipevidence.jobs.validate.TableValidation;

/** Reference tables: programme register, population, targets. Each row accepted or quarantined. */
public final class ReferenceStage {
  private ReferenceStage() {}

  /** The checked programme register; accepted rows carry the p_* columns. */
  public static Dataset<Row> programmes(SparkSession spark, InputFile file) {
    Dataset<Row> raw = RecordReader.readOnDriver(spark, List.of(file), ProgrammeColumns.ALL);
    return onDriver(spark, ProgrammeValidation.apply(raw));
  }

  public static Dataset<Row> table(SparkSession spark, Optional<InputFile> file, TableSpec spec) {
    List<InputFile> files = file.map(List::of).orElse(List.of());
    Dataset<Row> raw = RecordReader.readOnDriver(spark, files, spec.columns());
    return onDriver(spark, TableValidation.apply(raw, spec));
  }

  /**
   * Reference tables are kilobytes: their checked rows are held on the driver as a local relation,
   * so every stage that joins them (broadcast) reuses the result instead of re-checking the file.
   */
  private static Dataset<Row> onDriver(SparkSession spark, Dataset<Row> checked) {
    return spark.createDataFrame(checked.collectAsList(), checked.schema());
  }

  /** pop_country, pop_year, population from a checked population table. */
  public static Dataset<Row> population(Dataset<Row> checked) {
    return Quarantine.accepted(checked)
        .select(
            upper(trim(col("country_iso3"))).as("pop_country"),
            col("year_num").cast("int").as("pop_year"),
            col("population_num").as("population"));
  }

  /**
   * @param file the table's file when present: an empty or header-only one still gets its zero data
   *     quality row
   */
  public static CheckedInput asChecked(
      Dataset<Row> checked, String stage, Optional<InputFile> file) {
    return new CheckedInput(
        null,
        Quarantine.rejected(checked, stage, null),
        DataQuality.perFile(checked, file.stream().toList()));
  }
}
