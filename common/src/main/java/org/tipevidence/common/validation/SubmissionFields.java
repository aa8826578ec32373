package org.tipevidence.common.validation;

import java.util.List;

/**
 * The fields of an outcome submission (docs/INPUTS.md), in file order: one list for the CSV reader,
 * the DHIS2 and IATI translators and the generator, so every format yields the same record shape.
 */
public final class SubmissionFields {
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

  private SubmissionFields() {}
}
