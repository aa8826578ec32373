package org.tipevidence.jobs.evidence;

import java.util.List;

/** Column names of evaluations.csv (docs/INPUTS.md, docs/evidence.md) and its data blocks. */
public final class EvaluationColumns {
  public static final String STUDY_ID = "study_id";
  public static final String PROGRAMME_ID = "programme_id";
  public static final String INTERVENTION = "intervention";
  public static final String OUTCOME = "outcome";
  public static final String DESIGN = "design";
  public static final String RISK_OF_BIAS = "risk_of_bias";
  public static final String YEAR = "year";
  public static final String COUNTRY = "country_iso3";
  public static final String CRIME_TYPE = "crime_type";
  public static final String EFFECT_MEASURE = "effect_measure";
  public static final String EVENTS_TREATMENT = "events_treatment";
  public static final String TOTAL_TREATMENT = "total_treatment";
  public static final String EVENTS_CONTROL = "events_control";
  public static final String TOTAL_CONTROL = "total_control";
  public static final String MEAN_TREATMENT = "mean_treatment";
  public static final String SD_TREATMENT = "sd_treatment";
  public static final String N_TREATMENT = "n_treatment";
  public static final String MEAN_CONTROL = "mean_control";
  public static final String SD_CONTROL = "sd_control";
  public static final String N_CONTROL = "n_control";
  public static final String EFFECT = "effect";
  public static final String EFFECT_SE = "effect_se";
  public static final String EFFECT_CI_LOW = "effect_ci_low";
  public static final String EFFECT_CI_HIGH = "effect_ci_high";
  public static final String SOURCE = "source";

  public static final List<String> ALL =
      List.of(
          STUDY_ID,
          PROGRAMME_ID,
          INTERVENTION,
          OUTCOME,
          DESIGN,
          RISK_OF_BIAS,
          YEAR,
          COUNTRY,
          CRIME_TYPE,
          EFFECT_MEASURE,
          EVENTS_TREATMENT,
          TOTAL_TREATMENT,
          EVENTS_CONTROL,
          TOTAL_CONTROL,
          MEAN_TREATMENT,
          SD_TREATMENT,
          N_TREATMENT,
          MEAN_CONTROL,
          SD_CONTROL,
          N_CONTROL,
          EFFECT,
          EFFECT_SE,
          EFFECT_CI_LOW,
          EFFECT_CI_HIGH,
          SOURCE);

  /** Required on every row, in the order a missing one is reported. */
  public static final List<String> REQUIRED =
      List.of(STUDY_ID, INTERVENTION, OUTCOME, DESIGN, RISK_OF_BIAS, YEAR, COUNTRY, CRIME_TYPE);

  /** Data block: a 2x2 table (all four needed). */
  public static final List<String> TWO_BY_TWO =
      List.of(EVENTS_TREATMENT, TOTAL_TREATMENT, EVENTS_CONTROL, TOTAL_CONTROL);

  /** Data block: means, SDs and sizes per arm (all six needed). */
  public static final List<String> MEANS =
      List.of(MEAN_TREATMENT, SD_TREATMENT, N_TREATMENT, MEAN_CONTROL, SD_CONTROL, N_CONTROL);

  /** Data block: a precomputed effect with its SE or its 95% CI (or both). */
  public static final List<String> PRECOMPUTED =
      List.of(EFFECT, EFFECT_SE, EFFECT_CI_LOW, EFFECT_CI_HIGH);

  /** Columns that must hold whole numbers (counts and arm sizes). */
  public static final List<String> WHOLE_NUMBERS =
      List.of(
          EVENTS_TREATMENT, TOTAL_TREATMENT, EVENTS_CONTROL, TOTAL_CONTROL, N_TREATMENT, N_CONTROL);

  /** Columns that hold decimal numbers. */
  public static final List<String> DECIMALS =
      List.of(
          MEAN_TREATMENT,
          SD_TREATMENT,
          MEAN_CONTROL,
          SD_CONTROL,
          EFFECT,
          EFFECT_SE,
          EFFECT_CI_LOW,
          EFFECT_CI_HIGH);

  /** Suffix of the parsed copy of a numeric column. */
  public static final String NUM = "_num";

  private EvaluationColumns() {}
}
