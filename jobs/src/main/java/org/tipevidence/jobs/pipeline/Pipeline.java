package org.tipevidence.jobs.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import org.tipevidence.common.iati.IatiIndicatorIndex;
import org.tipevidence.jobs.conform.MappingTable;
import org.tipevidence.jobs.disclosure.PublishedProtection;
import org.tipevidence.jobs.evidence.EvidenceOutputs;
import org.tipevidence.jobs.evidence.EvidenceStage;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.ingest.InputLimits;
import org.tipevidence.jobs.mse.DarkFigureStage;
import org.tipevidence.jobs.mse.MseFiles;
import org.tipevidence.jobs.national.NationalStage;
import org.tipevidence.jobs.progress.ProgressStage;
import org.tipevidence.jobs.publish.OutputDataset;
import org.tipevidence.jobs.publish.Tier;

/**
 * The pipeline's stages in order. Each output goes to a {@link DatasetSink} as soon as it is built:
 * a run writes it to staging ({@link StagingSink}) and later stages read the stored rows; {@code
 * validate} runs the same stages and writes nothing ({@link CachingSink}).
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
    InputLimits.use(params.inputLimits());
  }

  /** Stages the pipeline times (for "stage n of m" progress). */
  public static final int STAGES = 9;

  /**
   * Builds every output without writing anything (for {@code validate} and tests): outputs stay
   * lazy, shared intermediates are cached.
   */
  public List<OutputDataset> build(InputLayout layout) {
    return build(layout, new CachingSink());
  }

  /**
   * Runs the stages in order, handing each output to {@code sink} as soon as it is built; later
   * stages read what the sink stored, so nothing is computed twice.
   *
   * @return the outputs in the order handed to the sink, each as the sink stored it
   */
  public List<OutputDataset> build(InputLayout layout, DatasetSink sink) {
    SdgCatalogue catalogue = SdgCatalogueLoader.loadDefault();
    // Checked first: a wrong mapping would mislabel every figure, so nothing is read before it.
    IndicatorMapping mapping = MappingTable.load(layout, catalogue);
    List<OutputDataset> outputs = new ArrayList<>();
    Function<OutputDataset, Dataset<Row>> emit =
        dataset -> {
          Dataset<Row> stored = sink.output(dataset);
          outputs.add(
              new OutputDataset(dataset.name(), dataset.tier(), dataset.partitionBy(), stored));
          return stored;
        };
    List<CheckedInput> inputs = new ArrayList<>();

    ReferenceTables reference =
        clock.time(
            "reference tables", () -> ReferenceTables.read(spark, layout, mapping, catalogue));
    inputs.addAll(reference.checked());

    CheckedInput submissions =
        clock.time(
            "submissions",
            () ->
                SubmissionStage.run(
                        spark,
                        layout.tabularFiles(InputLayout.SUBMISSIONS),
                        reference.data(),
                        new IatiIndicatorIndex(mapping, catalogue),
                        sink)
                    .labelled("submissions", "observations"));
    inputs.add(submissions);

    List<CheckedInput> national =
        clock.time(
            "national data",
            () ->
                NationalStage.run(
                    spark, layout.root(), params.nationalDir(), catalogue, layout::ignore));
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
                    reference.data().population(),
                    params.mse()));
    inputs.addAll(darkFigure.inputs());

    Dataset<Row> observations =
        clock.time(
            "write row-level data",
            () -> {
              Dataset<Row> stored =
                  emit.apply(
                      new OutputDataset(
                          "observations",
                          Tier.RESTRICTED,
                          List.of("year"),
                          unionAll(
                              Stream.concat(Stream.of(submissions), national.stream())
                                  .map(CheckedInput::observations)
                                  .toList())));
              emit.apply(
                  new OutputDataset(
                      "quarantine",
                      Tier.RESTRICTED,
                      List.of(),
                      unionAll(inputs.stream().map(CheckedInput::quarantine).toList())));
              emit.apply(
                  new OutputDataset(
                      "data_quality",
                      Tier.PUBLISHED,
                      List.of(),
                      unionAll(inputs.stream().map(CheckedInput::dataQuality).toList())));
              return stored;
            });
    Dataset<Row> quarantine = outputs.get(1).data();
    clock.time(
        "write evidence",
        () -> {
          emit.apply(
              new OutputDataset("evidence_effects", Tier.PUBLISHED, List.of(), evidence.effects()));
          emit.apply(
              new OutputDataset(
                  "evidence_synthesis", Tier.PUBLISHED, List.of(), evidence.synthesis()));
          emit.apply(
              new OutputDataset("evidence_gap_map", Tier.PUBLISHED, List.of(), evidence.gapMap()));
        });
    SuppressionRule rule = SuppressionRule.of(params.disclosureThreshold());
    clock.time(
        "progress",
        () -> {
          ProgressStage.Outputs progress =
              ProgressStage.run(
                  spark,
                  observations,
                  reference.data(),
                  reference.acceptedTargets(),
                  quarantine,
                  catalogue,
                  params.progress());
          Dataset<Row> seriesValues =
              emit.apply(
                  new OutputDataset(
                      "series_values",
                      Tier.PUBLISHED,
                      List.of(),
                      PublishedProtection.seriesValues(progress.seriesValues(), rule)));
          emit.apply(
              new OutputDataset(
                  "series_progress",
                  Tier.PUBLISHED,
                  List.of(),
                  PublishedProtection.seriesProgress(
                      progress.seriesProgress(), seriesValues, rule)));
          emit.apply(
              new OutputDataset(
                  "target_progress", Tier.PUBLISHED, List.of(), progress.targetProgress()));
          emit.apply(
              new OutputDataset(
                  "programme_scorecard", Tier.PUBLISHED, List.of(), progress.programmeScorecard()));
          progress.release();
        });
    clock.time(
        "write dark figure",
        () ->
            emit.apply(
                new OutputDataset(
                    "dark_figure",
                    Tier.PUBLISHED,
                    List.of(),
                    PublishedProtection.darkFigure(darkFigure.darkFigure(), rule))));
    LOG.info("pipeline built for input {}", layout.root());
    return outputs;
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
