package org.tipevidence.jobs.ingest.dhis2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tipevidence.common.catalogue.mapping.IndicatorMapping;
import org.tipevidence.common.catalogue.mapping.MappedIndicator;
import org.tipevidence.common.catalogue.mapping.MappingPrinter;
import org.tipevidence.common.dhis2.Dhis2Mapping;
import org.tipevidence.common.dhis2.Dhis2MappingChecker;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.failure.UserInputException;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputLayout;

/**
 * {@code dhis2-map.json}, read and checked on the driver before any DHIS2 file is read. Required
 * only when a submission is a DHIS2 export; a mapping with any problem stops the run (exit 2)
 * listing every problem with its JSON path, as for indicator-map.json: a wrong mapping would put
 * every value under the wrong indicator, programme or disaggregation.
 */
public final class Dhis2MappingFile {
  private Dhis2MappingFile() {}

  /**
   * @return the checked mapping, or null when no file in {@code submissions} is a DHIS2 export
   */
  public static Dhis2Mapping load(
      InputLayout layout, List<InputFile> submissions, IndicatorMapping indicators) {
    if (submissions.stream().noneMatch(f -> f.format().isDhis2())) {
      return null;
    }
    InputFile file = layout.required(InputLayout.DHIS2_MAP);
    String json;
    try (InputStream in = file.open()) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.label(), e);
    }
    Set<String> codes =
        indicators.indicators().stream()
            .map(MappedIndicator::localCode)
            .collect(Collectors.toSet());
    Dhis2MappingChecker.Result result = Dhis2MappingChecker.parse(json, file.label(), codes);
    if (result.mapping() == null) {
      throw new UserInputException(
          ExitCode.USAGE,
          "the DHIS2 mapping has "
              + result.problems().size()
              + " problem(s):\n"
              + MappingPrinter.renderProblems(result.problems()));
    }
    return result.mapping();
  }
}
