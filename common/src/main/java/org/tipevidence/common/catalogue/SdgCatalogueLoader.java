package org.tipevidence.common.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.tipevidence.common.codes.Direction;

/**
 * Reads {@code sdg-catalogue.json}. The default catalogue ships on the classpath at {@value
 * #DEFAULT_RESOURCE}; a project may point at its own copy with {@link #load(Path)}. The file is
 * validated strictly (unknown fields, unknown units, duplicate codes, complementary indicators
 * without {@code PRG_} series, ...) and every problem is reported in one {@link
 * CatalogueException}.
 *
 * <p>Each object's fields are checked against its table and bound by Jackson ({@link
 * CatalogueShape}, {@link CatalogueJson}); this class keeps the value rules (code patterns, units,
 * domains, {@code PRG_} prefixes). Within one object, wrongly typed fields are listed before broken
 * value rules.
 */
public final class SdgCatalogueLoader {
  /** Classpath location of the shipped catalogue. */
  public static final String DEFAULT_RESOURCE =
      "/org/tipevidence/common/catalogue/sdg-catalogue.json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .build();

  private static final Pattern TARGET_CODE = Pattern.compile("(\\d{1,2})\\.([0-9]{1,2}|[a-z])");
  private static final Pattern SERIES_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

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
        c = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
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
    CatalogueJson.Root j =
        bind(root, "$", ": the catalogue must be a JSON object", CatalogueJson.ROOT, problems);
    if (j == null) {
      return null;
    }
    List<SdgTarget> targets = each(j.targets(), "$.targets", problems, SdgCatalogueLoader::target);
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return new SdgCatalogue(j.catalogueVersion(), targets);
    } catch (IllegalArgumentException e) {
      problems.add("$: " + e.getMessage());
      return null;
    }
  }

  private static SdgTarget target(JsonNode node, String path, List<String> problems) {
    int before = problems.size();
    CatalogueJson.Target j =
        bind(node, path, ": must be an object", CatalogueJson.TARGET, problems);
    if (j == null) {
      return null;
    }
    String code = j.code();
    if (code != null) {
      var m = TARGET_CODE.matcher(code);
      if (!m.matches()) {
        problems.add(path + ".code: '" + code + "' is not a target code like 16.2 or 16.a");
      } else if (j.goal() != null && j.goal() != Integer.parseInt(m.group(1))) {
        problems.add(path + ".goal: " + j.goal() + " does not match target code " + code);
      }
    }
    List<SdgIndicator> indicators =
        each(j.indicators(), path + ".indicators", problems, (n, p, s) -> indicator(n, p, code, s));
    if (problems.size() > before) {
      return null;
    }
    return new SdgTarget(code, j.goal(), j.text(), indicators);
  }

  private static SdgIndicator indicator(
      JsonNode node, String path, String targetCode, List<String> problems) {
    int before = problems.size();
    CatalogueJson.Indicator j =
        bind(node, path, ": must be an object", CatalogueJson.INDICATOR, problems);
    if (j == null) {
      return null;
    }
    String code = j.code();
    // A wrongly typed flag is reported above; the checks below then treat it as false.
    boolean official = Boolean.TRUE.equals(j.official());
    boolean nonStatistical = Boolean.TRUE.equals(j.nonStatistical());
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
    if (!official && (j.note() == null || j.note().isBlank())) {
      problems.add(path + ".note: a complementary indicator must say in 'note' why it exists");
    }
    ProgressTarget pt = null;
    JsonNode ptNode = j.progressTarget();
    if (ptNode == null) {
      problems.add(path + ".progress_target: required (null when the framework gives no target)");
    } else if (!ptNode.isNull()) {
      pt = progressTarget(ptNode, path + ".progress_target", problems);
      if (nonStatistical) {
        problems.add(path + ".progress_target: a non-statistical indicator cannot have a target");
      }
    }
    List<SdgSeries> series =
        each(j.series(), path + ".series", problems, (n, p, s) -> series(n, p, code, official, s));
    if (problems.size() > before || targetCode == null) {
      return null;
    }
    return new SdgIndicator(
        code, targetCode, j.text(), official, pt, nonStatistical, j.note(), series);
  }

  private static ProgressTarget progressTarget(JsonNode node, String path, List<String> problems) {
    int before = problems.size();
    CatalogueJson.Progress j =
        bind(node, path, ": must be an object or null", CatalogueJson.PROGRESS, problems);
    if (j == null) {
      return null;
    }
    Direction direction = null;
    if (j.direction() != null) {
      direction = Direction.parse(j.direction()).orElse(null);
      if (direction == null) {
        problems.add(path + ".direction: '" + j.direction() + "' must be increase or decrease");
      }
    }
    if (j.year() != null && (j.year() < 2015 || j.year() > 2100)) {
      problems.add(path + ".year: " + CatalogueJson.Progress.YEAR);
    }
    if (problems.size() > before) {
      return null;
    }
    return new ProgressTarget(j.label(), j.value(), direction, j.year(), j.source());
  }

  /** Binds one series and checks that its code prefix matches the indicator's kind. */
  private static SdgSeries series(
      JsonNode node, String path, String indicatorCode, boolean official, List<String> problems) {
    int before = problems.size();
    CatalogueJson.Series j =
        bind(node, path, ": must be an object", CatalogueJson.SERIES, problems);
    SdgSeries built = j == null ? null : series(j, path, indicatorCode, problems, before);
    String code = j == null ? null : j.code();
    boolean prg = code != null && code.startsWith(SdgSeries.COMPLEMENTARY_PREFIX);
    if (official == prg) {
      problems.add(
          path
              + ".code: "
              + (official
                  ? "PRG_ series belong only to complementary (official: false) indicators"
                  : "series of a complementary indicator must start with PRG_"));
    }
    return problems.size() > before ? null : built;
  }

  private static SdgSeries series(
      CatalogueJson.Series j,
      String path,
      String indicatorCode,
      List<String> problems,
      int before) {
    String code = j.code();
    String unit = j.unit();
    if (code != null && !SERIES_CODE.matcher(code).matches()) {
      problems.add(path + ".code: '" + code + "' is not an upper-case series code");
    }
    if (unit != null && !SdmxUnit.isKnown(unit)) {
      problems.add(
          path
              + ".unit: unknown SDMX unit '"
              + unit
              + "', expected one of "
              + new TreeSet<>(SdmxUnit.KNOWN));
    }
    CrimeDomain domain = null;
    if (j.crimeDomain() != null) {
      domain = CrimeDomain.parse(j.crimeDomain()).orElse(null);
      if (domain == null) {
        problems.add(path + ".crime_domain: '" + j.crimeDomain() + "' must be TIP, SOM or BOTH");
      }
    }
    ValueScale scale = null;
    if (j.valueScale() != null) {
      scale = ValueScale.parse(j.valueScale()).orElse(null);
      if (scale == null) {
        problems.add(path + ".value_scale: '" + j.valueScale() + "' must be binary or score");
      }
    }
    boolean personCount = Boolean.TRUE.equals(j.personCount());
    if (personCount && (!SdmxUnit.NUMBER.equals(unit) || scale != null)) {
      problems.add(
          path + ".person_count: only count series (unit NUMBER, no value_scale) count persons");
    }
    // A missing indicator code is reported by the indicator; then no series is built.
    if (problems.size() > before || indicatorCode == null) {
      return null;
    }
    return new SdgSeries(
        code, indicatorCode, j.description(), unit, personCount, domain, scale, j.note());
  }

  /** Reads one element of a nested array; null when it has problems (already reported). */
  private interface Element<T> {
    T read(JsonNode node, String path, List<String> problems);
  }

  /** Reads every element of a required non-empty array, keeping those without problems. */
  private static <T> List<T> each(
      JsonNode arr, String path, List<String> problems, Element<T> element) {
    List<T> out = new ArrayList<>();
    if (arr == null || !arr.isArray() || arr.isEmpty()) {
      problems.add(path + ": required non-empty array");
      return out;
    }
    for (int i = 0; i < arr.size(); i++) {
      T t = element.read(arr.get(i), path + "[" + i + "]", problems);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  private static <T> T bind(
      JsonNode node,
      String path,
      String notObject,
      CatalogueShape.Table<T> table,
      List<String> problems) {
    return CatalogueShape.bind(MAPPER, node, path, notObject, table, problems);
  }
}
