package org.tipevidence.common.catalogue.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small helpers for naming JSON paths and types in problems, and for suggesting field names. */
final class JsonShape {
  private JsonShape() {}

  /** {@code .field}, or {@code ['odd key']} when the name is not a plain identifier. */
  static String member(String field) {
    return field.matches("[A-Za-z_][A-Za-z0-9_]*")
        ? "." + field
        : "['" + field.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** "a number", "an object", ... for messages. */
  static String type(JsonNode v) {
    return switch (v.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      case NULL -> "null";
      default -> v.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
  }

  static <T> String names(T[] values, Function<T, String> f) {
    return Stream.of(values).map(f).collect(Collectors.joining(", "));
  }

  /** Reports every field of {@code o} not in {@code allowed}, suggesting the closest name. */
  static void unknownFields(Problems sink, JsonNode o, String path, List<String> allowed) {
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (allowed.contains(f)) {
        continue;
      }
      String suggestion = closest(f, allowed);
      sink.add(
          path + member(f),
          MappingProblem.Kind.UNKNOWN_FIELD,
          "unknown field '" + f + "'",
          suggestion != null && !o.has(suggestion)
              ? "rename it to '" + suggestion + "'"
              : "remove it; allowed fields: " + String.join(", ", allowed));
    }
  }

  /** The allowed name closest to {@code f} (case-insensitive or edit distance ≤ 2), or null. */
  static String closest(String f, List<String> allowed) {
    String best = null;
    int bestD = 3;
    String lf = f.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (String a : allowed) {
      if (a.equals(lf)) {
        return a;
      }
      int d = distance(lf, a);
      if (d < bestD) {
        bestD = d;
        best = a;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
