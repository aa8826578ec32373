package org.tipevidence.jobs.cli;

import picocli.CommandLine.Option;

/** {@code --output}: the output folder of {@code run}, which {@code report} and checks read. */
public final class RunOutputOption {
  @Option(names = "--output", required = true, description = "Output folder of `run`.")
  String output;
}
