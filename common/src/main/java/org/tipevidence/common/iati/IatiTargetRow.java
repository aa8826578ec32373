package org.tipevidence.common.iati;

/**
 * One IATI indicator's baseline and final target as a targets.csv row (docs/INPUTS.md, IATI
 * targets), which then meets the same checks as a targets.csv row. Fields are filled even with an
 * error so the quarantine shows what was read.
 *
 * @param line line of the target element the row stands for
 * @param path that element's XML path
 * @param record what a person needs to find the elements: paths, values, period end, dimensions
 * @param error the IATI rule that failed ({@code "reason_code: detail at PATH"}), else null
 */
public record IatiTargetRow(
    String programmeId,
    String indicatorCode,
    String baselineYear,
    String baselineValue,
    String targetYear,
    String targetValue,
    long line,
    String path,
    String record,
    String error) {

  /** The field named as in the targets.csv header. */
  public String field(String column) {
    return switch (column) {
      case "programme_id" -> programmeId;
      case "indicator_code" -> indicatorCode;
      case "baseline_year" -> baselineYear;
      case "baseline_value" -> baselineValue;
      case "target_year" -> targetYear;
      case "target_value" -> targetValue;
      default -> throw new IllegalArgumentException("not a targets.csv column: " + column);
    };
  }
}
