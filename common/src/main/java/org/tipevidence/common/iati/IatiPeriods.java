package org.tipevidence.common.iati;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * IATI {@code period-start}/{@code period-end} dates as the project's periods: a calendar year
 * ({@code 2021-01-01..2021-12-31} → {@code 2021}) or a calendar quarter ({@code
 * 2021-07-01..2021-09-30} → {@code 2021-Q3}). Any other span (a month, a financial year, the life
 * of a fund) is not comparable with annual series and is refused with the reason.
 */
public final class IatiPeriods {
  private IatiPeriods() {}

  /** The period code, or null when the span is not a calendar year or quarter. */
  public static String period(String start, String end) {
    LocalDate s = date(start);
    LocalDate e = date(end);
    if (s == null || e == null || s.getYear() != e.getYear() || s.getDayOfMonth() != 1) {
      return null;
    }
    boolean endsMonth = e.getDayOfMonth() == e.lengthOfMonth();
    if (s.getMonthValue() == 1 && e.getMonthValue() == 12 && endsMonth) {
      return Integer.toString(s.getYear());
    }
    boolean quarterStart = (s.getMonthValue() - 1) % 3 == 0;
    if (quarterStart && e.getMonthValue() == s.getMonthValue() + 2 && endsMonth) {
      return s.getYear() + "-Q" + ((s.getMonthValue() - 1) / 3 + 1);
    }
    return null;
  }

  /** Why {@link #period} gave null, for the quarantine reason. */
  public static String problem(String start, String end) {
    if (date(start) == null || date(end) == null) {
      return "period-start/period-end @iso-date '"
          + start
          + "'..'"
          + end
          + "' are not both YYYY-MM-DD dates";
    }
    return "period "
        + start
        + ".."
        + end
        + " is not a calendar year (YYYY-01-01..YYYY-12-31) nor a calendar quarter; report"
        + " annual or quarterly periods";
  }

  static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    try {
      // IATI allows a time zone suffix on xsd:date (2021-01-01Z); the day is what counts.
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
