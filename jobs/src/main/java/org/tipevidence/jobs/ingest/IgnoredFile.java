package org.tipevidence.jobs.ingest;

/**
 * A file under an input folder that no reader reads, with why, so no file is skipped silently: it
 * is logged and listed in the run manifest's {@code ignored_files}.
 *
 * @param path the path relative to the input folder
 * @param reason what the file is taken for and what to do if it holds data
 */
public record IgnoredFile(String path, String reason) {

  /** Why a file with this name is not read from a folder of CSV / JSON Lines files, or null. */
  public static String reasonForTabular(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (name.startsWith(".")) {
      return "hidden file (name starts with '.'), not read; rename it without the leading '.' if"
          + " it holds data";
    }
    if (lower.endsWith(".csv")
        || lower.endsWith(".jsonl")
        || lower.endsWith(".dhis2.json")
        || lower.endsWith(".xml")) {
      return null;
    }
    if (lower.endsWith(".gz") || lower.endsWith(".zip") || lower.endsWith(".bz2")) {
      return "compressed file, not read; decompress it to .csv or .jsonl in this folder";
    }
    if (lower.endsWith(".json")) {
      return "only JSON Lines files ending in .jsonl (and DHIS2 exports ending in .dhis2.json)"
          + " are read; write one object per line and rename it to .jsonl";
    }
    if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".ods")) {
      return "spreadsheet, not read; save it as CSV (UTF-8)";
    }
    return "not a .csv, .jsonl or IATI .xml file, not read";
  }
}
