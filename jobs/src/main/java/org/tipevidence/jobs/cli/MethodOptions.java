package org.tipevidence.jobs.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.tipevidence.common.progress.ProgressMethod;
import org.tipevidence.jobs.pipeline.RunOptions;
import org.tipevidence.jobs.progress.ProgressSettings;
import picocli.CommandLine.Mixin;
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

  @Mixin EvidenceOptions evidence;

  @Mixin MseOptions mse;

  @Mixin InputLimitOptions limits;

  /** The typed, immutable options of one command invocation. */
  RunOptions toRunOptions(String input, String output, int keepVersions, int threshold) {
    return new RunOptions(
        input,
        output,
        national,
        runDate == null ? LocalDate.now(ZoneOffset.UTC) : runDate,
        new ProgressSettings(progressMethod, baseYear),
        evidence.settings(),
        mse.settings(),
        keepVersions,
        threshold,
        limits.limits(),
        false);
  }
}
