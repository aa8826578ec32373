package org.tipevidence.common.progress;

import org.tipevidence.common.codes.CodeLabel;

/**
 * Method-neutral progress status with stable lower_snake_case codes (written to Parquet, so the
 * codes must never change).
 *
 * <p>How each method's own categories map onto these codes:
 *
 * <ul>
 *   <li><b>open_sdg</b> (Statistics Canada / Open SDG, methods.md §1.d): target_achieved → {@link
 *       #TARGET_ACHIEVED}; substantial_progress ("On track") → {@link #ON_TRACK}; moderate_progress
 *       → {@link #MODERATE_PROGRESS}; limited_progress → {@link #LIMITED_PROGRESS}; deterioration →
 *       {@link #DETERIORATION}; not_available → {@link #INSUFFICIENT_DATA} (too few points) or
 *       {@link #NOT_ASSESSABLE} (e.g. opposite signs).
 *   <li><b>unsd_2022</b> (UNSD Progress Chart 2022, §1.a): "Target Achieved" → {@link
 *       #TARGET_ACHIEVED}; "On Track" / "Substantial progress" → {@link #ON_TRACK}; "Fair progress
 *       but acceleration needed" → {@link #MODERATE_PROGRESS}; "Limited or No Progress" → {@link
 *       #LIMITED_PROGRESS}; "Deterioration" → {@link #DETERIORATION}; "Insufficient Data" → {@link
 *       #INSUFFICIENT_DATA} / {@link #NOT_ASSESSABLE}.
 *   <li><b>expected_2030</b> (EUSTAT adaptation of the 2023 note, §1.a): achieved → {@link
 *       #TARGET_ACHIEVED}; score 3 → {@link #ON_TRACK}; score 2 → {@link #MODERATE_PROGRESS}; score
 *       1 ("Estancamiento o retroceso") → {@link #LIMITED_PROGRESS}; "No evaluado" → {@link
 *       #INSUFFICIENT_DATA} / {@link #NOT_ASSESSABLE}. EUSTAT's 3-level scale cannot distinguish
 *       stagnation from regression, so this method never yields {@link #DETERIORATION}.
 * </ul>
 */
public enum ProgressStatus implements CodeLabel.Carrier {
  TARGET_ACHIEVED("target_achieved", "Target achieved"),
  ON_TRACK("on_track", "On track"),
  MODERATE_PROGRESS("moderate_progress", "Moderate progress, acceleration needed"),
  LIMITED_PROGRESS("limited_progress", "Limited or no progress"),
  DETERIORATION("deterioration", "Deterioration"),
  INSUFFICIENT_DATA("insufficient_data", "Insufficient data"),
  NOT_ASSESSABLE("not_assessable", "Not assessable");

  private final CodeLabel codeLabel;

  ProgressStatus(String code, String label) {
    this.codeLabel = new CodeLabel(code, label);
  }

  @Override
  public CodeLabel codeLabel() {
    return codeLabel;
  }

  /** True for the five statuses that express a trend verdict (not the two "no verdict" ones). */
  public boolean isAssessed() {
    return this != INSUFFICIENT_DATA && this != NOT_ASSESSABLE;
  }

  /** Inverse of {@link #code()}. */
  public static ProgressStatus fromCode(String code) {
    for (ProgressStatus s : values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("Unknown progress status code '" + code + "'");
  }
}
