package org.tipevidence.common.number;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * The one definition of a number in any input file: plain decimal with an optional sign, fraction
 * and exponent ({@code 12}, {@code -3.5}, {@code .5}, {@code 1e3}), and finite once parsed.
 *
 * <p>Java's {@code Double.parseDouble} and Spark's casts also accept {@code Infinity}, {@code NaN},
 * type suffixes ({@code 12d}) and hex ({@code 0x1p4}), and {@code 1e309} overflows to infinity;
 * none of these is a figure anyone meant to publish. Spark rules use {@link #PATTERN} with {@code
 * rlike}; per-row Java readers call {@link #parse}.
 */
public final class PlainNumber {
  /** Anchored regular expression, valid in both Java and Spark SQL ({@code rlike}). */
  public static final String PATTERN = "^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?$";

  private static final Pattern COMPILED = Pattern.compile(PATTERN);

  private PlainNumber() {}

  /** The finite value of a plain decimal (surrounding blanks ignored), or empty. */
  public static OptionalDouble parse(String text) {
    if (text == null) {
      return OptionalDouble.empty();
    }
    String t = text.strip();
    if (!COMPILED.matcher(t).matches()) {
      return OptionalDouble.empty();
    }
    double d = Double.parseDouble(t);
    return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
  }

  /** Whether the text is written as a plain decimal (it may still overflow: see {@link #parse}). */
  public static boolean isPlain(String text) {
    return text != null && COMPILED.matcher(text.strip()).matches();
  }

  /** A finite number with no fractional part, such as a count of persons. */
  public static boolean isWhole(double value) {
    return Double.isFinite(value) && value == Math.rint(value);
  }

  /**
   * Why text is not a usable number, in the submitter's words: for the detail of {@code
   * unparseable_number}.
   */
  public static String problem(String text) {
    String t = text == null ? "" : text.strip();
    if (isPlain(t)) {
      return "'" + t + "' is too large to be a finite number";
    }
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("inf") || lower.contains("nan")) {
      return "'" + t + "' is not a finite number";
    }
    return "'" + t + "' is not a plain decimal number (digits, optional sign, '.' and exponent)";
  }
}
