package org.tipevidence.jobs.generate;

/** How {@code generate} writes the submissions (for the scale benchmarks of each input format). */
public enum OutputFormat {
  /** CSV and JSON Lines files, alternating, 250,000 rows each (or --rows-per-file). */
  CSV("csv"),
  /** One DHIS2 dataValueSet file of any size (or --rows-per-file), with dhis2-map.json. */
  DHIS2("dhis2.json"),
  /** IATI 2.03 activity files, 250,000 actuals each (or --rows-per-file). */
  IATI("xml");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** File name extension of a submissions file in this format. */
  public String extension() {
    return extension;
  }
}
