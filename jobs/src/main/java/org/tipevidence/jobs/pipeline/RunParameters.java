package org.tipevidence.jobs.pipeline;

import java.time.LocalDate;

/**
 * Everything that determines a run's results; logged at start and written to the manifest, so a
 * rerun with the same parameters and inputs is known to give the same outputs.
 *
 * @param nationalDir folder with national data adapters' sub-folders; defaults to input/national
 */
public record RunParameters(
    String inputDir,
    String outputDir,
    String nationalDir,
    LocalDate runDate,
    String progressMethod,
    int baseYear,
    int keepVersions,
    int disclosureThreshold) {}
