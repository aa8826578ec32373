package org.tipevidence.jobs.pipeline;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.mapping.IndicatorMapping;
import org.tipevidence.jobs.conform.MappingTable;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.validate.ProgrammeValidation;
import org.tipevidence.jobs.validate.Quarantine;
import org.tipevidence.jobs.validate.ReferenceData;
import org.tipevidence.jobs.validate.TableSpec;

/**
 * The checked reference tables (programmes, population, targets) and the lookups built from them.
 *
 * @param data the lookups the row rules join (broadcast)
 * @param acceptedTargets accepted targets.csv rows
 * @param checked each table's quarantine and data quality
 */
public record ReferenceTables(
    ReferenceData data, Dataset<Row> acceptedTargets, List<CheckedInput> checked) {

  public static ReferenceTables read(
      SparkSession spark, InputLayout layout, IndicatorMapping mapping, SdgCatalogue catalogue) {
    InputFile programmesFile = layout.required(InputLayout.PROGRAMMES);
    Optional<InputFile> populationFile = layout.optional(InputLayout.POPULATION);
    Optional<InputFile> targetsFile = layout.optional(InputLayout.TARGETS);
    Dataset<Row> programmes = ReferenceStage.programmes(spark, programmesFile);
    Dataset<Row> population = ReferenceStage.table(spark, populationFile, TableSpec.POPULATION);
    Dataset<Row> targets = ReferenceStage.table(spark, targetsFile, TableSpec.targets(mapping));
    ReferenceData data =
        new ReferenceData(
            ProgrammeValidation.register(Quarantine.accepted(programmes)),
            MappingTable.toDataset(spark, mapping, catalogue),
            ReferenceStage.population(population));
    return new ReferenceTables(
        data,
        Quarantine.accepted(targets),
        List.of(
            ReferenceStage.asChecked(programmes, "programmes", Optional.of(programmesFile))
                .labelled("programmes", "reference"),
            ReferenceStage.asChecked(population, "population", populationFile)
                .labelled("population", "reference"),
            ReferenceStage.asChecked(targets, "targets", targetsFile)
                .labelled("targets", "reference")));
  }
}
