package org.tipevidence.jobs.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-task memo of label → code for each code column: a file repeats a handful of labels millions
 * of times, and normalising a label (accents, spacing, synonyms) costs far more than a map lookup.
 * Bounded, so a column of free text cannot grow it without limit (lookups past the bound are simply
 * not memoised).
 */
final class CodeCache {
  private static final int MAX_ENTRIES = 10_000;
  private static final String UNKNOWN = "\u0000unknown";

  private final List<CodeColumn> codes;
  private final List<Map<String, String>> memo = new ArrayList<>();

  CodeCache(List<CodeColumn> codes) {
    this.codes = codes;
    codes.forEach(c -> memo.add(new HashMap<>()));
  }

  /** The code of {@code label} for column {@code i}; null when the label is not in the list. */
  String code(int i, String label) {
    String key = label == null ? "" : label;
    Map<String, String> known = memo.get(i);
    String code = known.get(key);
    if (code == null) {
      code = codes.get(i).list().code(key).orElse(UNKNOWN);
      if (known.size() < MAX_ENTRIES) {
        known.put(key, code);
      }
    }
    return UNKNOWN.equals(code) ? null : code;
  }
}
