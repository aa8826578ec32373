package org.tipevidence.common.catalogue.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tipevidence.common.catalogue.CrimeType;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgIndicator;
import org.tipevidence.common.catalogue.SdgSeries;
import org.tipevidence.common.catalogue.SdmxUnit;
import org.tipevidence.common.codes.Direction;

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
 */
public final class MappingChecker {
  /** Entry fields in canonical order. */
  public static final List<String> ENTRY_FIELDS =
      List.of(
          "local_code",
          "name",
          "sdg_indicator",
          "series_code",
          "unit",
          "direction",
          "aggregation",
          "crime_type",
          "scaling",
          "person_count",
          "natural_limit",
          "progress_thresholds",
          "base_year");

  private static final List<String> REQUIRED =
      ENTRY_FIELDS.subList(0, ENTRY_FIELDS.indexOf("scaling"));
  private static final List<String> ROOT_FIELDS = List.of("mapping_version", "indicators");

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final Map<String, String> FIELD_HINTS =
      Map.of(
          "local_code", "the programme's own indicator code, e.g. \"VICTIMS_IDENTIFIED\"",
          "name", "a human-readable name, e.g. \"Victims of trafficking identified\"",
          "sdg_indicator", "a catalogue indicator code, e.g. \"16.2.2\" or \"16.3.C1\"",
          "series_code", "a series of that indicator, e.g. \"VC_HTF_DETV\"",
          "unit", "one of " + names(MappingUnit.values(), MappingUnit::name),
          "direction",
              "\"increase\" or \"decrease\": the desired direction of this local indicator (it"
                  + " belongs to the mapping, not to the SDG indicator)",
          "aggregation", "one of " + names(Aggregation.values(), Aggregation::json),
          "crime_type", "\"TIP\" (trafficking in persons) or \"SOM\" (smuggling of migrants)");

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
      return new MappingLoadResult(
          null,
          List.of(
              new MappingProblem(
                  file,
                  "$",
                  MappingProblem.Kind.MALFORMED_JSON,
                  "malformed JSON" + where + ": " + orig,
                  "correct the JSON syntax"
                      + where
                      + " (a missing comma, quote, colon or bracket, or a duplicated key) and run"
                      + " the check again")));
    }
    if (root == null || root.isMissingNode()) {
      return new MappingLoadResult(
          null,
          List.of(
              new MappingProblem(
                  file,
                  "$",
                  MappingProblem.Kind.MALFORMED_JSON,
                  "the file is empty",
                  "write a JSON object with \"mapping_version\" and \"indicators\"")));
    }
    return check(root, file, catalogue);
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
    private final SdgCatalogue cat;
    private final List<MappingProblem> top = new ArrayList<>();

    Run(String file, SdgCatalogue cat) {
      this.file = file;
      this.cat = cat;
    }

    MappingLoadResult run(JsonNode root) {
      if (!root.isObject()) {
        add(
            top,
            "$",
            MappingProblem.Kind.WRONG_TYPE,
            "the mapping must be a JSON object, found " + type(root),
            "wrap it as {\"mapping_version\": \"...\", \"indicators\": [ ... ]}");
        return new MappingLoadResult(null, top);
      }
      unknownFields(top, root, "$", ROOT_FIELDS);
      String version = null;
      JsonNode v = root.get("mapping_version");
      if (v == null || v.isNull()) {
        add(
            top,
            "$.mapping_version",
            MappingProblem.Kind.MISSING_FIELD,
            "missing required field 'mapping_version'",
            "add \"mapping_version\": \"<year>-<month>-<label>\", e.g. \"2026-11-sample\"; it is"
                + " recorded in every run manifest");
      } else if (!v.isTextual()) {
        add(
            top,
            "$.mapping_version",
            MappingProblem.Kind.WRONG_TYPE,
            "'mapping_version' must be a JSON string, found " + type(v),
            "quote it, e.g. \"mapping_version\": \"" + v.asText() + "\"");
      } else if (v.asText().isBlank()) {
        add(
            top,
            "$.mapping_version",
            MappingProblem.Kind.INVALID_VALUE,
            "'mapping_version' is blank",
            "give the mapping a version, e.g. \"2026-11-sample\"");
      } else {
        version = v.asText();
      }

      List<Entry> entries = new ArrayList<>();
      JsonNode arr = root.get("indicators");
      if (arr == null || arr.isNull()) {
        add(
            top,
            "$.indicators",
            MappingProblem.Kind.MISSING_FIELD,
            "missing required field 'indicators'",
            "add \"indicators\": [ {\"local_code\": ..., ...} ] with one object per local"
                + " indicator");
      } else if (!arr.isArray()) {
        add(
            top,
            "$.indicators",
            MappingProblem.Kind.WRONG_TYPE,
            "'indicators' must be a JSON array, found " + type(arr),
            "write \"indicators\": [ ... ] with one object per local indicator");
      } else if (arr.isEmpty()) {
        add(
            top,
            "$.indicators",
            MappingProblem.Kind.INVALID_VALUE,
            "'indicators' is empty: nothing would be mapped to the SDGs",
            "add at least one local indicator");
      } else {
        for (int i = 0; i < arr.size(); i++) {
          Entry e = new Entry(i);
          e.check(arr.get(i));
          entries.add(e);
        }
        duplicates(entries);
      }

      List<MappingProblem> all = new ArrayList<>(top);
      List<MappedIndicator> ok = new ArrayList<>();
      for (Entry e : entries) {
        all.addAll(e.problems);
        if (e.problems.isEmpty() && e.result != null) {
          ok.add(e.result);
        }
      }
      return new MappingLoadResult(new IndicatorMapping(version == null ? "" : version, ok), all);
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
        add(
            e.problems,
            e.path("local_code"),
            MappingProblem.Kind.DUPLICATE_LOCAL_CODE,
            "duplicate local_code '" + e.localCode + "': also defined at " + f.path("local_code"),
            "a local indicator maps to exactly one SDG series: delete one of "
                + f.path()
                + " and "
                + e.path()
                + ", or give one of them a different local_code");
        if (e.rawUnit != null && f.rawUnit != null && !e.rawUnit.equals(f.rawUnit)) {
          add(
              e.problems,
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

    /** One entry of $.indicators. */
    private final class Entry {
      final int index;
      final List<MappingProblem> problems = new ArrayList<>();
      String localCode;
      String rawUnit;
      MappedIndicator result;

      Entry(int index) {
        this.index = index;
      }

      String path() {
        return "$.indicators[" + index + "]";
      }

      String path(String field) {
        return path() + member(field);
      }

      void check(JsonNode o) {
        if (!o.isObject()) {
          add(
              problems,
              path(),
              MappingProblem.Kind.WRONG_TYPE,
              "each indicator must be a JSON object, found " + type(o),
              "write it as {\"local_code\": ..., \"sdg_indicator\": ..., ...}");
          return;
        }
        unknownFields(problems, o, path(), ENTRY_FIELDS);
        for (String f : REQUIRED) {
          JsonNode v = o.get(f);
          if (v == null || v.isNull()) {
            add(
                problems,
                path(f),
                MappingProblem.Kind.MISSING_FIELD,
                "missing required field '" + f + "'" + (v == null ? "" : " (it is null)"),
                "add \"" + f + "\": " + FIELD_HINTS.get(f));
          }
        }
        String lc = string(o, "local_code");
        if (lc != null) {
          if (lc.isBlank()) {
            invalid("local_code", "'local_code' is blank", "give the local indicator a code");
          } else if (!lc.equals(lc.strip())) {
            invalid(
                "local_code",
                "'local_code' \"" + lc + "\" has leading or trailing blanks",
                "write it as \"" + lc.strip() + "\"");
          } else {
            localCode = lc;
          }
        }
        String name = string(o, "name");
        if (name != null && name.isBlank()) {
          invalid("name", "'name' is blank", "give a human-readable name");
          name = null;
        }
        String indRaw = string(o, "sdg_indicator");
        String seriesRaw = string(o, "series_code");
        rawUnit = string(o, "unit");
        String dirRaw = string(o, "direction");
        String aggRaw = string(o, "aggregation");
        String crimeRaw = string(o, "crime_type");
        String scaleRaw = string(o, "scaling");

        Optional<SdgSeries> series = seriesRaw == null ? Optional.empty() : cat.series(seriesRaw);
        SdgIndicator indicator = indicator(indRaw, series);
        SdgSeries s = series(seriesRaw, series, indicator);
        MappingUnit unit = unit(rawUnit);
        Direction direction = direction(dirRaw);
        Aggregation aggregation = aggregation(aggRaw);
        CrimeType crime = crimeType(crimeRaw);
        Scaling scaling = scaleRaw == null && !o.has("scaling") ? Scaling.NONE : scaling(scaleRaw);

        if (unit != null && aggregation != null && !aggregation.validFor(unit)) {
          add(
              problems,
              path("aggregation"),
              MappingProblem.Kind.INVALID_AGGREGATION,
              "aggregation '"
                  + aggregation.json()
                  + "' is not valid for unit "
                  + unit
                  + (aggregation == Aggregation.SUM
                      ? ": " + unit + " values are not additive"
                      : ": a population-weighted mean only makes sense for relative values"),
              "use "
                  + Stream.of(Aggregation.values())
                      .filter(a -> a.validFor(unit))
                      .map(a -> "'" + a.json() + "'")
                      .collect(Collectors.joining(" or ")));
        }
        boolean scalingUnitOk = true;
        if (unit != null && scaling == Scaling.PER_100K && unit != MappingUnit.NUMBER) {
          scalingUnitOk = false;
          add(
              problems,
              path("scaling"),
              MappingProblem.Kind.INVALID_SCALING,
              "scaling 'per_100k' is only valid with unit NUMBER (counts), not " + unit,
              "set \"scaling\": \"none\"; " + unit + " values are used as reported");
        }
        if (unit != null
            && s != null
            && scaling != null
            && scalingUnitOk
            && !unit.compatibleWith(s, scaling)) {
          unitMismatch(unit, scaling, s);
        }
        if (crime != null && s != null && !s.crimeDomain().allows(crime)) {
          add(
              problems,
              path("crime_type"),
              MappingProblem.Kind.CRIME_TYPE_NOT_ALLOWED,
              "crime_type "
                  + crime
                  + " is not allowed for series "
                  + s.code()
                  + ", whose crime domain is "
                  + s.crimeDomain(),
              "set \"crime_type\": \""
                  + s.crimeDomain()
                  + "\" if the local indicator is about that crime, otherwise map it to a series"
                  + " whose crime domain is "
                  + crime
                  + " or BOTH");
        }
        Boolean override = null;
        JsonNode pc = o.get("person_count");
        if (pc != null && !pc.isNull()) {
          if (!pc.isBoolean()) {
            add(
                problems,
                path("person_count"),
                MappingProblem.Kind.WRONG_TYPE,
                "'person_count' must be true or false, found " + type(pc),
                "write \"person_count\": true or false without quotes, or remove it to use the"
                    + " catalogue default");
          } else {
            override = pc.asBoolean();
          }
        }
        Boolean personCount = null;
        if (s != null && scaling != null) {
          boolean dflt = defaultPersonCount(s, scaling);
          personCount = override != null ? override : dflt;
          if (Boolean.FALSE.equals(override) && dflt) {
            add(
                problems,
                path("person_count"),
                MappingProblem.Kind.INVALID_PERSON_COUNT,
                "person_count false would switch off disclosure control, but series "
                    + s.code()
                    + " counts persons (victims or offenders)",
                "remove \"person_count\" (the catalogue default is true)");
          }
          if (Boolean.TRUE.equals(override) && unit != null && unit != MappingUnit.NUMBER) {
            add(
                problems,
                path("person_count"),
                MappingProblem.Kind.INVALID_PERSON_COUNT,
                "person_count true needs unit NUMBER: only counts of persons are subject to"
                    + " small-cell suppression, not "
                    + unit
                    + " values",
                "remove \"person_count\", or report the underlying count with unit NUMBER");
          }
        }
        MappedProgress progress = ProgressFields.read(o, path(), file, problems);
        if (problems.isEmpty()) {
          result =
              new MappedIndicator(
                  localCode,
                  name,
                  indicator.code(),
                  s.code(),
                  unit,
                  direction,
                  aggregation,
                  crime,
                  scaling,
                  personCount,
                  override != null,
                  progress);
        }
      }

      private void unitMismatch(MappingUnit unit, Scaling scaling, SdgSeries s) {
        SdgIndicator parent = cat.indicator(s.indicatorCode()).orElseThrow();
        List<String> siblings =
            parent.series().stream()
                .filter(x -> unit.compatibleWith(x, scaling))
                .map(SdgSeries::code)
                .toList();
        // Prefer the count/rate twin (VC_HTF_DETV <-> VC_HTF_DETVR) when there is one.
        String twin =
            s.code().endsWith("R") ? s.code().substring(0, s.code().length() - 1) : s.code() + "R";
        if (siblings.contains(twin)) {
          siblings = List.of(twin);
        }
        if (scaling == Scaling.PER_100K) {
          add(
              problems,
              path("scaling"),
              MappingProblem.Kind.INVALID_SCALING,
              "scaling 'per_100k' turns counts into rates per 100,000 population, but series "
                  + s.code()
                  + " has SDMX unit "
                  + s.unit(),
              "set \"scaling\": \"none\""
                  + (siblings.isEmpty()
                      ? ""
                      : ", or map to the rate series " + String.join(" / ", siblings)));
          return;
        }
        List<String> units =
            Stream.of(MappingUnit.values())
                .filter(u -> u.compatibleWith(s, Scaling.NONE))
                .map(MappingUnit::name)
                .collect(Collectors.toList());
        StringBuilder fix = new StringBuilder();
        if (!units.isEmpty()) {
          fix.append("report the values as ").append(String.join(" or ", units));
        }
        if (unit == MappingUnit.NUMBER && SdmxUnit.isPer100kPopulation(s.unit())) {
          fix.append(fix.isEmpty() ? "" : ", or ")
              .append("keep NUMBER and set \"scaling\": \"per_100k\"");
        }
        if (!siblings.isEmpty()) {
          fix.append(fix.isEmpty() ? "" : ", or ")
              .append("map ")
              .append(unit)
              .append(" values to series ")
              .append(String.join(" / ", siblings));
        }
        if (fix.isEmpty()) {
          fix.append("no mapping unit matches SDMX unit ")
              .append(s.unit())
              .append("; map the local indicator to another series");
        }
        add(
            problems,
            path("unit"),
            MappingProblem.Kind.UNIT_INCOMPATIBLE_WITH_SERIES,
            "unit "
                + unit
                + " does not match series "
                + s.code()
                + " (SDMX unit "
                + s.unit()
                + (s.valueScale() == null ? "" : ", values " + s.valueScale().json())
                + ")",
            fix.toString());
      }

      private boolean defaultPersonCount(SdgSeries s, Scaling scaling) {
        if (s.personCount()) {
          return true;
        }
        if (scaling == Scaling.PER_100K) {
          return cat.indicator(s.indicatorCode()).orElseThrow().series().stream()
              .anyMatch(x -> x.isCount() && x.personCount());
        }
        return false;
      }

      private SdgIndicator indicator(String raw, Optional<SdgSeries> series) {
        if (raw == null) {
          return null;
        }
        Optional<SdgIndicator> ind = cat.indicator(raw);
        if (ind.isPresent()) {
          return ind.get();
        }
        String fix;
        if (cat.indicator(raw.strip()).isPresent()) {
          fix = "remove the blanks: \"" + raw.strip() + "\"";
        } else if (series.isPresent()) {
          fix =
              "series "
                  + series.get().code()
                  + " belongs to indicator "
                  + series.get().indicatorCode()
                  + ": set \"sdg_indicator\": \""
                  + series.get().indicatorCode()
                  + "\"";
        } else {
          int dot = raw.lastIndexOf('.');
          String target = dot > 0 ? raw.substring(0, dot) : raw;
          fix =
              cat.target(target)
                  .map(
                      t ->
                          "target "
                              + t.code()
                              + " has indicators "
                              + t.indicators().stream()
                                  .map(SdgIndicator::code)
                                  .collect(Collectors.joining(", ")))
                  .orElse(
                      "use an indicator of targets "
                          + cat.targets().stream()
                              .map(t -> t.code())
                              .collect(Collectors.joining(", ")));
        }
        add(
            problems,
            path("sdg_indicator"),
            MappingProblem.Kind.UNKNOWN_INDICATOR,
            "unknown SDG indicator '" + raw + "' (not in catalogue " + cat.version() + ")",
            fix);
        return null;
      }

      private SdgSeries series(String raw, Optional<SdgSeries> found, SdgIndicator indicator) {
        if (raw == null) {
          return null;
        }
        String ofIndicator =
            indicator == null
                ? ""
                : "; series of "
                    + indicator.code()
                    + ": "
                    + String.join(", ", indicator.seriesCodes());
        if (found.isEmpty()) {
          boolean prg = raw.startsWith(SdgSeries.COMPLEMENTARY_PREFIX);
          add(
              problems,
              path("series_code"),
              MappingProblem.Kind.UNKNOWN_SERIES,
              (prg ? "complementary series '" : "unknown series '")
                  + raw
                  + "' is not in catalogue "
                  + cat.version(),
              (prg
                      ? "use a PRG_ series the catalogue defines ("
                          + String.join(", ", cat.complementarySeriesCodes())
                          + ") or add it to the catalogue as a complementary indicator first"
                      : "use a series code of the catalogue")
                  + ofIndicator);
          return null;
        }
        SdgSeries s = found.get();
        if (indicator != null && !s.indicatorCode().equals(indicator.code())) {
          add(
              problems,
              path("series_code"),
              MappingProblem.Kind.SERIES_NOT_UNDER_INDICATOR,
              "series "
                  + s.code()
                  + " belongs to indicator "
                  + s.indicatorCode()
                  + ", not to "
                  + indicator.code(),
              "set \"sdg_indicator\": \""
                  + s.indicatorCode()
                  + "\", or pick a series of "
                  + indicator.code()
                  + ": "
                  + String.join(", ", indicator.seriesCodes()));
        }
        return s;
      }

      private MappingUnit unit(String raw) {
        if (raw == null) {
          return null;
        }
        Optional<MappingUnit> u = MappingUnit.parse(raw);
        if (u.isPresent()) {
          return u.get();
        }
        String up = raw.strip().toUpperCase(Locale.ROOT);
        Map<String, String> aliases =
            Map.of(
                "PT", "PERCENT",
                "%", "PERCENT",
                "PERCENTAGE", "PERCENT",
                "RATIO_COUNT_PER_100000_COUNT_POP", "PER_100000_POP",
                "CU_USD", "CURRENCY_USD",
                "USD", "CURRENCY_USD",
                "BOOL", "BINARY",
                "COUNT", "NUMBER",
                "INDEX", "SCORE");
        String hint = MappingUnit.parse(up).map(MappingUnit::name).orElse(aliases.get(up));
        add(
            problems,
            path("unit"),
            MappingProblem.Kind.INVALID_UNIT,
            "unknown unit '" + raw + "'",
            (hint == null ? "use " : "write \"" + hint + "\"; allowed: ")
                + names(MappingUnit.values(), MappingUnit::name)
                + " (upper case)");
        return null;
      }

      private Direction direction(String raw) {
        if (raw == null) {
          return null;
        }
        Optional<Direction> d = Direction.parse(raw);
        if (d.isEmpty()) {
          String k = raw.strip().toLowerCase(Locale.ROOT);
          String hint =
              Direction.parse(k)
                  .map(Direction::json)
                  .orElse(
                      switch (k) {
                        case "up", "higher", "higher_is_better", "+", "positive" -> "increase";
                        case "down", "lower", "lower_is_better", "-", "negative" -> "decrease";
                        default -> null;
                      });
          add(
              problems,
              path("direction"),
              MappingProblem.Kind.INVALID_DIRECTION,
              "invalid direction '" + raw + "'",
              (hint == null ? "" : "write \"" + hint + "\"; ")
                  + "direction must be \"increase\" or \"decrease\" (lower case): the desired"
                  + " direction of this local indicator");
        }
        return d.orElse(null);
      }

      private Aggregation aggregation(String raw) {
        if (raw == null) {
          return null;
        }
        Optional<Aggregation> a = Aggregation.parse(raw);
        if (a.isEmpty()) {
          String k = raw.strip().toLowerCase(Locale.ROOT);
          String hint =
              Aggregation.parse(k)
                  .map(Aggregation::json)
                  .orElse(
                      switch (k) {
                        case "mean", "average", "avg", "weighted_mean", "weighted_average" ->
                            "population_weighted_mean";
                        case "last", "most_recent" -> "latest";
                        case "total", "count" -> "sum";
                        default -> null;
                      });
          add(
              problems,
              path("aggregation"),
              MappingProblem.Kind.INVALID_AGGREGATION,
              "invalid aggregation '" + raw + "'",
              (hint == null ? "use " : "write \"" + hint + "\"; allowed: ")
                  + names(Aggregation.values(), Aggregation::json));
        }
        return a.orElse(null);
      }

      private CrimeType crimeType(String raw) {
        if (raw == null) {
          return null;
        }
        Optional<CrimeType> c = CrimeType.parse(raw);
        if (c.isPresent() && c.get().name().equals(raw)) {
          return c.get();
        }
        String up = raw.strip().toUpperCase(Locale.ROOT);
        String fix;
        if (up.equals("BOTH") || up.equals("TIP,SOM") || up.equals("TIP+SOM")) {
          fix =
              "an observation is about one crime: split it into two entries with different"
                  + " local_codes, one with \"TIP\" and one with \"SOM\"";
        } else {
          fix =
              CrimeType.parseLenient(raw)
                  .map(t -> "write \"" + t + "\" (upper case)")
                  .orElse(
                      "use \"TIP\" (trafficking in persons) or \"SOM\" (smuggling of migrants)");
        }
        add(
            problems,
            path("crime_type"),
            MappingProblem.Kind.INVALID_CRIME_TYPE,
            "invalid crime_type '" + raw + "'",
            fix);
        return null;
      }

      private Scaling scaling(String raw) {
        if (raw == null) {
          return null; // wrong type or null already reported
        }
        Optional<Scaling> s = Scaling.parse(raw);
        if (s.isEmpty()) {
          String k = raw.strip().toLowerCase(Locale.ROOT).replace("-", "_").replace(",", "");
          String hint =
              Scaling.parse(k)
                  .map(Scaling::json)
                  .orElse(
                      Stream.of("per_100000", "per100k", "per_100000_pop", "per_100k_pop")
                              .anyMatch(k::equals)
                          ? "per_100k"
                          : null);
          add(
              problems,
              path("scaling"),
              MappingProblem.Kind.INVALID_SCALING,
              "invalid scaling '" + raw + "'",
              (hint == null ? "use " : "write \"" + hint + "\"; allowed: ")
                  + names(Scaling.values(), Scaling::json));
        }
        return s.orElse(null);
      }

      private void invalid(String field, String message, String fix) {
        add(problems, path(field), MappingProblem.Kind.INVALID_VALUE, message, fix);
      }

      /** The field's string value; reports a wrong type. Null when absent, null or not a string. */
      private String string(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
          if (v != null && !REQUIRED.contains(field)) {
            add(
                problems,
                path(field),
                MappingProblem.Kind.WRONG_TYPE,
                "'" + field + "' is null",
                "remove it or give a value");
          }
          return null;
        }
        if (!v.isTextual()) {
          add(
              problems,
              path(field),
              MappingProblem.Kind.WRONG_TYPE,
              "'" + field + "' must be a JSON string, found " + type(v),
              "quote the value: \"" + field + "\": \"" + v.asText() + "\"");
          return null;
        }
        return v.asText();
      }
    }

    private void unknownFields(
        List<MappingProblem> sink, JsonNode o, String path, List<String> allowed) {
      for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (allowed.contains(f)) {
          continue;
        }
        String suggestion = closest(f, allowed);
        add(
            sink,
            path + member(f),
            MappingProblem.Kind.UNKNOWN_FIELD,
            "unknown field '" + f + "'",
            suggestion != null && !o.has(suggestion)
                ? "rename it to '" + suggestion + "'"
                : "remove it; allowed fields: " + String.join(", ", allowed));
      }
    }

    private void add(
        List<MappingProblem> sink,
        String path,
        MappingProblem.Kind kind,
        String message,
        String fix) {
      sink.add(new MappingProblem(file, path, kind, message, fix));
    }
  }

  static String member(String field) {
    return field.matches("[A-Za-z_][A-Za-z0-9_]*")
        ? "." + field
        : "['" + field.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  private static String type(JsonNode v) {
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

  private static <T> String names(T[] values, Function<T, String> f) {
    return Stream.of(values).map(f).collect(Collectors.joining(", "));
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
