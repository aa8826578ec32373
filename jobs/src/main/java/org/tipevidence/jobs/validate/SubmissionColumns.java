package org.tipevidence.jobs.validate;

import java.util.List;

/** Column names of outcome submissions (docs/INPUTS.md). */
public final class SubmissionColumns {
  public static final String PROGRAMME_ID = "programme_id";
  public static final String COUNTRY = "country_iso3";
  public static final String INDICATOR = "indicator_code";
  public static final String PERIOD = "period";
  public static final String SEX = "sex";
  public static final String AGE = "age_group";
  public static final String FORM = "exploitation_form";
  public static final String VALUE = "value";
  public static final String REPORTED_AT = "reported_at";
  public static final String SUBMITTED_BY = "submitted_by";

  public static final List<String> ALL =
      List.of(
          PROGRAMME_ID,
          COUNTRY,
          INDICATOR,
          PERIOD,
          SEX,
          AGE,
          FORM,
          VALUE,
          REPORTED_AT,
          SUBMITTED_BY);

  /** The resubmission key: two rows with the same key describe the same figure. */
  public static final List<String> KEY =
      List.of(PROGRAMME_ID, COUNTRY, INDICATOR, PERIOD, SEX, AGE, FORM);

  private SubmissionColumns() {}
}
