package org.tipevidence.jobs.ingest;

/** How a tabular input file is laid out. */
public enum InputFormat {
  CSV,
  JSON_LINES;

  public static InputFormat ofFileName(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl") ? JSON_LINES : CSV;
  }
}
