package org.tipevidence.common.dhis2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tipevidence.common.catalogue.mapping.MappingProblem;
import org.tipevidence.common.catalogue.mapping.MappingProblem.Kind;
import org.tipevidence.common.codes.CodeList;
import org.tipevidence.common.codes.CountryCodes;

/**
 * Checks {@code dhis2-map.json} and reports every problem at once, each with its JSON path, what is
 * wrong and how to fix it (like indicator-map.json). Format (docs/INPUTS.md, "DHIS2"):
 *
 * <pre>{@code
 * { "mapping_version": "2026-12-sample",
 *   "data_elements": { "<dataElement>": "<local_code of indicator-map.json>" },
 *   "category_option_combos": { "<categoryOptionCombo>":
 *       { "sex": "F", "age_group": "Y0T17", "exploitation_form": "_T" } },   // omitted = _T
 *   "org_units": { "<orgUnit>": { "programme_id": "NGA-NRM-2016", "country_iso3": "NGA" } } }
 * }</pre>
 */
public final class Dhis2MappingChecker {
  private static final List<String> ROOT =
      List.of("mapping_version", "data_elements", "category_option_combos", "org_units");
  private static final List<String> COMBO = List.of("sex", "age_group", "exploitation_form");
  private static final List<String> ORG_UNIT = List.of("programme_id", "country_iso3");
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * @param mapping the mapping, or null when there is any problem
   * @param problems every problem, in file order
   */
  public record Result(Dhis2Mapping mapping, List<MappingProblem> problems) {}

  private final String file;
  private final Set<String> localCodes;
  private final List<MappingProblem> problems = new ArrayList<>();

  private Dhis2MappingChecker(String file, Set<String> localCodes) {
    this.file = file;
    this.localCodes = localCodes;
  }

  /**
   * @param localCodes the local codes of the (checked) indicator-map.json
   */
  public static Result parse(String json, String file, Set<String> localCodes) {
    return new Dhis2MappingChecker(file, localCodes).run(json);
  }

  private Result run(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      add(
          "$",
          Kind.MALFORMED_JSON,
          "malformed JSON at line "
              + (loc == null ? "?" : loc.getLineNr() + ", column " + loc.getColumnNr())
              + ": "
              + e.getOriginalMessage().lines().findFirst().orElse(""),
          "correct the JSON syntax there (a missing comma, quote or bracket, or a key given twice)");
      return new Result(null, problems);
    }
    if (root == null || !root.isObject()) {
      add("$", Kind.WRONG_TYPE, "the file must hold one JSON object", "see docs/INPUTS.md, DHIS2");
      return new Result(null, problems);
    }
    unknownFields(root, "$", ROOT);
    String version = text(root, "$", "mapping_version", true);
    Map<String, String> elements = new HashMap<>();
    object(root, "data_elements")
        .fields()
        .forEachRemaining(
            e -> {
              String path = "$.data_elements." + e.getKey();
              String code = e.getValue().isTextual() ? e.getValue().asText() : null;
              if (code == null) {
                add(path, Kind.WRONG_TYPE, "must be a local indicator code (string)", hint(path));
              } else if (!localCodes.contains(code)) {
                add(
                    path,
                    Kind.UNKNOWN_INDICATOR,
                    "'" + code + "' is not a local_code of indicator-map.json",
                    "use one of " + new java.util.TreeSet<>(localCodes) + " or add it there");
              } else {
                elements.put(e.getKey(), code);
              }
            });
    Map<String, Dhis2Mapping.Disaggregation> combos = new HashMap<>();
    object(root, "category_option_combos")
        .fields()
        .forEachRemaining(e -> combo(e.getKey(), e.getValue(), combos));
    Map<String, Dhis2Mapping.OrgUnit> orgUnits = new HashMap<>();
    object(root, "org_units")
        .fields()
        .forEachRemaining(e -> orgUnit(e.getKey(), e.getValue(), orgUnits));
    Dhis2Mapping mapping =
        problems.isEmpty() ? new Dhis2Mapping(version, elements, combos, orgUnits) : null;
    return new Result(mapping, problems);
  }

  private void combo(String key, JsonNode node, Map<String, Dhis2Mapping.Disaggregation> out) {
    String path = "$.category_option_combos." + key;
    if (!isObject(node, path, "{\"sex\": \"F\", \"age_group\": \"_T\"}")) {
      return;
    }
    unknownFields(node, path, COMBO);
    String sex = code(node, path, "sex", CodeList.SEX, "F, M or _T");
    String age = code(node, path, "age_group", CodeList.AGE_GROUP, "Y0T17, Y_GE18 or _T");
    String form =
        code(
            node,
            path,
            "exploitation_form",
            CodeList.EXPLOITATION_FORM,
            "SEX_EXPL, FRC_LAB, ORG_REM, OTH_PUR or _T");
    if (sex != null && age != null && form != null) {
      out.put(key, new Dhis2Mapping.Disaggregation(sex, age, form));
    }
  }

  private void orgUnit(String key, JsonNode node, Map<String, Dhis2Mapping.OrgUnit> out) {
    String path = "$.org_units." + key;
    if (!isObject(node, path, "{\"programme_id\": \"...\", \"country_iso3\": \"NGA\"}")) {
      return;
    }
    unknownFields(node, path, ORG_UNIT);
    String programme = text(node, path, "programme_id", true);
    String country = text(node, path, "country_iso3", true);
    if (programme != null && !programme.matches("[A-Z0-9-]{3,32}")) {
      add(
          path + ".programme_id",
          Kind.INVALID_VALUE,
          "'" + programme + "' is not a programme id",
          "use the programme_id of programmes.csv ([A-Z0-9-]{3,32})");
      programme = null;
    }
    if (country != null && !CountryCodes.isCountry(country)) {
      add(
          path + ".country_iso3",
          Kind.INVALID_VALUE,
          "'" + country + "' is not an ISO 3166-1 alpha-3 code",
          "use the upper-case three-letter code, e.g. NGA");
      country = null;
    }
    if (programme != null && country != null) {
      out.put(key, new Dhis2Mapping.OrgUnit(programme, country));
    }
  }

  private String code(JsonNode node, String path, String field, CodeList list, String allowed) {
    JsonNode v = node.get(field);
    if (v == null) {
      return "_T";
    }
    var code = v.isTextual() ? list.code(v.asText()) : java.util.Optional.<String>empty();
    if (code.isEmpty()) {
      add(
          path + "." + field,
          Kind.INVALID_VALUE,
          "'" + v.asText() + "' is not a " + field + " code",
          "use " + allowed + " (omit the field for a total)");
      return null;
    }
    return code.get();
  }

  private JsonNode object(JsonNode root, String field) {
    JsonNode v = root.get(field);
    if (v == null) {
      add(
          "$." + field,
          Kind.MISSING_FIELD,
          "missing required field '" + field + "'",
          "add \"" + field + "\": { ... } (docs/INPUTS.md, DHIS2)");
      return MAPPER.createObjectNode();
    }
    return isObject(v, "$." + field, "{ \"<DHIS2 id>\": ... }") ? v : MAPPER.createObjectNode();
  }

  private boolean isObject(JsonNode v, String path, String example) {
    if (!v.isObject()) {
      add(path, Kind.WRONG_TYPE, "must be a JSON object", "write it as " + example);
    }
    return v.isObject();
  }

  private String text(JsonNode node, String path, String field, boolean required) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
      if (required) {
        add(path + "." + field, Kind.MISSING_FIELD, "missing '" + field + "'", hint(field));
      }
      return null;
    }
    if (!v.isTextual()) {
      add(path + "." + field, Kind.WRONG_TYPE, "'" + field + "' must be a string", hint(field));
      return null;
    }
    return v.asText().strip();
  }

  private void unknownFields(JsonNode node, String path, List<String> known) {
    node.fieldNames()
        .forEachRemaining(
            f -> {
              if (!known.contains(f)) {
                add(
                    path + "." + f,
                    Kind.UNKNOWN_FIELD,
                    "unknown field '" + f + "'",
                    "remove it or correct its name; allowed here: " + known);
              }
            });
  }

  private static String hint(String field) {
    return "see docs/INPUTS.md, DHIS2, for the value of " + field;
  }

  private void add(String path, Kind kind, String message, String fix) {
    problems.add(new MappingProblem(file, path, kind, message, fix));
  }
}
