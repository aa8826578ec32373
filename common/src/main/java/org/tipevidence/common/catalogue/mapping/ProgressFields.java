package org.tipevidence.common.catalogue.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import org.tipevidence.common.progress.ProgressThresholds;

/**
 * Reads the optional progress fields of one mapping entry: {@code natural_limit} (number), {@code
 * base_year} (whole number 1900-2100) and {@code progress_thresholds} ({@code {"high": .., "med":
 * .., "low": ..}}, any subset, high ≥ med ≥ low). Every problem is reported with its path and fix.
 */
final class ProgressFields {
  static final List<String> FIELDS = List.of("natural_limit", "progress_thresholds", "base_year");
  private static final List<String> THRESHOLD_KEYS = List.of("high", "med", "low");

  private ProgressFields() {}

  static MappedProgress read(JsonNode o, String path, String file, List<MappingProblem> sink) {
    Double limit = number(o.get("natural_limit"), path + ".natural_limit", file, sink);
    Integer baseYear = null;
    JsonNode by = o.get("base_year");
    if (by != null) {
      if (!by.isIntegralNumber() || by.asInt() < 1900 || by.asInt() > 2100) {
        sink.add(
            problem(
                file,
                path + ".base_year",
                "'base_year' must be a whole year between 1900 and 2100, found " + by,
                "write e.g. \"base_year\": 2015, or remove it to use the run's --base-year"));
      } else {
        baseYear = by.asInt();
      }
    }
    ProgressThresholds thresholds = null;
    JsonNode th = o.get("progress_thresholds");
    if (th != null) {
      thresholds = thresholds(th, path + ".progress_thresholds", file, sink);
    }
    MappedProgress p = new MappedProgress(limit, thresholds, baseYear);
    return p.isEmpty() ? MappedProgress.NONE : p;
  }

  private static ProgressThresholds thresholds(
      JsonNode th, String path, String file, List<MappingProblem> sink) {
    String fix =
        "write e.g. \"progress_thresholds\": {\"high\": 0.95, \"med\": 0.6, \"low\": 0}"
            + " (any of the three; high >= med >= low)";
    if (!th.isObject()) {
      sink.add(problem(file, path, "'progress_thresholds' must be a JSON object", fix));
      return null;
    }
    int before = sink.size();
    for (Iterator<String> it = th.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!THRESHOLD_KEYS.contains(k)) {
        sink.add(problem(file, path + "." + k, "unknown threshold '" + k + "'", fix));
      }
    }
    Double high = number(th.get("high"), path + ".high", file, sink);
    Double med = number(th.get("med"), path + ".med", file, sink);
    Double low = number(th.get("low"), path + ".low", file, sink);
    if (sink.size() > before) {
      return null;
    }
    try {
      return new ProgressThresholds(high, med, low);
    } catch (IllegalArgumentException e) {
      sink.add(problem(file, path, e.getMessage(), fix));
      return null;
    }
  }

  private static Double number(JsonNode v, String path, String file, List<MappingProblem> sink) {
    if (v == null) {
      return null;
    }
    if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
      sink.add(
          problem(
              file,
              path,
              "'" + path.substring(path.lastIndexOf('.') + 1) + "' must be a number, found " + v,
              "write a number without quotes, or remove the field"));
      return null;
    }
    return v.asDouble();
  }

  private static MappingProblem problem(String file, String path, String message, String fix) {
    return new MappingProblem(file, path, MappingProblem.Kind.INVALID_VALUE, message, fix);
  }
}
