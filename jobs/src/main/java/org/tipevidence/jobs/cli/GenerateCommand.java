package org.tipevidence.jobs.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.failure.UserInputException;
import org.tipevidence.jobs.generate.OutputFormat;
import org.tipevidence.jobs.generate.SyntheticInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: a synthetic input folder of any size (no Spark needed). */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic input folder with the sample data's schema, deterministic for a seed,",
      "with a fraction of bad rows spread over every reason code; _expected.json holds the counts."
    })
public final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--output", required = true, description = "Folder to create.")
  Path output;

  @Option(names = "--rows", required = true, description = "Submission rows to write.")
  long rows;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--bad-fraction",
      defaultValue = "0.01",
      description = "Share of rows broken on purpose. Default: ${DEFAULT-VALUE}.")
  double badFraction;

  @Option(
      names = "--format",
      defaultValue = "csv",
      converter = OptionConverters.GeneratedFormat.class,
      description =
          "Submission files: csv (CSV and JSON Lines, alternating), dhis2 (one DHIS2 dataValueSet"
              + " file of any size, streamed, with dhis2-map.json) or iati (IATI 2.03 activity"
              + " files, streamed, 250,000 actuals each). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(
      names = "--rows-per-file",
      paramLabel = "N",
      converter = OptionConverters.RowsPerFile.class,
      description =
          "Rows (IATI: actuals, DHIS2: data values) per submissions file, at least 1; e.g. 350000"
              + " with --format iati for one file of about 200 MB. Default: 250000 (csv, iati);"
              + " dhis2 writes one file unless this is given.")
  Long rowsPerFile;

  @Override
  public Integer call() throws Exception {
    SyntheticInput generator;
    try {
      generator =
          rowsPerFile == null
              ? new SyntheticInput(rows, seed, badFraction, format)
              : new SyntheticInput(rows, seed, badFraction, format, rowsPerFile);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(ExitCode.USAGE, e.getMessage());
    }
    Map<String, Long> expected = generator.write(output);
    System.out.println("wrote " + output + ": " + expected);
    return ExitCode.OK;
  }
}
