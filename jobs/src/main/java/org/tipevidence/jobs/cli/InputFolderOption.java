package org.tipevidence.jobs.cli;

import picocli.CommandLine.Option;

/** {@code --input}: the input folder {@code run} and {@code validate} read. */
public final class InputFolderOption {
  @Option(names = "--input", required = true, description = "Input folder (docs/INPUTS.md).")
  String input;
}
