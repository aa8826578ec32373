package org.tipevidence.jobs.validate;

import java.util.List;
import org.tipevidence.common.validation.SubmissionFields;

/** Column names of outcome submissions (docs/INPUTS.md; the list is common's SubmissionFields). */
public final class SubmissionColumns {
  public static final String PROGRAMME_ID = SubmissionFields.PROGRAMME_ID;
  public static final String COUNTRY = SubmissionFields.COUNTRY;
  public static final String INDICATOR = SubmissionFields.INDICATOR;
  public static final String PERIOD = SubmissionFields.PERIOD;
  public static final String SEX = SubmissionFields.SEX;
  public static final String AGE = SubmissionFields.AGE;
  public static final String FORM = SubmissionFields.FORM;
  public static final String VALUE = SubmissionFields.VALUE;
  public static final String REPORTED_AT = SubmissionFields.REPORTED_AT;
  public static final String SUBMITTED_BY = SubmissionFields.SUBMITTED_BY;

  public static final List<String> ALL = SubmissionFields.ALL;

  /** The resubmission key: two rows with the same key describe the same figure. */
  public static final List<String> KEY =
      List.of(PROGRAMME_ID, COUNTRY, INDICATOR, PERIOD, SEX, AGE, FORM);

  private SubmissionColumns() {}
}
