package org.tipevidence.jobs.cli;

import java.util.concurrent.Callable;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.pipeline.RunJob;
import org.tipevidence.jobs.pipeline.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: the nightly job. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Ingest, validate, map, assess and publish Parquet summaries atomically.")
public final class RunCommand implements Callable<Integer> {
  @Mixin InputFolderOption input;

  @Option(names = "--output", required = true, description = "Output folder (published versions).")
  String output;

  @Option(
      names = "--keep-versions",
      defaultValue = "5",
      converter = OptionConverters.AtLeastOne.class,
      description = "Published versions to keep (at least 1). Default: ${DEFAULT-VALUE}.")
  int keepVersions;

  @Option(
      names = "--disclosure-threshold",
      defaultValue = "5",
      converter = OptionConverters.AtLeastOne.class,
      description =
          "Person counts 1..k-1 are suppressed in published outputs. Default: ${DEFAULT-VALUE}.")
  int disclosureThreshold;

  @Option(
      names = "--full",
      description =
          "Re-read and re-check every submission file instead of reusing the previous version's"
              + " checked rows of unchanged files (README \"Incremental runs\").")
  boolean full;

  @Mixin MethodOptions methods;

  @Mixin SparkOptions sparkOptions;

  /** The typed options this invocation stands for (also what the manifest records). */
  RunOptions options() {
    return methods
        .toRunOptions(input.input, output, keepVersions, disclosureThreshold)
        .withFull(full);
  }

  @Override
  public Integer call() {
    RunOptions options = options();
    RunJob.Outcome outcome =
        sparkOptions.inSession("tip-evidence run", spark -> RunJob.run(spark, options));
    System.out.println("published " + outcome.version() + " to " + output + ": " + outcome.rows());
    return ExitCode.OK;
  }
}
