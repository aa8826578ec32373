package org.tipevidence.common.iati;

/**
 * An IATI actual as a submission row: the same fields as a CSV submission (docs/INPUTS.md), plus
 * the reader's error ({@code "reason_code: detail"}) when an IATI-specific rule failed, null
 * otherwise. Fields are filled even with an error so the quarantine shows what was read.
 */
public record IatiRow(
    String programmeId,
    String country,
    String indicatorCode,
    String period,
    String sex,
    String ageGroup,
    String exploitationForm,
    String value,
    String reportedAt,
    String submittedBy,
    String error) {

  /** The field named as in a CSV submission header. */
  public String field(String column) {
    return switch (column) {
      case "programme_id" -> programmeId;
      case "country_iso3" -> country;
      case "indicator_code" -> indicatorCode;
      case "period" -> period;
      case "sex" -> sex;
      case "age_group" -> ageGroup;
      case "exploitation_form" -> exploitationForm;
      case "value" -> value;
      case "reported_at" -> reportedAt;
      case "submitted_by" -> submittedBy;
      default -> throw new IllegalArgumentException("not a submission column: " + column);
    };
  }
}
