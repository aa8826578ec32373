package org.tipevidence.jobs.mse;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tipevidence.common.codes.CountryCodes;

/**
 * What a capture-history table is about: country, reference period and its lists. From its row in
 * {@code mse-tables.csv}, or else from a file name {@code <ISO3>_<period>.csv}.
 *
 * @param file the table's path inside the MSE folder
 * @param countryIso3 ISO 3166-1 alpha-3 code
 * @param period {@code YYYY} or {@code YYYY-Qn}
 * @param listCodes list codes as the metadata gives them, in column order; empty when not given
 * @param listDescriptions list descriptions in the same order; empty when not given
 * @param source "metadata" (with the metadata line) or "file_name"
 */
public record TableIdentity(
    String file,
    String countryIso3,
    String period,
    List<String> listCodes,
    List<String> listDescriptions,
    String source)
    implements Serializable {

  /** Periods accepted for a table (as for submissions). */
  public static final Pattern PERIOD = Pattern.compile("\\d{4}(-Q[1-4])?");

  private static final Pattern FILE_NAME =
      Pattern.compile("([A-Za-z]{3})_(\\d{4}(?:-Q[1-4])?)\\.csv");

  public TableIdentity {
    listCodes = List.copyOf(listCodes);
    listDescriptions = List.copyOf(listDescriptions);
  }

  /**
   * The file-name rule: {@code NLD_2019.csv} is NLD, 2019; the name must be the whole file name.
   */
  public static Optional<TableIdentity> fromFileName(String file) {
    String base = file.substring(file.lastIndexOf('/') + 1);
    Matcher m = FILE_NAME.matcher(base);
    if (!m.matches()) {
      return Optional.empty();
    }
    String iso3 = m.group(1).toUpperCase(Locale.ROOT);
    if (!CountryCodes.isCountry(iso3)) {
      return Optional.empty();
    }
    return Optional.of(
        new TableIdentity(file, iso3, m.group(2), List.of(), List.of(), "file_name"));
  }

  /**
   * Parses {@code CODE=Name;CODE=Name} (blank gives empty lists). Returns null when a part has no
   * code; the metadata rules quarantine such rows before this is called.
   */
  public static List<String[]> parseListNames(String listNames) {
    List<String[]> out = new ArrayList<>();
    if (listNames == null || listNames.isBlank()) {
      return out;
    }
    for (String part : listNames.split(";", -1)) {
      int eq = part.indexOf('=');
      String code = (eq < 0 ? part : part.substring(0, eq)).trim();
      String name = eq < 0 ? "" : part.substring(eq + 1).trim();
      if (code.isEmpty()) {
        return null;
      }
      out.add(new String[] {code, name.isEmpty() ? code : name});
    }
    return out;
  }

  /** Year the table refers to (the first four digits of the period), for the population join. */
  public int year() {
    return Integer.parseInt(period.substring(0, 4));
  }

  /**
   * Null when the metadata's list codes agree with the table header (in order, ignoring case) or
   * give none; otherwise what is wrong and how to fix it.
   */
  public String listMismatch(List<String> headerLists) {
    if (listCodes.isEmpty()) {
      return null;
    }
    boolean same = listCodes.size() == headerLists.size();
    for (int i = 0; same && i < listCodes.size(); i++) {
      same = listCodes.get(i).equalsIgnoreCase(headerLists.get(i));
    }
    return same
        ? null
        : "list_names in "
            + MseFiles.METADATA
            + " give "
            + String.join(",", listCodes)
            + " but the table header has "
            + String.join(",", headerLists)
            + "; list the codes in the header's column order";
  }
}
