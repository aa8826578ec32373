package org.tipevidence.common.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.tipevidence.common.codes.Direction;

/**
 * Reads {@code sdg-catalogue.json}. The default catalogue ships on the classpath at {@value
 * #DEFAULT_RESOURCE}; a project may point at its own copy with {@link #load(Path)}. The file is
 * validated strictly (unknown fields, unknown units, duplicate codes, complementary indicators
 * without {@code PRG_} series, ...) and every problem is reported in one {@link
 * CatalogueException}.
 */
public final class SdgCatalogueLoader {
  /** Classpath location of the shipped catalogue. */
  public static final String DEFAULT_RESOURCE =
      "/org/tipevidence/common/catalogue/sdg-catalogue.json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final Pattern TARGET_CODE = Pattern.compile("(\\d{1,2})\\.([0-9]{1,2}|[a-z])");
  private static final Pattern SERIES_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Set<String> ROOT_FIELDS =
      Set.of("catalogue_version", "description", "sources", "conventions", "targets");
  private static final Set<String> TARGET_FIELDS = Set.of("code", "goal", "text", "indicators");
  private static final Set<String> INDICATOR_FIELDS =
      Set.of("code", "official", "text", "progress_target", "non_statistical", "note", "series");
  private static final Set<String> PROGRESS_FIELDS =
      Set.of("label", "value", "direction", "year", "source");
  private static final Set<String> SERIES_FIELDS =
      Set.of("code", "description", "unit", "person_count", "crime_domain", "value_scale", "note");

  private static volatile SdgCatalogue defaultCatalogue;

  private SdgCatalogueLoader() {}

  /** The catalogue shipped with this build (cached; it is immutable). */
  public static SdgCatalogue loadDefault() {
    SdgCatalogue c = defaultCatalogue;
    if (c == null) {
      try (InputStream in = SdgCatalogueLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("classpath resource " + DEFAULT_RESOURCE + " missing");
        }
        c =
            parse(
                new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                DEFAULT_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      defaultCatalogue = c;
    }
    return c;
  }

  /** Reads and validates a catalogue file (UTF-8). */
  public static SdgCatalogue load(Path file) throws IOException {
    return parse(Files.readString(file), file.toString());
  }

  /** Parses and validates catalogue JSON text; {@code source} names it in error messages. */
  public static SdgCatalogue parse(String json, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where =
          loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw new CatalogueException(
          source, "malformed JSON" + where + ": " + e.getOriginalMessage(), e);
    }
    List<String> problems = new ArrayList<>();
    SdgCatalogue catalogue = build(root, problems);
    if (!problems.isEmpty()) {
      throw new CatalogueException(source, problems);
    }
    return catalogue;
  }

  private static SdgCatalogue build(JsonNode root, List<String> problems) {
    if (root == null || !root.isObject()) {
      problems.add("$: the catalogue must be a JSON object");
      return null;
    }
    unknownFields(root, "$", ROOT_FIELDS, problems);
    String version = text(root, "$", "catalogue_version", true, problems);
    JsonNode targetsNode = root.get("targets");
    List<SdgTarget> targets = new ArrayList<>();
    if (targetsNode == null || !targetsNode.isArray() || targetsNode.isEmpty()) {
      problems.add("$.targets: required non-empty array");
    } else {
      for (int t = 0; t < targetsNode.size(); t++) {
        SdgTarget target = target(targetsNode.get(t), "$.targets[" + t + "]", problems);
        if (target != null) {
          targets.add(target);
        }
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return new SdgCatalogue(version, targets);
    } catch (IllegalArgumentException e) {
      problems.add("$: " + e.getMessage());
      return null;
    }
  }

  private static SdgTarget target(JsonNode node, String path, List<String> problems) {
    int before = problems.size();
    if (!object(node, path, TARGET_FIELDS, ": must be an object", problems)) {
      return null;
    }
    String code = text(node, path, "code", true, problems);
    String text = text(node, path, "text", true, problems);
    JsonNode goal = node.get("goal");
    if (goal == null || !goal.isInt()) {
      problems.add(path + ".goal: required integer");
    }
    if (code != null) {
      var m = TARGET_CODE.matcher(code);
      if (!m.matches()) {
        problems.add(path + ".code: '" + code + "' is not a target code like 16.2 or 16.a");
      } else if (goal != null && goal.isInt() && goal.asInt() != Integer.parseInt(m.group(1))) {
        problems.add(path + ".goal: " + goal.asInt() + " does not match target code " + code);
      }
    }
    List<SdgIndicator> indicators = new ArrayList<>();
    JsonNode arr = node.get("indicators");
    if (arr == null || !arr.isArray() || arr.isEmpty()) {
      problems.add(path + ".indicators: required non-empty array");
    } else {
      for (int i = 0; i < arr.size(); i++) {
        SdgIndicator ind = indicator(arr.get(i), path + ".indicators[" + i + "]", code, problems);
        if (ind != null) {
          indicators.add(ind);
        }
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new SdgTarget(code, goal.asInt(), text, indicators);
  }

  private static SdgIndicator indicator(
      JsonNode node, String path, String targetCode, List<String> problems) {
    int before = problems.size();
    if (!object(node, path, INDICATOR_FIELDS, ": must be an object", problems)) {
      return null;
    }
    String code = text(node, path, "code", true, problems);
    String text = text(node, path, "text", true, problems);
    String note = text(node, path, "note", false, problems);
    boolean official = bool(node, path, "official", problems);
    boolean nonStatistical = bool(node, path, "non_statistical", problems);
    if (code != null && targetCode != null) {
      String suffix =
          code.startsWith(targetCode + ".") ? code.substring(targetCode.length() + 1) : null;
      if (suffix == null) {
        problems.add(
            path + ".code: indicator " + code + " does not belong to target " + targetCode);
      } else if (official && !suffix.matches("\\d+")) {
        problems.add(path + ".code: official indicator codes are <target>.<number>, got " + code);
      } else if (!official && !suffix.matches("C\\d+")) {
        problems.add(
            path
                + ".code: complementary (official: false) indicator codes are <target>.C<n>, got "
                + code);
      }
    }
    if (!official && (note == null || note.isBlank())) {
      problems.add(path + ".note: a complementary indicator must say in 'note' why it exists");
    }
    ProgressTarget pt = null;
    JsonNode ptNode = node.get("progress_target");
    if (ptNode == null) {
      problems.add(path + ".progress_target: required (null when the framework gives no target)");
    } else if (!ptNode.isNull()) {
      pt = progressTarget(ptNode, path + ".progress_target", problems);
      if (nonStatistical) {
        problems.add(path + ".progress_target: a non-statistical indicator cannot have a target");
      }
    }
    List<SdgSeries> series = new ArrayList<>();
    JsonNode arr = node.get("series");
    if (arr == null || !arr.isArray() || arr.isEmpty()) {
      problems.add(path + ".series: required non-empty array");
    } else {
      for (int s = 0; s < arr.size(); s++) {
        String sp = path + ".series[" + s + "]";
        SdgSeries ser = series(arr.get(s), sp, code, problems);
        JsonNode sc = arr.get(s).get("code");
        boolean prg = sc != null && sc.asText("").startsWith(SdgSeries.COMPLEMENTARY_PREFIX);
        if (official == prg) {
          problems.add(
              sp
                  + ".code: "
                  + (official
                      ? "PRG_ series belong only to complementary (official: false) indicators"
                      : "series of a complementary indicator must start with PRG_"));
        }
        if (ser != null) {
          series.add(ser);
        }
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new SdgIndicator(code, targetCode, text, official, pt, nonStatistical, note, series);
  }

  private static ProgressTarget progressTarget(JsonNode node, String path, List<String> problems) {
    int before = problems.size();
    if (!object(node, path, PROGRESS_FIELDS, ": must be an object or null", problems)) {
      return null;
    }
    String label = text(node, path, "label", true, problems);
    String source = text(node, path, "source", false, problems);
    String dir = text(node, path, "direction", true, problems);
    Direction direction = null;
    if (dir != null) {
      direction = Direction.parse(dir).orElse(null);
      if (direction == null) {
        problems.add(path + ".direction: '" + dir + "' must be increase or decrease");
      }
    }
    JsonNode value = node.get("value");
    if (value == null || !(value.isNull() || value.isNumber())) {
      problems.add(path + ".value: required number or null");
    }
    JsonNode year = node.get("year");
    if (year == null || !year.isInt() || year.asInt() < 2015 || year.asInt() > 2100) {
      problems.add(path + ".year: required integer year (e.g. 2030)");
    }
    if (problems.size() > before) {
      return null;
    }
    Double v = value.isNull() ? null : value.asDouble();
    return new ProgressTarget(label, v, direction, year.asInt(), source);
  }

  private static SdgSeries series(
      JsonNode node, String path, String indicatorCode, List<String> problems) {
    int before = problems.size();
    if (!object(node, path, SERIES_FIELDS, ": must be an object", problems)) {
      return null;
    }
    String code = text(node, path, "code", true, problems);
    String description = text(node, path, "description", true, problems);
    String unit = text(node, path, "unit", true, problems);
    String note = text(node, path, "note", false, problems);
    boolean personCount = bool(node, path, "person_count", problems);
    if (code != null && !SERIES_CODE.matcher(code).matches()) {
      problems.add(path + ".code: '" + code + "' is not an upper-case series code");
    }
    if (unit != null && !SdmxUnit.isKnown(unit)) {
      problems.add(
          path
              + ".unit: unknown SDMX unit '"
              + unit
              + "', expected one of "
              + new java.util.TreeSet<>(SdmxUnit.KNOWN));
    }
    String domainRaw = text(node, path, "crime_domain", true, problems);
    CrimeDomain domain = null;
    if (domainRaw != null) {
      domain = CrimeDomain.parse(domainRaw).orElse(null);
      if (domain == null) {
        problems.add(path + ".crime_domain: '" + domainRaw + "' must be TIP, SOM or BOTH");
      }
    }
    ValueScale scale = null;
    String scaleRaw = text(node, path, "value_scale", false, problems);
    if (scaleRaw != null) {
      scale = ValueScale.parse(scaleRaw).orElse(null);
      if (scale == null) {
        problems.add(path + ".value_scale: '" + scaleRaw + "' must be binary or score");
      }
    }
    if (personCount && (!SdmxUnit.NUMBER.equals(unit) || scale != null)) {
      problems.add(
          path + ".person_count: only count series (unit NUMBER, no value_scale) count persons");
    }
    if (problems.size() > before) {
      return null;
    }
    return new SdgSeries(code, indicatorCode, description, unit, personCount, domain, scale, note);
  }

  /** False (reported) when {@code node} is not an object; else reports its unknown fields. */
  private static boolean object(
      JsonNode node, String path, Set<String> allowed, String notObject, List<String> problems) {
    if (!node.isObject()) {
      problems.add(path + notObject);
      return false;
    }
    unknownFields(node, path, allowed, problems);
    return true;
  }

  private static void unknownFields(
      JsonNode node, String path, Set<String> allowed, List<String> problems) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        problems.add(
            path + "." + f + ": unknown field (allowed: " + new java.util.TreeSet<>(allowed) + ")");
      }
    }
  }

  private static String text(
      JsonNode node, String path, String field, boolean required, List<String> problems) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        problems.add(path + "." + field + ": required string");
      }
      return null;
    }
    if (!v.isTextual() || (required && v.asText().isBlank())) {
      problems.add(path + "." + field + ": must be a non-blank string");
      return null;
    }
    return v.asText();
  }

  private static boolean bool(JsonNode node, String path, String field, List<String> problems) {
    JsonNode v = node.get(field);
    if (v == null || !v.isBoolean()) {
      problems.add(path + "." + field + ": required boolean");
      return false;
    }
    return v.asBoolean();
  }
}
