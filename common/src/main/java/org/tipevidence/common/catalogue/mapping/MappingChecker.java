package org.tipevidence.common.catalogue.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tipevidence.common.catalogue.SdgCatalogue;

/**
 * Checks an indicator-mapping file against the SDG catalogue and reports <em>every</em> problem at
 * once, each with its JSON path, what is wrong and how to fix it.
 *
 * <p>File format (UTF-8 JSON):
 *
 * <pre>{@code
 * {
 *   "mapping_version": "2026-11-sample",
 *   "indicators": [
 *     {
 *       "local_code": "VICTIMS_IDENTIFIED",          // required, unique
 *       "name": "Victims of trafficking identified", // required
 *       "sdg_indicator": "16.2.2",                   // required, catalogue indicator (or 16.3.C1 ...)
 *       "series_code": "VC_HTF_DETV",                // required, a series of that indicator
 *       "unit": "NUMBER",                            // NUMBER|PERCENT|PER_100000_POP|CURRENCY_USD|SCORE|BINARY
 *       "direction": "increase",                     // required: increase|decrease
 *       "aggregation": "sum",                        // sum|population_weighted_mean|latest
 *       "crime_type": "TIP",                         // TIP|SOM (never both)
 *       "scaling": "none",                           // optional, none (default)|per_100k
 *       "person_count": true,                        // optional override of the catalogue default
 *       "natural_limit": 100,                        // optional, see docs/progress.md
 *       "progress_thresholds": {"high": 0.9},        // optional Open SDG cut points
 *       "base_year": 2016                            // optional, overrides --base-year
 *     }
 *   ]
 * }
 * }</pre>
 *
 * Rules: {@code sum} only for NUMBER/CURRENCY_USD, {@code population_weighted_mean} only for
 * PERCENT/PER_100000_POP/SCORE, {@code latest} for any unit; {@code per_100k} only with NUMBER and
 * only into a per-100,000-population series; the unit (after scaling) must match the series' SDMX
 * unit; the series' crime domain must allow the crime type; {@code person_count} cannot be switched
 * off for a series that counts persons, and can be switched on only for NUMBER. The default {@code
 * person_count} is the series' own, and for {@code per_100k} mappings that of the indicator's count
 * series (the raw counts are persons).
 *
 * <p>The file's shape is checked against a field table ({@link EntryShape}) and bound by Jackson
 * into {@link MappingEntryJson}; {@link CatalogueCrossCheck} then checks each entry against the
 * catalogue.
 */
public final class MappingChecker {
  /** Entry fields in canonical order. */
  public static final List<String> ENTRY_FIELDS = EntryShape.NAMES;

  private static final List<String> ROOT_FIELDS = List.of("mapping_version", "indicators");

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private MappingChecker() {}

  /** Parses and checks mapping JSON text; never throws for bad input. */
  public static MappingLoadResult parse(String json, String file, SdgCatalogue catalogue) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json == null ? "" : json);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where =
          loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      String orig =
          e.getOriginalMessage() == null
              ? ""
              : e.getOriginalMessage().lines().findFirst().orElse("");
      return malformed(
          file,
          "malformed JSON" + where + ": " + orig,
          "correct the JSON syntax"
              + where
              + " (a missing comma, quote, colon or bracket, or a duplicated key) and run"
              + " the check again");
    }
    if (root == null || root.isMissingNode()) {
      return malformed(
          file,
          "the file is empty",
          "write a JSON object with \"mapping_version\" and \"indicators\"");
    }
    return check(root, file, catalogue);
  }

  private static MappingLoadResult malformed(String file, String message, String fix) {
    return new MappingLoadResult(
        null,
        List.of(new MappingProblem(file, "$", MappingProblem.Kind.MALFORMED_JSON, message, fix)));
  }

  /** Every problem in mapping JSON text. */
  public static List<MappingProblem> check(String json, String file, SdgCatalogue catalogue) {
    return parse(json, file, catalogue).problems();
  }

  /** Every problem of an in-memory mapping (checked through its JSON form). */
  public static List<MappingProblem> check(
      IndicatorMapping mapping, String file, SdgCatalogue catalogue) {
    return check(mapping.toJson(), file, catalogue).problems();
  }

  /** Checks an already parsed JSON tree. */
  public static MappingLoadResult check(JsonNode root, String file, SdgCatalogue catalogue) {
    return new Run(file, catalogue).run(root);
  }

  /** One checking pass; collects problems. */
  private static final class Run {
    private final String file;
    private final CatalogueCrossCheck cross;
    private final Problems top;

    Run(String file, SdgCatalogue cat) {
      this.file = file;
      this.cross = new CatalogueCrossCheck(cat);
      this.top = new Problems(file);
    }

    MappingLoadResult run(JsonNode root) {
      if (!root.isObject()) {
        top.add(
            "$",
            MappingProblem.Kind.WRONG_TYPE,
            "the mapping must be a JSON object, found " + JsonShape.type(root),
            "wrap it as {\"mapping_version\": \"...\", \"indicators\": [ ... ]}");
        return new MappingLoadResult(null, top.list());
      }
      JsonShape.unknownFields(top, root, "$", ROOT_FIELDS);
      String version = version(root.get("mapping_version"));
      List<Entry> entries = new ArrayList<>();
      JsonNode arr = root.get("indicators");
      if (arr == null || arr.isNull()) {
        top.add(
            "$.indicators",
            MappingProblem.Kind.MISSING_FIELD,
            "missing required field 'indicators'",
            "add \"indicators\": [ {\"local_code\": ..., ...} ] with one object per local"
                + " indicator");
      } else if (!arr.isArray()) {
        top.add(
            "$.indicators",
            MappingProblem.Kind.WRONG_TYPE,
            "'indicators' must be a JSON array, found " + JsonShape.type(arr),
            "write \"indicators\": [ ... ] with one object per local indicator");
      } else if (arr.isEmpty()) {
        top.add(
            "$.indicators",
            MappingProblem.Kind.INVALID_VALUE,
            "'indicators' is empty: nothing would be mapped to the SDGs",
            "add at least one local indicator");
      } else {
        for (int i = 0; i < arr.size(); i++) {
          entries.add(entry(i, arr.get(i)));
        }
        duplicates(entries);
      }

      List<MappingProblem> all = new ArrayList<>(top.list());
      List<MappedIndicator> ok = new ArrayList<>();
      for (Entry e : entries) {
        all.addAll(e.problems.list());
        if (e.problems.isEmpty() && e.result != null) {
          ok.add(e.result);
        }
      }
      return new MappingLoadResult(new IndicatorMapping(version == null ? "" : version, ok), all);
    }

    private String version(JsonNode v) {
      if (v == null || v.isNull()) {
        top.add(
            "$.mapping_version",
            MappingProblem.Kind.MISSING_FIELD,
            "missing required field 'mapping_version'",
            "add \"mapping_version\": \"<year>-<month>-<label>\", e.g. \"2026-11-sample\"; it is"
                + " recorded in every run manifest");
      } else if (!v.isTextual()) {
        top.add(
            "$.mapping_version",
            MappingProblem.Kind.WRONG_TYPE,
            "'mapping_version' must be a JSON string, found " + JsonShape.type(v),
            "quote it, e.g. \"mapping_version\": \"" + v.asText() + "\"");
      } else if (v.asText().isBlank()) {
        top.add(
            "$.mapping_version",
            MappingProblem.Kind.INVALID_VALUE,
            "'mapping_version' is blank",
            "give the mapping a version, e.g. \"2026-11-sample\"");
      } else {
        return v.asText();
      }
      return null;
    }

    private Entry entry(int index, JsonNode o) {
      Entry e = new Entry(index, new Problems(file));
      if (!o.isObject()) {
        e.problems.add(
            e.path(),
            MappingProblem.Kind.WRONG_TYPE,
            "each indicator must be a JSON object, found " + JsonShape.type(o),
            "write it as {\"local_code\": ..., \"sdg_indicator\": ..., ...}");
        return e;
      }
      EntryShape.Bound bound = EntryShape.check((ObjectNode) o, e.path(), e.problems, MAPPER);
      e.localCode = bound.entry().localCode();
      e.rawUnit = bound.entry().unit();
      e.result = cross.check(bound, o, e.path(), e.problems, file);
      return e;
    }

    private void duplicates(List<Entry> entries) {
      Map<String, Entry> first = new LinkedHashMap<>();
      for (Entry e : entries) {
        if (e.localCode == null) {
          continue;
        }
        Entry f = first.putIfAbsent(e.localCode, e);
        if (f == null) {
          continue;
        }
        e.problems.add(
            e.path("local_code"),
            MappingProblem.Kind.DUPLICATE_LOCAL_CODE,
            "duplicate local_code '" + e.localCode + "': also defined at " + f.path("local_code"),
            "a local indicator maps to exactly one SDG series: delete one of "
                + f.path()
                + " and "
                + e.path()
                + ", or give one of them a different local_code");
        if (e.rawUnit != null && f.rawUnit != null && !e.rawUnit.equals(f.rawUnit)) {
          e.problems.add(
              e.path("unit"),
              MappingProblem.Kind.CONFLICTING_UNIT,
              "conflicting units for local_code '"
                  + e.localCode
                  + "': "
                  + e.rawUnit
                  + " here but "
                  + f.rawUnit
                  + " at "
                  + f.path("unit"),
              "a local indicator has one unit: report it in one unit (e.g. "
                  + f.rawUnit
                  + ") or use a different local_code for the "
                  + e.rawUnit
                  + " version");
        }
      }
    }
  }

  /** One entry of $.indicators: its problems and, when it has none, its mapped indicator. */
  private static final class Entry {
    final int index;
    final Problems problems;
    String localCode;
    String rawUnit;
    MappedIndicator result;

    Entry(int index, Problems problems) {
      this.index = index;
      this.problems = problems;
    }

    String path() {
      return "$.indicators[" + index + "]";
    }

    String path(String field) {
      return path() + JsonShape.member(field);
    }
  }
}
