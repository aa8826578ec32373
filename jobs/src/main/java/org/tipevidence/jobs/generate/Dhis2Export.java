package org.tipevidence.jobs.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Synthetic submissions written as one DHIS2 dataValueSet file, streamed value by value (any size,
 * constant memory), with the {@code dhis2-map.json} that maps them back: for the scale benchmark of
 * the DHIS2 reader. Identifiers are made from the submission fields ({@code de-<indicator>}, {@code
 * ou-<programme>-<country>}, {@code coc-<sex>-<age>-<form>}).
 */
final class Dhis2Export {
  /**
   * Broken rows whose bad field is a DHIS2 identifier: no mapping entry exists for it, so the DHIS2
   * reader quarantines them as {@code unmapped_dhis2_code} before the submission rules see them.
   */
  private static final Set<String> UNMAPPED =
      Set.of(
          "unknown_programme",
          "invalid_country_code",
          "country_not_in_programme",
          "unmapped_indicator",
          "unknown_disaggregation_code");

  private final Writer out;
  private boolean first = true;

  Dhis2Export(Writer out) throws IOException {
    this.out = out;
    out.write("{\"dataSet\": \"synthetic\", \"dataValues\": [\n");
  }

  /** The reason a row broken for {@code kind} gets when it is sent as a DHIS2 value. */
  static String reason(String kind) {
    return UNMAPPED.contains(kind) ? "unmapped_dhis2_code" : kind;
  }

  /** One data value from a submission row (SyntheticInput.HEADER order). */
  void value(String[] r) throws IOException {
    separate();
    out.write("{\"dataElement\": \"de-" + r[2] + "\", \"period\": \"" + r[3].replace("-", ""));
    out.write("\", \"orgUnit\": \"" + orgUnit(r[0], r[1]));
    out.write("\", \"categoryOptionCombo\": \"coc-" + r[4] + "-" + r[5] + "-" + r[6]);
    out.write("\", \"attributeOptionCombo\": \"HllvX50cXC0\", \"value\": \"" + r[7]);
    out.write("\", \"storedBy\": \"" + r[9] + "\", \"lastUpdated\": \"");
    out.write(r[8].endsWith("Z") ? r[8].replace("Z", ".000") : r[8]);
    out.write("\"}");
  }

  /** A data value that is no flat object (a malformed_record). */
  void malformed() throws IOException {
    separate();
    out.write("{\"dataElement\": \"de-VICTIMS_IDENTIFIED\", \"value\": {\"broken\": true}}");
  }

  void end() throws IOException {
    out.write("\n]}\n");
  }

  private void separate() throws IOException {
    if (!first) {
      out.write(",\n");
    }
    first = false;
  }

  private static String orgUnit(String programme, String country) {
    return "ou-" + programme + "-" + country;
  }

  /** The mapping: every local code, every code combination, every programme × country. */
  static void writeMapping(Path file, List<String> localCodes, Map<String, List<String>> countries)
      throws IOException {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("mapping_version", "generated");
    ObjectNode elements = root.putObject("data_elements");
    localCodes.forEach(c -> elements.put("de-" + c, c));
    ObjectNode combos = root.putObject("category_option_combos");
    for (String sex : List.of("F", "M", "_T")) {
      for (String age : List.of("Y0T17", "Y_GE18", "_T")) {
        for (String form : List.of("SEX_EXPL", "FRC_LAB", "ORG_REM", "OTH_PUR", "_T")) {
          ObjectNode c = combos.putObject("coc-" + sex + "-" + age + "-" + form);
          c.put("sex", sex).put("age_group", age).put("exploitation_form", form);
        }
      }
    }
    ObjectNode units = root.putObject("org_units");
    countries.forEach(
        (programme, list) ->
            list.forEach(
                c ->
                    units
                        .putObject(orgUnit(programme, c))
                        .put("programme_id", programme)
                        .put("country_iso3", c)));
    Files.writeString(file, root.toPrettyString());
  }
}
