package org.tipevidence.jobs.ingest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One JSON Lines record into the expected columns' text, or a {@code malformed_record} error in the
 * submitter's words: duplicate keys (ambiguous, so refused), nested objects or arrays where a
 * single value belongs, NaN or Infinity (not JSON), keys that are not columns.
 */
final class JsonRecordParser {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
  private static final String MALFORMED = "malformed_record: ";

  private JsonRecordParser() {}

  /** Fills {@code values[offset + i]} for each column; returns the error, or null. */
  static String parse(String line, List<String> columns, Object[] values, int offset) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      return MALFORMED + describe(e.getMessage());
    }
    if (node == null || !node.isObject()) {
      return MALFORMED + "the line is not a JSON object ({\"key\": value, ...})";
    }
    List<String> unexpected = new ArrayList<>();
    node.fieldNames()
        .forEachRemaining(
            n -> {
              if (!columns.contains(n)) {
                unexpected.add(n);
              }
            });
    if (!unexpected.isEmpty()) {
      return MALFORMED + "unexpected keys " + unexpected + "; expected " + columns;
    }
    for (int i = 0; i < columns.size(); i++) {
      JsonNode v = node.get(columns.get(i));
      if (v != null && v.isContainerNode()) {
        return MALFORMED
            + "\""
            + columns.get(i)
            + "\" holds a JSON "
            + (v.isArray() ? "array [...]" : "object {...}")
            + " where a single value belongs; give one number or text";
      }
      values[offset + i] = v == null || v.isNull() ? null : v.asText();
    }
    return null;
  }

  private static String describe(String message) {
    String first = message == null ? "unknown error" : message.split("\n", 2)[0];
    Matcher duplicate = DUPLICATE.matcher(first);
    if (duplicate.find()) {
      return "the key \""
          + duplicate.group(1)
          + "\" appears more than once in this object, so its value is ambiguous; keep one";
    }
    if (first.contains("Non-standard token") || first.contains("NaN")) {
      return "NaN or Infinity is not a number JSON allows; write the value as a plain number such"
          + " as 12, or leave the record out if there is no value";
    }
    return "not valid JSON (" + first.replaceAll("\\s*\\(for [^)]*\\)", "") + ")";
  }
}
