package org.tipevidence.jobs.ingest;

/** How a tabular input file is laid out. */
public enum InputFormat {
  CSV,
  JSON_LINES,
  /** IATI 2.03 activity file ({@code .xml}); see docs/INPUTS.md. */
  IATI_XML;

  public static InputFormat ofFileName(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".xml")) {
      return IATI_XML;
    }
    return lower.endsWith(".jsonl") ? JSON_LINES : CSV;
  }
}
