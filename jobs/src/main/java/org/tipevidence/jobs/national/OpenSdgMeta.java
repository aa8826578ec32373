package org.tipevidence.jobs.national;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tipevidence.common.codes.CountryCodes;

/**
 * Driver-side facts about Open SDG files, all from names and tiny text files: the indicator from
 * the file name, the country from the folder, the unit label from the metadata file.
 */
final class OpenSdgMeta {
  /** Folder names of the national platforms we know; {@code country.txt} overrides. */
  static final Map<String, String> COUNTRY_FOLDERS =
      Map.of("uk", "GBR", "united-kingdom", "GBR", "moldova", "MDA", "jamaica", "JAM");

  private OpenSdgMeta() {}

  /**
   * {@code indicator_16-2-2.csv} → {@code 16.2.2}; {@code indicator_8-7-1-a.csv} → {@code 8.7.1.a}.
   */
  static String indicatorOf(String fileName) {
    String id = fileName.replaceFirst("^indicator_", "").replaceFirst("\\.csv$", "");
    return id.replace('-', '.');
  }

  /** The file's id as used by meta files: {@code indicator_16-2-2.csv} → {@code 16-2-2}. */
  static String idOf(String fileName) {
    return fileName.replaceFirst("^indicator_", "").replaceFirst("\\.csv$", "");
  }

  /**
   * ISO3 of {@code opensdg/<folder>/}: the first non-blank line of {@code country.txt} when
   * present, else the known folder names, else the folder name itself when it is an ISO3 code.
   */
  static Optional<String> country(String folder, Optional<String> countryTxt) {
    if (countryTxt.isPresent()) {
      return countryTxt
          .get()
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty())
          .findFirst()
          .flatMap(CountryCodes::normaliseCountry);
    }
    String known = COUNTRY_FOLDERS.get(folder.toLowerCase(Locale.ROOT));
    return known != null ? Optional.of(known) : CountryCodes.normaliseCountry(folder);
  }

  /**
   * The unit label in a metadata file: {@code UNIT_MEASURE:} (Open SDG YAML, value possibly on the
   * following indented lines) or {@code computation_units:} (front matter of {@code .md}).
   */
  static Optional<String> unitLabel(String meta) {
    String[] lines = meta.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      for (String key : new String[] {"UNIT_MEASURE:", "computation_units:"}) {
        if (line.startsWith(key)) {
          String value = line.substring(key.length()).strip();
          if (value.isEmpty() || value.equals(">-") || value.equals(">") || value.equals("|")) {
            StringBuilder sb = new StringBuilder();
            for (int j = i + 1; j < lines.length && lines[j].startsWith(" "); j++) {
              sb.append(' ').append(lines[j].strip());
            }
            value = sb.toString().strip();
          }
          value = value.replaceAll("^['\"]|['\"]$", "");
          if (!value.isEmpty()) {
            return Optional.of(value);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A unit label ("Number", "Percentage (%)", "per 100.000 population", "Number of refugees per
   * 100,000 population") → NUMBER, PERCENT or PER_100000_POP; anything else → empty.
   */
  static Optional<String> unit(String label) {
    if (label == null || label.isBlank()) {
      return Optional.empty();
    }
    String l = label.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
    if (l.matches(".*100[ .,]?000.*")) {
      return Optional.of("PER_100000_POP");
    }
    if (l.contains("percent") || l.contains("%") || l.contains("proportion")) {
      return Optional.of("PERCENT");
    }
    if (l.startsWith("number") || l.matches("counts?|persons|people|victims")) {
      return Optional.of("NUMBER");
    }
    return Optional.empty();
  }
}
