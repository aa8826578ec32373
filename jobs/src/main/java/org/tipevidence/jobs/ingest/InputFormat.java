package org.tipevidence.jobs.ingest;

/** How a tabular input file is laid out. */
public enum InputFormat {
  CSV,
  JSON_LINES,
  /** DHIS2 dataValueSet JSON ({@code *.dhis2.json}), read with ingest.dhis2. */
  DHIS2_JSON,
  /** DHIS2's CSV data value export ({@code *.dhis2.csv}), read with ingest.dhis2. */
  DHIS2_CSV,
  /** IATI 2.03 activity file ({@code .xml}); see docs/INPUTS.md. */
  IATI_XML;

  public static InputFormat ofFileName(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".dhis2.json")) {
      return DHIS2_JSON;
    }
    if (lower.endsWith(".dhis2.csv")) {
      return DHIS2_CSV;
    }
    if (lower.endsWith(".xml")) {
      return IATI_XML;
    }
    return lower.endsWith(".jsonl") ? JSON_LINES : CSV;
  }

  public boolean isDhis2() {
    return this == DHIS2_JSON || this == DHIS2_CSV;
  }
}
