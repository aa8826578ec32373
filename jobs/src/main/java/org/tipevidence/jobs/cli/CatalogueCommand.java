package org.tipevidence.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.common.catalogue.mapping.IndicatorMappingLoader;
import org.tipevidence.common.catalogue.mapping.MappingLoadResult;
import org.tipevidence.common.catalogue.mapping.MappingPrinter;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.failure.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code catalogue}: check an indicator mapping against the SDG catalogue and print it. */
@Command(
    name = "catalogue",
    mixinStandardHelpOptions = true,
    description = {
      "Check an indicator mapping against the SDG catalogue and print it as a table.",
      "Every problem is reported at once with file and JSON path; exit 2 when there is any."
    })
public final class CatalogueCommand implements Callable<Integer> {
  @Option(
      names = "--mapping",
      description = "Mapping file. Default: INPUT/indicator-map.json with --input.")
  Path mapping;

  @Option(names = "--input", description = "Input folder holding indicator-map.json.")
  Path input;

  @Override
  public Integer call() {
    Path file =
        mapping != null ? mapping : input == null ? null : input.resolve("indicator-map.json");
    if (file == null) {
      throw new UserInputException(ExitCode.USAGE, "give --mapping FILE or --input DIR");
    }
    if (!Files.isRegularFile(file)) {
      throw new UserInputException(ExitCode.USAGE, "no mapping file at " + file);
    }
    SdgCatalogue catalogue = SdgCatalogueLoader.loadDefault();
    MappingLoadResult result = IndicatorMappingLoader.load(file, catalogue);
    System.out.println("SDG catalogue version " + catalogue.version());
    if (!result.ok()) {
      System.out.println(result.problems().size() + " problem(s) in " + file + ":");
      System.out.println(MappingPrinter.renderProblems(result.problems()));
      return ExitCode.USAGE;
    }
    System.out.println(
        "mapping " + result.mapping().mappingVersion() + " (" + file + "): no problems");
    System.out.println(MappingPrinter.render(result.mapping(), catalogue));
    return ExitCode.OK;
  }
}
