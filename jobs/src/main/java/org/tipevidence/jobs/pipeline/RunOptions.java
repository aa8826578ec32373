package org.tipevidence.jobs.pipeline;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tipevidence.common.disclosure.SuppressionRule;
import org.tipevidence.jobs.evidence.EvidenceSettings;
import org.tipevidence.jobs.ingest.InputLimits;
import org.tipevidence.jobs.mse.MseSettings;
import org.tipevidence.jobs.progress.ProgressSettings;

/**
 * Everything that determines a run's results, typed and validated when picocli parsed it (command
 * line, then {@code --config}, then defaults), shared by {@code run}, {@code validate} and {@code
 * disclosure-check}. Logged at start and written whole to the manifest ({@link #effectiveValues}),
 * so a rerun with the same options and inputs is known to give the same outputs.
 *
 * @param inputDir input folder
 * @param outputDir output folder; null for {@code validate}, which writes nothing
 * @param nationalDir folder with national data adapters' sub-folders; null means input/national
 * @param runDate date the run stands for
 * @param progress progress method and base year
 * @param evidence pooling estimator, Knapp-Hartung, MD variance and double-zero rule
 * @param mse dark-figure bootstrap and model selection
 * @param keepVersions published versions to keep (≥ 1)
 * @param disclosureThreshold k of the published-count rule (≥ 1)
 * @param inputLimits record-size bound and symbolic-link permission of the readers
 * @param full rebuild every submission file's checked rows instead of reusing the previous
 *     version's (issue 20, README "Incremental runs")
 */
public record RunOptions(
    String inputDir,
    String outputDir,
    String nationalDir,
    LocalDate runDate,
    ProgressSettings progress,
    EvidenceSettings evidence,
    MseSettings mse,
    int keepVersions,
    int disclosureThreshold,
    InputLimits inputLimits,
    boolean full)
    implements Serializable {

  public static final int DEFAULT_KEEP_VERSIONS = 5;

  public RunOptions {
    if (inputDir == null || runDate == null || progress == null) {
      throw new IllegalArgumentException("input, run date and progress settings are required");
    }
    if (evidence == null || mse == null) {
      throw new IllegalArgumentException("evidence and MSE settings are required");
    }
    if (inputLimits == null) {
      inputLimits = InputLimits.defaults();
    }
    if (keepVersions < 1 || disclosureThreshold < 1) {
      throw new IllegalArgumentException("keep-versions and disclosure-threshold must be >= 1");
    }
  }

  /** Every option at its default (what a run without options would use); for tests and tools. */
  public static RunOptions defaults(String inputDir, String outputDir, LocalDate runDate) {
    return new RunOptions(
        inputDir,
        outputDir,
        null,
        runDate,
        ProgressSettings.DEFAULT,
        EvidenceSettings.DEFAULT,
        MseSettings.defaults(),
        DEFAULT_KEEP_VERSIONS,
        SuppressionRule.DEFAULT_THRESHOLD,
        InputLimits.defaults(),
        false);
  }

  public RunOptions withNational(String dir) {
    return with(dir, mse, keepVersions, full);
  }

  public RunOptions withMse(MseSettings settings) {
    return with(nationalDir, settings, keepVersions, full);
  }

  public RunOptions withKeepVersions(int keep) {
    return with(nationalDir, mse, keep, full);
  }

  public RunOptions withFull(boolean rebuild) {
    return with(nationalDir, mse, keepVersions, rebuild);
  }

  /** A copy with the options tests and tools vary. */
  private RunOptions with(String national, MseSettings mseSettings, int keep, boolean rebuild) {
    return new RunOptions(
        inputDir,
        outputDir,
        national,
        runDate,
        progress,
        evidence,
        mseSettings,
        keep,
        disclosureThreshold,
        inputLimits,
        rebuild);
  }

  /**
   * Every effective value, keyed as in a {@code --config} file (option names with underscores), so
   * a manifest's parameters can be replayed as a configuration.
   */
  public Map<String, Object> effectiveValues() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("input", inputDir);
    v.put("output", outputDir);
    v.put("national", nationalDir);
    v.put("run_date", runDate.toString());
    v.put("progress_method", progress.method().name());
    v.put("base_year", progress.baseYear());
    v.put("pooling_method", evidence.method().code());
    v.put("knapp_hartung", evidence.knappHartung());
    v.put("md_pooled_sd", evidence.mdPooledSd());
    v.put("drop_double_zero", evidence.dropDoubleZero());
    v.put("mse_seed", mse.seed());
    v.put("mse_replicates", mse.replicates());
    v.put("mse_stepwise_threshold", mse.stepwiseThreshold());
    v.put("mse_model_selection", mse.modelSelection().code());
    v.put("keep_versions", keepVersions);
    v.put("disclosure_threshold", disclosureThreshold);
    v.put("max_record_bytes", inputLimits.maxRecordBytes());
    v.put("allow_outside_links", inputLimits.allowOutsideLinks());
    // One string (DIR:DIR), as the option splits it, so the manifest replays as a config.
    v.put("allow_links_into", String.join(":", inputLimits.allowLinksInto()));
    v.put("full", full);
    return v;
  }

  /** The methods block of the manifest: which method produced which table, in words. */
  public Map<String, String> methodsInWords() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("progress", progress.method().name());
    m.put("progress_base_year", progress.baseYearRule());
    m.put(
        "evidence_pooling",
        evidence.method().label()
            + (evidence.knappHartung() ? ", Knapp-Hartung t intervals" : ", Wald z intervals"));
    m.put("dark_figure_model_selection", mse.describe());
    return m;
  }
}
