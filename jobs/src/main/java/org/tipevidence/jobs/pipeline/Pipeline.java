package org.tipevidence.jobs.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.common.catalogue.mapping.IndicatorMapping;
import org.tipevidence.common.disclosure.SuppressionRule;
import org.tipevidence.jobs.conform.MappingTable;
import org.tipevidence.jobs.disclosure.PublishedProtection;
import org.tipevidence.jobs.evidence.EvidenceOutputs;
import org.tipevidence.jobs.evidence.EvidenceStage;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.mse.DarkFigureStage;
import org.tipevidence.jobs.mse.MseFiles;
import org.tipevidence.jobs.national.NationalStage;
import org.tipevidence.jobs.progress.ProgressStage;
import org.tipevidence.jobs.publish.OutputDataset;
import org.tipevidence.jobs.publish.Tier;
import org.tipevidence.jobs.validate.ProgrammeValidation;
import org.tipevidence.jobs.validate.Quarantine;
import org.tipevidence.jobs.validate.ReferenceData;
import org.tipevidence.jobs.validate.TableSpec;

/**
 * The pipeline's stages in order. Builds the output datasets lazily; {@link RunJob} writes, checks
 * and publishes them. {@code validate} runs the same stages and writes nothing.
 */
public final class Pipeline {
  private static final Logger LOG = LogManager.getLogger(Pipeline.class);

  private final SparkSession spark;
  private final RunOptions params;
  private final StageClock clock;

  public Pipeline(SparkSession spark, RunOptions params, StageClock clock) {
    this.spark = spark;
    this.params = params;
    this.clock = clock;
  }

  /** Stages the pipeline times (for "stage n of m" progress). */
  public static final int STAGES = 6;

  public List<OutputDataset> build(InputLayout layout) {
    SdgCatalogue catalogue = SdgCatalogueLoader.loadDefault();
    InputFile mappingFile = layout.required(InputLayout.MAPPING);
    // Checked first: a wrong mapping would mislabel every figure, so nothing is read before it.
    IndicatorMapping mapping =
        MappingTable.load(
            layout.fileSystem(),
            new org.apache.hadoop.fs.Path(mappingFile.path()),
            mappingFile.label(),
            catalogue);
    List<CheckedInput> inputs = new ArrayList<>();
    AtomicReference<Dataset<Row>> acceptedTargets = new AtomicReference<>();

    ReferenceData reference =
        clock.time(
            "reference tables",
            () -> {
              Dataset<Row> programmes =
                  ReferenceStage.programmes(spark, layout.required(InputLayout.PROGRAMMES));
              inputs.add(
                  ReferenceStage.asChecked(programmes, "programmes")
                      .labelled("programmes", "reference"));
              Dataset<Row> population =
                  ReferenceStage.table(
                      spark, layout.optional(InputLayout.POPULATION), TableSpec.POPULATION);
              inputs.add(
                  ReferenceStage.asChecked(population, "population")
                      .labelled("population", "reference"));
              Dataset<Row> targets =
                  ReferenceStage.table(
                      spark, layout.optional(InputLayout.TARGETS), TableSpec.targets(mapping));
              inputs.add(
                  ReferenceStage.asChecked(targets, "targets").labelled("targets", "reference"));
              acceptedTargets.set(Quarantine.accepted(targets));
              return new ReferenceData(
                  ProgrammeValidation.register(Quarantine.accepted(programmes)),
                  MappingTable.toDataset(spark, mapping, catalogue),
                  ReferenceStage.population(population));
            });

    CheckedInput submissions =
        clock.time(
            "submissions",
            () ->
                SubmissionStage.run(spark, layout.tabularFiles(InputLayout.SUBMISSIONS), reference)
                    .labelled("submissions", "observations"));
    inputs.add(submissions);

    List<CheckedInput> national =
        clock.time(
            "national data",
            () -> NationalStage.run(spark, layout.root(), params.nationalDir(), catalogue));
    inputs.addAll(national);

    EvidenceOutputs evidence =
        clock.time(
            "evidence",
            () ->
                EvidenceStage.run(
                    spark, layout.optional(InputLayout.EVALUATIONS), params.evidence()));
    inputs.add(evidence.checked().labelled("evaluations", "evidence_effects"));

    DarkFigureStage.Result darkFigure =
        clock.time(
            "dark figure (MSE)",
            () ->
                DarkFigureStage.run(
                    spark,
                    MseFiles.find(layout, params.nationalDir()),
                    reference.population(),
                    params.mse()));
    inputs.addAll(darkFigure.inputs());

    Dataset<Row> observations =
        unionAll(
            Stream.concat(Stream.of(submissions), national.stream())
                .map(CheckedInput::observations)
                .toList());
    Dataset<Row> quarantine = unionAll(inputs.stream().map(CheckedInput::quarantine).toList());
    Dataset<Row> dataQuality = unionAll(inputs.stream().map(CheckedInput::dataQuality).toList());
    ProgressStage.Outputs progress =
        clock.time(
            "progress",
            () ->
                ProgressStage.run(
                    spark,
                    observations,
                    reference,
                    acceptedTargets.get(),
                    quarantine,
                    catalogue,
                    params.progress()));
    SuppressionRule rule = SuppressionRule.of(params.disclosureThreshold());
    Dataset<Row> seriesValues = PublishedProtection.seriesValues(progress.seriesValues(), rule);
    LOG.info("pipeline planned for input {}", layout.root());
    return List.of(
        new OutputDataset("observations", Tier.RESTRICTED, List.of("year"), observations),
        new OutputDataset("quarantine", Tier.RESTRICTED, List.of(), quarantine),
        new OutputDataset("data_quality", Tier.PUBLISHED, List.of(), dataQuality),
        new OutputDataset("evidence_effects", Tier.PUBLISHED, List.of(), evidence.effects()),
        new OutputDataset("evidence_synthesis", Tier.PUBLISHED, List.of(), evidence.synthesis()),
        new OutputDataset("evidence_gap_map", Tier.PUBLISHED, List.of(), evidence.gapMap()),
        new OutputDataset("series_values", Tier.PUBLISHED, List.of(), seriesValues),
        new OutputDataset(
            "series_progress",
            Tier.PUBLISHED,
            List.of(),
            PublishedProtection.seriesProgress(progress.seriesProgress(), seriesValues, rule)),
        new OutputDataset("target_progress", Tier.PUBLISHED, List.of(), progress.targetProgress()),
        new OutputDataset(
            "programme_scorecard", Tier.PUBLISHED, List.of(), progress.programmeScorecard()),
        new OutputDataset(
            "dark_figure",
            Tier.PUBLISHED,
            List.of(),
            PublishedProtection.darkFigure(darkFigure.darkFigure(), rule)));
  }

  static Dataset<Row> unionAll(List<Dataset<Row>> parts) {
    Dataset<Row> all = null;
    for (Dataset<Row> part : parts) {
      all = all == null ? part : all.unionByName(part, true);
    }
    return all;
  }

  public RunOptions params() {
    return params;
  }

  public Map<String, Long> timings() {
    return clock.orderedTimings();
  }
}
