package org.tipevidence.jobs.validate;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Label-to-code tables for the row rules (keys matched case-insensitively). */
public record CodeTables(
    Map<String, String> sexLabels,
    Map<String, String> ageLabels,
    Map<String, String> formLabels,
    Map<String, String> countryCodes)
    implements Serializable {

  public static CodeTables standard() {
    Map<String, String> countries = new TreeMap<>();
    for (String iso3 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
      countries.put(iso3, iso3);
    }
    countries.put("XKX", "XKX");
    return new CodeTables(
        Map.of("f", "F", "female", "F", "m", "M", "male", "M", "_t", "_T", "total", "_T"),
        Map.of(
            "y0t17", "Y0T17", "<18", "Y0T17", "0-17", "Y0T17", "y_ge18", "Y_GE18", "18+", "Y_GE18",
            "_t", "_T", "total", "_T"),
        Map.of(
            "sex_expl", "SEX_EXPL",
            "frc_lab", "FRC_LAB",
            "org_rem", "ORG_REM",
            "oth_pur", "OTH_PUR",
            "_t", "_T",
            "total", "_T"),
        countries);
  }
}
