package org.tipevidence.jobs.pipeline;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.common.catalogue.mapping.IndicatorMapping;
import org.tipevidence.common.dhis2.Dhis2Mapping;
import org.tipevidence.common.disclosure.SuppressionRule;
import org.tipevidence.common.iati.IatiIndicatorIndex;
import org.tipevidence.jobs.conform.MappingTable;
import org.tipevidence.jobs.evidence.EvidenceOutputs;
import org.tipevidence.jobs.evidence.EvidenceStage;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.ingest.InputLimits;
import org.tipevidence.jobs.ingest.SubmissionFormats;
import org.tipevidence.jobs.ingest.dhis2.Dhis2MappingFile;
import org.tipevidence.jobs.mse.DarkFigureStage;
import org.tipevidence.jobs.mse.MseFiles;
import org.tipevidence.jobs.national.NationalStage;
import org.tipevidence.jobs.progress.ProgressStage;
import org.tipevidence.jobs.publish.OutputDataset;
import org.tipevidence.jobs.stage.CheckedInput;

/**
 * The pipeline's stages in order ({@link #build}): each a {@link org.tipevidence.jobs.stage.Stage},
 * timed and its Spark jobs labelled by {@link StageClock}. Each output goes to a {@link
 * DatasetSink} as soon as it is built: a run writes it to staging ({@link StagingSink}) and later
 * stages read the stored rows; {@code validate} runs the same stages and writes nothing ({@link
 * CachingSink}).
 */
public final class Pipeline {
  private static final Logger LOG = LogManager.getLogger(Pipeline.class);

  private final SparkSession spark;
  private final RunOptions params;
  private final StageClock clock;
  private CheckedRowsReuse reuse = CheckedRowsReuse.none();

  public Pipeline(SparkSession spark, RunOptions params, StageClock clock) {
    this.spark = spark;
    this.params = params;
    this.clock = clock;
    InputLimits.use(params.inputLimits());
  }

  /** Reuse the previous version's checked submission rows as {@code plan} says (issue 20). */
  public Pipeline reusing(CheckedRowsReuse plan) {
    this.reuse = plan;
    return this;
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
    SuppressionRule rule = SuppressionRule.of(params.disclosureThreshold());

    ReferenceTables reference =
        clock.run(new ReferenceStage(spark, catalogue), new ReferenceStage.Inputs(layout, mapping));
    List<InputFile> submissionFiles = layout.tabularFiles(InputLayout.SUBMISSIONS);
    Dhis2Mapping dhis2 = Dhis2MappingFile.load(layout, submissionFiles, mapping);
    CheckedInput submissions =
        clock.run(
            new SubmissionStage(spark, sink, reuse),
            new SubmissionStage.Inputs(
                submissionFiles,
                new SubmissionFormats(dhis2, new IatiIndicatorIndex(mapping, catalogue)),
                reference.data()));
    List<CheckedInput> national =
        clock.run(
            new NationalStage(spark, catalogue),
            new NationalStage.Inputs(layout.root(), params.nationalDir(), layout::ignore));
    EvidenceOutputs evidence =
        clock.run(
            new EvidenceStage(spark, params.evidence()),
            layout.optional(InputLayout.EVALUATIONS).stream().toList());
    DarkFigureStage.Result darkFigure =
        clock.run(
            new DarkFigureStage(spark, params.mse()),
            new DarkFigureStage.Inputs(
                MseFiles.find(layout, params.nationalDir()), reference.data().population()));
    Stored rowLevel =
        clock.run(
            new WriteRowLevel(sink),
            concat(
                reference.checked(),
                List.of(submissions),
                national,
                List.of(evidence.checked()),
                darkFigure.inputs()));
    Stored evidenceTables = clock.run(new WriteEvidence(sink), evidence);
    Stored progress =
        clock.run(
            new WriteProgress(new ProgressStage(spark, catalogue, params.progress()), rule, sink),
            new ProgressStage.Inputs(
                rowLevel.data("observations"),
                reference.data(),
                reference.acceptedTargets(),
                rowLevel.data("quarantine")));
    Stored darkFigureTable = clock.run(new WriteDarkFigure(rule, sink), darkFigure.darkFigure());
    LOG.info("pipeline built for input {}", layout.root());
    return concat(
        rowLevel.datasets(),
        evidenceTables.datasets(),
        progress.datasets(),
        darkFigureTable.datasets());
  }

  @SafeVarargs
  private static <T> List<T> concat(List<? extends T>... parts) {
    return Stream.of(parts).<T>flatMap(List::stream).toList();
  }

  public RunOptions params() {
    return params;
  }

  public Map<String, Long> timings() {
    return clock.orderedTimings();
  }
}
