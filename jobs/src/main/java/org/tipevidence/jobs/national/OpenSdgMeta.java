package org.tipevidence.jobs.national;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tipevidence.common.codes.CountryCodes;

/**
 * Driver-side facts about Open SDG files, all from names and tiny text files: the indicator from
 * the file name, the country from the folder.
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
}
