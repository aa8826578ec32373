package org.tipevidence.common.dhis2;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DHIS2 period identifiers turned into the project's periods ({@code YYYY} or {@code YYYY-Qn}).
 *
 * <p>Only calendar years and calendar quarters have a project period. Finer periods (days, weeks,
 * months, bi-months) are not summed into quarters: a sum is right only for flow counts, wrong for
 * rates, percentages and stocks, and a quarter missing a month would look complete; the value is
 * quarantined and the fix is to export quarterly or yearly (DHIS2 then aggregates with the data
 * element's own aggregation type). Six-monthly periods and financial years do not line up with
 * calendar years or quarters and are quarantined too. Text that is no DHIS2 period is passed on
 * unchanged, so the usual {@code invalid_period} rule reports it.
 */
public final class Dhis2Period {
  private static final Pattern YEARLY = Pattern.compile("([0-9]{4})");
  private static final Pattern QUARTERLY = Pattern.compile("([0-9]{4})Q([1-4])");

  /** A recognised DHIS2 period type without a project period, and what to tell the user. */
  private record Unsupported(Pattern pattern, String kind, boolean finer) {}

  private static final List<Unsupported> UNSUPPORTED =
      List.of(
          new Unsupported(
              Pattern.compile("[0-9]{4}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])"), "daily", true),
          new Unsupported(
              Pattern.compile("[0-9]{4}(Wed|Thu|Sat|Sun|Bi)?W[0-9]{1,2}"), "weekly", true),
          new Unsupported(Pattern.compile("[0-9]{4}(0[1-9]|1[0-2])"), "monthly", true),
          new Unsupported(Pattern.compile("[0-9]{4}0[1-6]B"), "bi-monthly", true),
          new Unsupported(Pattern.compile("[0-9]{4}NovQ[1-4]"), "a November-based quarter", false),
          new Unsupported(Pattern.compile("[0-9]{4}(April|Nov)?S[12]"), "six-monthly", false),
          new Unsupported(
              Pattern.compile("[0-9]{4}(April|July|Oct|Nov|Sep)"), "a financial year", false));

  /**
   * The project period, or a problem.
   *
   * @param period {@code YYYY} / {@code YYYY-Qn}, or the input unchanged when it is no DHIS2 period
   *     (null when {@code problem} is set)
   * @param problem why the period cannot be used and how to fix it, or null
   */
  public record Result(String period, String problem) {}

  private Dhis2Period() {}

  public static Result translate(String raw) {
    String p = raw == null ? "" : raw.strip();
    if (YEARLY.matcher(p).matches()) {
      return new Result(p, null);
    }
    Matcher q = QUARTERLY.matcher(p);
    if (q.matches()) {
      return new Result(q.group(1) + "-Q" + q.group(2), null);
    }
    for (Unsupported u : UNSUPPORTED) {
      if (u.pattern().matcher(p).matches()) {
        return new Result(null, problem(p, u));
      }
    }
    return new Result(raw, null);
  }

  private static String problem(String period, Unsupported u) {
    String why =
        u.finer()
            ? " is finer than a quarter; values are not summed into quarters (wrong for rates and"
                + " stocks, and an incomplete quarter would look complete)"
            : " does not line up with calendar years or quarters";
    return "period '"
        + period
        + "' is "
        + u.kind()
        + " and"
        + why
        + "; export this data element from DHIS2 with a yearly (2021) or quarterly (2021Q3)"
        + " period";
  }
}
