package org.tipevidence.common.dhis2;

import java.util.List;
import java.util.regex.Pattern;
import org.tipevidence.common.validation.SubmissionFields;

/**
 * A DHIS2 data value as a raw submission record: the same fields as a CSV submission, so the same
 * row rules, resubmission rules and conform apply and figures are identical however they are sent.
 * Only what needs the mapping is decided here; everything else (value, timestamp, programme and
 * country checks) is left to the submission rules.
 *
 * @param fields submission fields in the order of {@link #COLUMNS}
 * @param error null, or {@code reason_code: detail and fix} when the value cannot be translated
 */
public record Dhis2Translation(List<String> fields, String error) {
  /** The submission columns of docs/INPUTS.md, in order. */
  public static final List<String> COLUMNS = SubmissionFields.ALL;

  public static final String UNMAPPED = "unmapped_dhis2_code: ";
  public static final String UNSUPPORTED_PERIOD = "unsupported_period: ";
  public static final String NO_VALUE = "no_value: ";

  // DHIS2 writes lastUpdated without a zone (server time, taken as UTC) or with +hhmm.
  private static final Pattern NO_ZONE = Pattern.compile(".*T[0-9:.]+");
  private static final Pattern COMPACT_OFFSET = Pattern.compile("(.*[+-][0-9]{2})([0-9]{2})");

  public static Dhis2Translation of(Dhis2Value v, Dhis2Mapping mapping) {
    String indicator = mapping.dataElements().get(blankToNull(v.dataElement()));
    Dhis2Mapping.OrgUnit unit = mapping.orgUnits().get(blankToNull(v.orgUnit()));
    String combo = blankToNull(v.categoryOptionCombo());
    Dhis2Mapping.Disaggregation split =
        combo == null
            ? Dhis2Mapping.Disaggregation.TOTAL
            : mapping.categoryOptionCombos().get(combo);
    Dhis2Period.Result period = Dhis2Period.translate(v.period());
    List<String> fields =
        List.of(
            unit == null ? "" : unit.programmeId(),
            unit == null ? "" : unit.countryIso3(),
            indicator == null ? "" : indicator,
            period.period() == null ? v.period() : period.period(),
            split == null ? "" : split.sex(),
            split == null ? "" : split.ageGroup(),
            split == null ? "" : split.exploitationForm(),
            nullToBlank(v.value()),
            timestamp(v.lastUpdated()),
            nullToBlank(v.storedBy()));
    String error = null;
    if ("true".equalsIgnoreCase(nullToBlank(v.deleted()).strip())) {
      error = NO_VALUE + "the value is marked deleted in DHIS2 (deleted: true)";
    } else if (v.dataElement() != null && !v.dataElement().isBlank() && indicator == null) {
      error = unmapped("dataElement", v.dataElement(), "data_elements");
    } else if (v.orgUnit() != null && !v.orgUnit().isBlank() && unit == null) {
      error = unmapped("orgUnit", v.orgUnit(), "org_units");
    } else if (split == null) {
      error = unmapped("categoryOptionCombo", combo, "category_option_combos");
    } else if (period.problem() != null) {
      error = UNSUPPORTED_PERIOD + period.problem();
    }
    return new Dhis2Translation(fields, error);
  }

  private static String unmapped(String field, String id, String section) {
    return UNMAPPED
        + field
        + " '"
        + id
        + "' is not in dhis2-map.json; add it under \""
        + section
        + "\" (or correct the export)";
  }

  /** DHIS2's lastUpdated as ISO 8601 with a zone, so the submission timestamp rule reads it. */
  static String timestamp(String raw) {
    String t = nullToBlank(raw).strip();
    if (NO_ZONE.matcher(t).matches()) {
      return t + "Z";
    }
    var m = COMPACT_OFFSET.matcher(t);
    return t.contains("T") && m.matches() ? m.group(1) + ":" + m.group(2) : t;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String nullToBlank(String s) {
    return s == null ? "" : s;
  }
}
