package org.tipevidence.common.iati;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.tipevidence.common.number.PlainNumber;

/**
 * Achievement of an IATI period (actual / target) with the rules for targets that are not a usable
 * number, as real results frameworks write them: blank or {@code NULL} (no target), a percentage
 * written with a sign ({@code 80%}, which IATI's decimal {@code @value} cannot hold: the indicator
 * should be a percentage measure with {@code 80}), free text ({@code Baseline +50%}, {@code yes}),
 * and zero (a ratio over zero is undefined, not infinite). Only a plain number over a positive
 * target gives a figure; every other case says which rule applied, so none is dropped silently.
 */
public final class IatiAchievement {
  private static final Pattern PERCENT = Pattern.compile("^[+-]?[0-9]+([.,][0-9]+)?\\s*%$");

  /** What a period's target and actual allow. */
  public enum Status {
    /** Both plain numbers and the target is positive: {@link Result#ratio()} is actual / target. */
    ACHIEVEMENT,
    /** No target: blank or the text NULL. */
    NO_TARGET,
    /** Target written as a percentage with a sign. */
    PERCENT_TARGET,
    /** Target is text, not a number. */
    TEXT_TARGET,
    /** Target is zero (or negative): the ratio is undefined. */
    ZERO_TARGET,
    /** Usable target but no actual yet (blank or NULL). */
    NO_ACTUAL,
    /** Usable target, actual is not a plain number. */
    TEXT_ACTUAL
  }

  /**
   * @param ratio actual / target for {@link Status#ACHIEVEMENT}, else NaN
   */
  public record Result(Status status, double ratio) {}

  private IatiAchievement() {}

  public static Result of(String target, String actual) {
    if (absent(target)) {
      return none(Status.NO_TARGET);
    }
    OptionalDouble t = PlainNumber.parse(target);
    if (t.isEmpty()) {
      return none(
          PERCENT.matcher(target.strip()).matches() ? Status.PERCENT_TARGET : Status.TEXT_TARGET);
    }
    if (t.getAsDouble() <= 0) {
      return none(Status.ZERO_TARGET);
    }
    if (absent(actual)) {
      return none(Status.NO_ACTUAL);
    }
    OptionalDouble a = PlainNumber.parse(actual);
    if (a.isEmpty()) {
      return none(Status.TEXT_ACTUAL);
    }
    return new Result(Status.ACHIEVEMENT, a.getAsDouble() / t.getAsDouble());
  }

  private static boolean absent(String text) {
    return text == null || text.isBlank() || text.strip().toUpperCase(Locale.ROOT).equals("NULL");
  }

  private static Result none(Status status) {
    return new Result(status, Double.NaN);
  }
}
