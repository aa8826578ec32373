package org.tipevidence.common.validation;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why an input row was quarantined. Codes are a contract: analysts group quarantine by them and
 * downstream dashboards filter on them, so they never change spelling; new ones may be added.
 *
 * <p>The declaration order is the order in which row rules are checked: a row is quarantined for
 * the first rule it breaks, so the fix a user sees first is the most basic one.
 */
public enum ReasonCode {
  HEADER_MISMATCH("the file's header does not match the expected columns", "rename the columns"),
  MALFORMED_RECORD(
      "the record cannot be parsed", "fix the quoting or the number of fields on this line"),
  MISSING_REQUIRED_FIELD("a required field is empty", "fill in the field"),
  UNKNOWN_PROGRAMME(
      "the programme_id is not in programmes.csv", "correct the id or register the programme"),
  INVALID_COUNTRY_CODE(
      "not an ISO 3166-1 alpha-3 country code", "use the three-letter code, e.g. NPL for Nepal"),
  COUNTRY_NOT_IN_PROGRAMME(
      "the country is not one of the programme's countries",
      "correct the country or add it to the programme's countries in programmes.csv"),
  INVALID_PERIOD("the period is not YYYY or YYYY-Qn", "write e.g. 2021 or 2021-Q3"),
  PERIOD_OUTSIDE_PROGRAMME(
      "the period lies outside the programme's start and end dates",
      "correct the period or the programme dates"),
  UNKNOWN_DISAGGREGATION_CODE(
      "unknown disaggregation code", "use a code listed in docs/INPUTS.md (e.g. F, M, _T)"),
  UNMAPPED_INDICATOR(
      "the indicator_code is not in indicator-map.json",
      "correct the code or add the indicator to the mapping (see README, 'Adding an indicator')"),
  CRIME_TYPE_MISMATCH(
      "the indicator's crime type differs from the programme's",
      "trafficking (TIP) and smuggling (SOM) figures are kept apart: report this indicator under"
          + " a programme of the same crime type"),
  UNPARSEABLE_NUMBER(
      "the value is not a finite number written in plain decimal",
      "write a plain number such as 12, -3.5 or 1.2e3 (no Infinity, NaN, hex or suffixes)"),
  NEGATIVE_COUNT("a count cannot be negative", "correct the value"),
  PERCENTAGE_OUT_OF_RANGE("a percentage must lie between 0 and 100", "correct the value"),
  INVALID_TIMESTAMP("reported_at is not an ISO 8601 timestamp", "write e.g. 2024-03-01T10:00:00Z"),
  MISSING_POPULATION(
      "no population for this country and year, needed for the per-100,000 rate",
      "add the country and year to population.csv"),
  CONFLICTING_DUPLICATE(
      "another row with the same key and the same reported_at has a different value",
      "resubmit the correct value with a later reported_at"),
  DUPLICATE_ROW("an identical row was already accepted", "remove the duplicate"),
  SUPERSEDED(
      "a later submission (newer reported_at) replaced this row", "nothing to fix: kept for audit"),
  IMPLAUSIBLE_VALUE(
      "the value is far beyond anything this country has reported",
      "check the figure at source; correct it if it is a typo"),
  INVALID_VALUE("a field holds a value outside its allowed set", "use an allowed value"),
  UNKNOWN_VOCABULARY_TERM(
      "the term is not in the evidence vocabulary",
      "use one of the allowed terms listed here and in docs/evidence.md"),
  OUT_OF_SCOPE(
      "the row is not part of any SDG catalogue series (kept for audit, not an error)",
      "nothing to fix; map it to a catalogue series if it should count"),
  INVALID_TEXT_ENCODING(
      "the text is not valid UTF-8, or a field the pipeline needs contains U+FFFD replacement"
          + " characters (text lost in an encoding conversion)",
      "re-export the file as UTF-8 from the original"),
  NO_VALUE(
      "the source publishes no value for this row (blank cell: no data or suppressed)",
      "nothing to fix: kept for audit"),
  INVALID_CAPTURE_TABLE(
      "the capture-history table cannot be used as given, so none of its rows is used",
      "fix the problem named above in that file and line, then resend the whole table"
          + " (docs/dark-figure.md)"),
  MAPPING_MISMATCH(
      "the file's own description of the indicator (IATI measure, ascending or SDG reference)"
          + " contradicts its indicator-map.json entry",
      "correct the indicator in the IATI file, or the mapping entry if the file is right"),
  FRACTIONAL_COUNT(
      "a count of persons must be a whole number",
      "write the whole number of persons (e.g. 3, not 3.5)"),
  UNMAPPED_DHIS2_CODE(
      "a DHIS2 dataElement, orgUnit or categoryOptionCombo is not in dhis2-map.json",
      "add the identifier to dhis2-map.json (docs/INPUTS.md, DHIS2) or correct the export"),
  UNSUPPORTED_PERIOD(
      "the DHIS2 period has no project period (only calendar years and quarters do)",
      "export the data element from DHIS2 with a yearly (2021) or quarterly (2021Q3) period"),
  ;

  private final String problem;
  private final String fix;

  ReasonCode(String problem, String fix) {
    this.problem = problem;
    this.fix = fix;
  }

  /** The stable lower_snake_case code written to {@code quarantine.reason_code}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether the row needs fixing. Superseded rows are the normal trace of a correction, out of
   * scope rows are national figures no catalogue series carries, and no-value rows are blank cells
   * a source publishes on purpose: all are kept for audit and do not make {@code validate} fail.
   */
  public boolean isError() {
    return this != SUPERSEDED && this != OUT_OF_SCOPE && this != NO_VALUE;
  }

  public String problem() {
    return problem;
  }

  public String fix() {
    return fix;
  }

  /** "problem (fix)", the human text written to {@code quarantine.reason}. */
  public String describe(String detail) {
    String what = detail == null || detail.isBlank() ? problem : problem + ": " + detail;
    return what + " (" + fix + ")";
  }

  public static Optional<ReasonCode> fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
  }
}
