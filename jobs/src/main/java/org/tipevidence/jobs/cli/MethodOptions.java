package org.tipevidence.jobs.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.tipevidence.common.evidence.MetaMethod;
import org.tipevidence.common.progress.ProgressMethod;
import org.tipevidence.jobs.evidence.EvidenceSettings;
import org.tipevidence.jobs.ingest.InputLimits;
import org.tipevidence.jobs.mse.MseSettings;
import org.tipevidence.jobs.pipeline.RunOptions;
import org.tipevidence.jobs.progress.ProgressSettings;
import picocli.CommandLine.Option;

/**
 * The method options {@code run} and {@code validate} share, so both check an input the same way.
 * Every option can also come from {@code --config} (key = option name with underscores); the
 * command line wins. Defaults and references: docs/evidence.md, docs/progress.md, docs/mse.md.
 */
public final class MethodOptions {
  @Option(
      names = "--national",
      description =
          "Folder of national data (glotip/, opensdg/, un_sdg/, mse/). Default: INPUT/national.")
  String national;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Run configuration: flat JSON, keys = option names with underscores"
              + " (e.g. {\"pooling_method\": \"pm\"}); options given here win; unknown keys are"
              + " errors.")
  String config;

  @Option(
      names = "--run-date",
      description =
          "Date the run stands for (YYYY-MM-DD), recorded in the manifest. Default: today (UTC).")
  LocalDate runDate;

  @Option(
      names = "--progress-method",
      defaultValue = "open_sdg",
      converter = OptionConverters.ProgressMethodName.class,
      description =
          "Progress assessment method: open_sdg, unsd_2022, expected_2030. Default: ${DEFAULT-VALUE}.")
  ProgressMethod progressMethod;

  @Option(
      names = "--base-year",
      defaultValue = "2015",
      converter = OptionConverters.Year.class,
      description =
          "Base year; the first year after it with data is used when it has none. Default:"
              + " ${DEFAULT-VALUE}.")
  int baseYear;

  @Option(
      names = "--pooling-method",
      defaultValue = "reml",
      converter = OptionConverters.PoolingMethod.class,
      description =
          "Evidence pooling: ee (equal effects), dl, reml, pm (Paule-Mandel), sj (Sidik-Jonkman)."
              + " Default: ${DEFAULT-VALUE}.")
  MetaMethod poolingMethod;

  @Option(
      names = "--knapp-hartung",
      defaultValue = "false",
      fallbackValue = "true",
      arity = "0..1",
      description = "Knapp-Hartung SE and t(k-1) intervals for pooled cells. Default: false.")
  boolean knappHartung;

  @Option(
      names = "--md-pooled-sd",
      defaultValue = "false",
      fallbackValue = "true",
      arity = "0..1",
      description =
          "Mean differences with the pooled-SD variance sp²(1/n1+1/n2) instead of separate SDs."
              + " Default: false.")
  boolean mdPooledSd;

  @Option(
      names = "--drop-double-zero",
      defaultValue = "true",
      fallbackValue = "true",
      arity = "0..1",
      description =
          "Leave studies with no events in either arm out of log OR / log RR pools (they stay in"
              + " evidence_effects, flagged); --drop-double-zero=false keeps them. Default: true.")
  boolean dropDoubleZero;

  @Option(
      names = "--mse-seed",
      defaultValue = "20130101",
      description = "Seed of the dark-figure bootstrap. Default: ${DEFAULT-VALUE}.")
  long mseSeed;

  @Option(
      names = "--mse-replicates",
      defaultValue = "1000",
      converter = OptionConverters.Replicates.class,
      description =
          "Bootstrap replicates per table; 0 switches the bootstrap off. Default: ${DEFAULT-VALUE}.")
  int mseReplicates;

  @Option(
      names = "--mse-stepwise-threshold",
      defaultValue = "0.02",
      converter = OptionConverters.Probability.class,
      description = "SparseMSE stepwise p-value threshold in [0, 1]. Default: ${DEFAULT-VALUE}.")
  double mseStepwiseThreshold;

  @Option(
      names = "--mse-model-selection",
      defaultValue = "stepwise",
      converter = OptionConverters.ModelSelection.class,
      description =
          "Dark-figure model selection: stepwise or main_effects. Default: ${DEFAULT-VALUE}.")
  MseSettings.ModelSelection mseModelSelection;

  @Option(
      names = "--max-record-bytes",
      defaultValue = "${sys:tip.evidence.maxRecordBytes:-1048576}",
      converter = OptionConverters.PositiveLong.class,
      description =
          "Longest record (UTF-8 bytes); a longer one is quarantined as malformed_record."
              + " Default: ${DEFAULT-VALUE} (1 MiB).")
  long maxRecordBytes;

  @Option(
      names = "--allow-outside-links",
      defaultValue = "${sys:tip.evidence.allowOutsideLinks:-false}",
      fallbackValue = "true",
      arity = "0..1",
      description =
          "Follow symbolic links under the input folder wherever they lead. Default: false (links"
              + " leaving the folder are listed as ignored).")
  boolean allowOutsideLinks;

  @Option(
      names = "--allow-links-into",
      paramLabel = "DIR",
      split = ":",
      defaultValue = "${sys:tip.evidence.allowLinksInto:-}",
      description =
          "Folder that symbolic links under the input folder may lead into (repeatable, or"
              + " DIR:DIR). Default: none.")
  java.util.List<String> allowLinksInto;

  /** The typed, immutable options of one command invocation. */
  RunOptions toRunOptions(String input, String output, int keepVersions, int threshold) {
    return new RunOptions(
        input,
        output,
        national,
        runDate == null ? LocalDate.now(ZoneOffset.UTC) : runDate,
        new ProgressSettings(progressMethod, baseYear),
        new EvidenceSettings(poolingMethod, knappHartung, mdPooledSd, dropDoubleZero),
        new MseSettings(mseSeed, mseReplicates, mseStepwiseThreshold, mseModelSelection),
        keepVersions,
        threshold,
        new InputLimits(maxRecordBytes, allowOutsideLinks, allowLinksInto),
        false);
  }
}
