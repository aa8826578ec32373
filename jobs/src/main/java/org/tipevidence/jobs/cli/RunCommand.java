package org.tipevidence.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.common.config.RunConfig;
import org.tipevidence.jobs.pipeline.RunJob;
import org.tipevidence.jobs.pipeline.RunParameters;
import org.tipevidence.jobs.spark.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code run}: the nightly job. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Ingest, validate, map, assess and publish Parquet summaries atomically.")
public final class RunCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, description = "Input folder (docs/INPUTS.md).")
  String input;

  @Option(names = "--output", required = true, description = "Output folder (published versions).")
  String output;

  @Option(
      names = "--national",
      description =
          "Folder of national data (glotip/, opensdg/, un_sdg/, mse/). Default: INPUT/national.")
  String national;

  @Option(names = "--config", description = "Run configuration (JSON); options given here win.")
  String config;

  @Option(
      names = "--run-date",
      description =
          "Date the run stands for (YYYY-MM-DD), recorded in the manifest. Default: today (UTC).")
  LocalDate runDate;

  @Option(
      names = "--progress-method",
      defaultValue = "open_sdg",
      description =
          "Progress assessment method: open_sdg, unsd_2022, expected_2030. Default: ${DEFAULT-VALUE}.")
  String progressMethod;

  @Option(
      names = "--base-year",
      defaultValue = "2015",
      description =
          "Base year; the first year after it with data is used when it has none. Default: ${DEFAULT-VALUE}.")
  int baseYear;

  @Option(
      names = "--keep-versions",
      defaultValue = "5",
      description = "Published versions to keep. Default: ${DEFAULT-VALUE}.")
  int keepVersions;

  @Option(
      names = "--disclosure-threshold",
      defaultValue = "5",
      description =
          "Person counts 1..k-1 are suppressed in published outputs. Default: ${DEFAULT-VALUE}.")
  int disclosureThreshold;

  @Mixin SparkOptions sparkOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    applyConfigFile();
    if (keepVersions < 1) {
      throw new UserInputException(ExitCode.USAGE, "--keep-versions must be at least 1");
    }
    if (disclosureThreshold < 1) {
      throw new UserInputException(ExitCode.USAGE, "--disclosure-threshold must be at least 1");
    }
    RunParameters params =
        new RunParameters(
            input,
            output,
            national,
            runDate == null ? LocalDate.now(java.time.ZoneOffset.UTC) : runDate,
            progressMethod,
            baseYear,
            keepVersions,
            disclosureThreshold);
    boolean ownsSpark = SparkSessions.noSessionYet();
    SparkSession spark = SparkSessions.create("tip-evidence run", sparkOptions.master);
    try {
      RunJob.Outcome outcome = RunJob.run(spark, params);
      System.out.println(
          "published " + outcome.version() + " to " + output + ": " + outcome.rows());
      return ExitCode.OK;
    } finally {
      if (ownsSpark) {
        spark.stop();
      }
    }
  }

  /** Values from --config fill every option not given on the command line. */
  private void applyConfigFile() {
    if (config == null) {
      return;
    }
    RunConfig file;
    try {
      file = RunConfig.parse(config, Files.readString(Path.of(config)));
    } catch (IOException e) {
      throw new UserInputException(ExitCode.USAGE, "cannot read --config " + config + ": " + e);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(ExitCode.USAGE, e.getMessage());
    }
    ParseResult given = spec.commandLine().getParseResult();
    try {
      if (!given.hasMatchedOption("--progress-method")) {
        progressMethod = file.get("progress_method", progressMethod);
      }
      if (!given.hasMatchedOption("--base-year")) {
        baseYear = Integer.parseInt(file.get("base_year", Integer.toString(baseYear)));
      }
      if (!given.hasMatchedOption("--keep-versions")) {
        keepVersions = Integer.parseInt(file.get("keep_versions", Integer.toString(keepVersions)));
      }
      if (!given.hasMatchedOption("--disclosure-threshold")) {
        disclosureThreshold =
            Integer.parseInt(
                file.get("disclosure_threshold", Integer.toString(disclosureThreshold)));
      }
      if (!given.hasMatchedOption("--national") && file.has("national")) {
        national = file.get("national", null);
      }
      if (!given.hasMatchedOption("--run-date") && file.has("run_date")) {
        runDate = LocalDate.parse(file.get("run_date", null));
      }
    } catch (RuntimeException e) {
      throw new UserInputException(ExitCode.USAGE, config + ": bad value: " + e.getMessage());
    }
  }
}
