package org.tipevidence.common.csv;

import java.util.List;

/**
 * One logical CSV record as it appeared in its file.
 *
 * @param line 1-based physical line on which the record starts (the header is line 1)
 * @param raw the record's text exactly as read, without the final line break; kept so a quarantined
 *     row can be shown to the person who must fix it
 * @param fields the parsed fields, unquoted
 * @param error null when the record parsed cleanly, else what is wrong with its quoting
 */
public record CsvRecord(long line, String raw, List<String> fields, String error) {
  public boolean isMalformed() {
    return error != null;
  }
}
