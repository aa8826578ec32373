package org.tipevidence.common.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The flat {@code key: value} fields of an Open SDG metadata file: SDMX-style YAML ({@code
 * UNIT_MEASURE: >-} with the value on the following indented lines) or the front matter of a
 * Markdown file ({@code computation_units: Number}). Nested structures are not needed: every field
 * the adapters compare (title, definition, unit, indicator flags) is a top-level scalar. HTML tags
 * and surrounding quotes are removed.
 */
public final class NationalMetadata {
  private NationalMetadata() {}

  public static Map<String, String> parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int colon = line.indexOf(':');
      if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (value.isEmpty() || value.equals(">-") || value.equals(">") || value.equals("|")) {
        StringBuilder sb = new StringBuilder();
        for (int j = i + 1; j < lines.length && lines[j].startsWith(" "); j++) {
          sb.append(' ').append(lines[j].strip());
        }
        value = sb.toString().strip();
      }
      value = value.replaceAll("<[^>]*>", " ").replaceAll("^['\"]|['\"]$", "").strip();
      out.putIfAbsent(key, value.replaceAll("\\s+", " "));
    }
    return out;
  }

  /** The unit label: {@code UNIT_MEASURE} (YAML) or {@code computation_units} (front matter). */
  public static Optional<String> unitLabel(Map<String, String> fields) {
    for (String key : new String[] {"UNIT_MEASURE", "computation_units"}) {
      String v = fields.get(key);
      if (v != null && !v.isBlank()) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
