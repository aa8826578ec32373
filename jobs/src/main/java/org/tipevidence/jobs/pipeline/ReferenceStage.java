package org.tipevidence.jobs.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.mapping.IndicatorMapping;
import org.tipevidence.common.iati.IatiIndicatorIndex;
import org.tipevidence.jobs.conform.MappingTable;
import org.tipevidence.jobs.ingest.IatiTargetRows;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.ingest.RecordReader;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.stage.Stage;
import org.tipevidence.jobs.validate.DataQuality;
import org.tipevidence.jobs.validate.ProgrammeColumns;
import org.tipevidence.jobs.validate.ProgrammeValidation;
import org.tipevidence.jobs.validate.Quarantine;
import org.tipevidence.jobs.validate.ReferenceData;
import org.tipevidence.jobs.validate.TableSpec;
import org.tipevidence.jobs.validate.TableValidation;

/**
 * Reference tables: programme register, population, targets (targets.csv and the targets of IATI
 * submission files, recomputed every run). Each row accepted or quarantined.
 */
public final class ReferenceStage implements Stage<ReferenceStage.Inputs, ReferenceTables> {
  /**
   * @param layout the input folder
   * @param mapping the checked indicator mapping (targets are checked against its indicators)
   */
  public record Inputs(InputLayout layout, IndicatorMapping mapping) {}

  private final SparkSession spark;
  private final SdgCatalogue catalogue;

  public ReferenceStage(SparkSession spark, SdgCatalogue catalogue) {
    this.spark = spark;
    this.catalogue = catalogue;
  }

  @Override
  public String name() {
    return "reference tables";
  }

  @Override
  public ReferenceTables apply(Inputs inputs) {
    InputLayout layout = inputs.layout();
    InputFile programmesFile = layout.required(InputLayout.PROGRAMMES);
    Optional<InputFile> populationFile = layout.optional(InputLayout.POPULATION);
    Optional<InputFile> targetsFile = layout.optional(InputLayout.TARGETS);
    Dataset<Row> programmes = programmes(spark, programmesFile);
    Dataset<Row> population = table(spark, populationFile, TableSpec.POPULATION);
    Dataset<Row> targets = targets(layout, targetsFile, inputs.mapping());
    ReferenceData data =
        new ReferenceData(
            ProgrammeValidation.register(Quarantine.accepted(programmes)),
            MappingTable.toDataset(spark, inputs.mapping(), catalogue),
            population(population));
    return new ReferenceTables(
        data,
        Quarantine.accepted(targets),
        List.of(
            asChecked(programmes, "programmes", Optional.of(programmesFile))
                .labelled("programmes", "reference"),
            asChecked(population, "population", populationFile).labelled("population", "reference"),
            asChecked(targets, "targets", targetsFile).labelled("targets", "reference")));
  }

  /** The checked programme register; accepted rows carry the p_* columns. */
  private static Dataset<Row> programmes(SparkSession spark, InputFile file) {
    Dataset<Row> raw = RecordReader.readOnDriver(spark, List.of(file), ProgrammeColumns.ALL);
    return onDriver(spark, ProgrammeValidation.apply(raw.coalesce(1)));
  }

  /**
   * targets.csv and the targets of IATI submission files (docs/INPUTS.md, IATI targets), checked
   * together by the same rules; for a programme and indicator both give, targets.csv (the
   * programme's own file) is used and the IATI row is {@code conflicting_duplicate}.
   */
  private Dataset<Row> targets(
      InputLayout layout, Optional<InputFile> file, IndicatorMapping mapping) {
    TableSpec spec = TableSpec.targets(mapping);
    Dataset<Row> raw =
        RecordReader.readOnDriver(spark, file.map(List::of).orElse(List.of()), spec.columns());
    List<Row> iati =
        IatiTargetRows.read(
            layout.tabularFiles(InputLayout.SUBMISSIONS),
            spec.columns(),
            new IatiIndicatorIndex(mapping, catalogue));
    Dataset<Row> all = raw.union(spark.createDataFrame(iati, raw.schema()));
    Column precedence =
        when(col(RawRecords.SOURCE_FILE).endsWith(IatiTargetRows.SUFFIX), 1).otherwise(0);
    return onDriver(spark, TableValidation.apply(all.coalesce(1), spec, precedence));
  }

  public static Dataset<Row> table(SparkSession spark, Optional<InputFile> file, TableSpec spec) {
    List<InputFile> files = file.map(List::of).orElse(List.of());
    Dataset<Row> raw = RecordReader.readOnDriver(spark, files, spec.columns());
    return onDriver(spark, TableValidation.apply(raw.coalesce(1), spec));
  }

  /**
   * Reference tables are kilobytes: they are checked in one partition (coalesce(1) before the
   * rules: duplicate-key windows and counts then need no shuffle, one Spark job per table), and
   * their checked rows are held on the driver as a local relation, so every stage that joins them
   * (broadcast) reuses the result instead of re-checking the file.
   */
  private static Dataset<Row> onDriver(SparkSession spark, Dataset<Row> checked) {
    return spark.createDataFrame(checked.collectAsList(), checked.schema());
  }

  /** pop_country, pop_year, population from a checked population table. */
  private static Dataset<Row> population(Dataset<Row> checked) {
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
  private static CheckedInput asChecked(
      Dataset<Row> checked, String stage, Optional<InputFile> file) {
    return DataQuality.input(
        null, Quarantine.rejected(checked, stage, null), checked, file.stream().toList());
  }
}
