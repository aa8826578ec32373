package org.tipevidence.common.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run configuration file: flat JSON whose keys are the run options without leading dashes and
 * with underscores, e.g. {@code {"progress_method": "unsd_2022", "base_year": 2015,
 * "knapp_hartung": true}}. The allowed keys come from the command-line definitions (one source of
 * truth); unknown keys are errors, so a typo is never silently ignored.
 */
public final class RunConfig {

  private final Map<String, String> values;

  private RunConfig(Map<String, String> values) {
    this.values = values;
  }

  /** Parses the JSON text; throws IllegalArgumentException naming every problem. */
  public static RunConfig parse(String source, String json, Set<String> allowedKeys) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          source
              + ":"
              + e.getLocation().getLineNr()
              + ":"
              + e.getLocation().getColumnNr()
              + ": not valid JSON ("
              + e.getOriginalMessage()
              + ")");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ": expected a JSON object of run options");
    }
    Map<String, String> values = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!allowedKeys.contains(e.getKey())) {
        problems.add(
            "$."
                + e.getKey()
                + ": unknown option; allowed: "
                + allowedKeys.stream().sorted().toList());
      } else if (!e.getValue().isValueNode()) {
        problems.add("$." + e.getKey() + ": expected a string or number");
      } else {
        values.put(e.getKey(), e.getValue().asText());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(source + ": " + String.join("; ", problems));
    }
    return new RunConfig(values);
  }

  public String get(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** The keys and values as read (JSON scalars as text). */
  public Map<String, String> values() {
    return java.util.Collections.unmodifiableMap(values);
  }
}
