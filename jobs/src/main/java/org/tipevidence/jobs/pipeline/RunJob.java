package org.tipevidence.jobs.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.common.disclosure.SuppressionRule;
import org.tipevidence.common.progress.StatusCodesFile;
import org.tipevidence.jobs.disclosure.DisclosureCheck;
import org.tipevidence.jobs.disclosure.DisclosureRegistry;
import org.tipevidence.jobs.disclosure.DisclosureReport;
import org.tipevidence.jobs.failure.FatalExitCleanup;
import org.tipevidence.jobs.ingest.IgnoredFiles;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputFingerprint;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.ingest.InputLimits;
import org.tipevidence.jobs.national.SdmxExport;
import org.tipevidence.jobs.publish.OutputDataset;
import org.tipevidence.jobs.publish.OutputStore;
import org.tipevidence.jobs.publish.Publisher;
import org.tipevidence.jobs.publish.RunLock;
import org.tipevidence.jobs.publish.Tier;
import org.tipevidence.jobs.report.RunReport;

/** One nightly run: lock, build, write to staging, verify, publish, retain. */
public final class RunJob {
  private static final Logger LOG = LogManager.getLogger(RunJob.class);

  /** Status codes of the build that made the data, in {@code published/} (notebooks read it). */
  public static final String STATUS_CODES = "status_codes.json";

  private RunJob() {}

  /** The result a scheduler or test needs: what was published and how many rows. */
  public record Outcome(String runId, String version, Map<String, Long> rows) {}

  public static Outcome run(SparkSession spark, RunOptions params) {
    InputLimits.use(params.inputLimits());
    String runId = Publisher.newRunId();
    ThreadContext.put("run_id", runId);
    Instant started = Instant.now();
    LOG.info("run {} starting with {}", runId, params);
    OutputStore store = new OutputStore(params.outputDir());
    FatalExitCleanup.Registration onFatalExit = stagingRemovedOnFatalExit(store, runId);
    try (RunLock lock = RunLock.acquire(store, runId)) {
      Publisher publisher = new Publisher(store);
      publisher.removeStagingLeftovers();
      InputLayout layout = InputLayout.of(params.inputDir());
      List<InputFile> inputFiles = new ArrayList<>(layout.filesIn("", name -> true));
      if (params.nationalDir() != null) {
        // National data kept outside the input folder is an input too: hash it as well.
        inputFiles.addAll(InputLayout.of(params.nationalDir()).filesIn("", name -> true));
      }
      List<InputFingerprint> before = InputFingerprint.of(layout.fileSystem(), inputFiles);

      StageClock clock = new StageClock(Pipeline.STAGES + 4, spark);
      StagingSink sink = new StagingSink(spark, publisher, runId);
      CheckedRowsReuse reuse = CheckedRowsReuse.plan(spark, store, params, before);
      List<OutputDataset> outputs =
          new Pipeline(spark, params, clock).reusing(reuse).build(layout, sink);
      reuse.moveIntoVersion(store, sink.workDir(), publisher.stagingDir(runId));
      store.deleteRecursively(sink.workDir());
      Map<String, Long> rows = sink.rows();
      clock.time("verify", () -> verify(spark, publisher, runId, outputs, params));
      // SDMX-CSV copies of the published series, from the checked Parquet (issue 17).
      clock.time(
          "sdmx export",
          () ->
              SdmxExport.write(
                  spark,
                  new Path(publisher.stagingDir(runId), Tier.PUBLISHED.folder()).toString()));
      writeStatusCodes(store, new Path(publisher.stagingDir(runId), Tier.PUBLISHED.folder()));
      List<InputFingerprint> after = InputFingerprint.of(layout.fileSystem(), inputFiles);
      List<String> changed = InputFingerprint.changed(before, after);
      if (!changed.isEmpty()) {
        throw new IllegalStateException(
            "input file(s) changed while the run read them: "
                + String.join(", ", changed)
                + " (in "
                + params.inputDir()
                + "); nothing was published. Rerun when the inputs are complete.");
      }
      Map<String, String> tiers = sink.tiers();
      String manifest =
          new ManifestBuilder(runId, params, started)
              .inputs(before)
              .incremental(reuse)
              .ignoredFiles(IgnoredFiles.logged(layout))
              .methods(params.methodsInWords())
              .datasets(tiers, rows)
              .timings(clock.orderedTimings())
              .finish("success");
      // After verify (the report is no dataset), before publish: it ships with its version.
      Optional<Path> previous = publisher.currentVersion().map(store::resolve);
      Path staging = publisher.stagingDir(runId);
      clock.time("report", () -> RunReport.writeForRun(spark, staging, manifest, previous));
      clock.time("publish", () -> publisher.publish(runId, manifest));
      List<String> removed = publisher.retain(params.keepVersions());
      if (!removed.isEmpty()) {
        LOG.info("removed old versions beyond the newest {}: {}", params.keepVersions(), removed);
      }
      LOG.info("run {} published {}", runId, rows);
      return new Outcome(runId, Publisher.VERSION_PREFIX + runId, rows);
    } catch (RuntimeException | Error e) {
      // A failed (not killed) run removes its own staging folder (a killed one is removed at the
      // next start). Its run id is unique, so doing this after the lock is released is safe.
      new Publisher(store).removeStagingQuietly(runId);
      throw e;
    } finally {
      onFatalExit.close();
      ThreadContext.remove("run_id");
      InputLimits.use(null);
    }
  }

  /**
   * A task's fatal error exits the JVM without reaching the run's catch block ({@link
   * FatalExitCleanup}): the run's staging folder is removed by the exit hook instead.
   */
  public static FatalExitCleanup.Registration stagingRemovedOnFatalExit(
      OutputStore store, String runId) {
    return FatalExitCleanup.register(() -> new Publisher(store).removeStagingQuietly(runId));
  }

  /** A plain file, not a dataset: the disclosure check reads only dataset folders. */
  private static void writeStatusCodes(OutputStore store, Path publishedDir) {
    Path file = new Path(publishedDir, STATUS_CODES);
    if (!store.createExclusive(file, StatusCodesFile.fromClasspath())) {
      throw new IllegalStateException(file + " already exists in the staging folder");
    }
  }

  private static void verify(
      SparkSession spark,
      Publisher publisher,
      String runId,
      List<OutputDataset> outputs,
      RunOptions params) {
    Map<String, Dataset<Row>> written = new LinkedHashMap<>();
    for (OutputDataset dataset : outputs) {
      written.put(dataset.name(), dataset.data());
    }
    Map<String, Dataset<Row>> acceptedInto = new LinkedHashMap<>();
    for (String name : List.of("observations", "evidence_effects")) {
      if (written.containsKey(name)) {
        acceptedInto.put(name, written.get(name));
      }
    }
    List<String> problems =
        new ArrayList<>(
            Conservation.check(
                written.get("data_quality"), written.get("quarantine"), acceptedInto));
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "conservation check failed, nothing published: " + String.join("; ", problems));
    }
    // The disclosure check reads the staged published area as a reader would, so a table that
    // escaped protection (or a new unregistered one) stops the run before anything is shared.
    DisclosureReport report =
        new DisclosureCheck(
                spark,
                DisclosureRegistry.defaults(),
                SuppressionRule.of(params.disclosureThreshold()),
                DisclosureCheck.DEFAULT_MAX_LISTED)
            .run(new Path(publisher.stagingDir(runId), Tier.PUBLISHED.folder()).toString());
    if (!report.clean()) {
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      report.print(new PrintStream(text, true, StandardCharsets.UTF_8));
      throw new IllegalStateException(
          "disclosure check failed, nothing published: "
              + report.violationCount()
              + " violations\n"
              + text.toString(StandardCharsets.UTF_8));
    }
  }
}
