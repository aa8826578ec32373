package org.tipevidence.common.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers formatted for people: thousands separators, at most the precision that means something, a
 * real minus sign (U+2212, so a negative number is never read as a spreadsheet formula), the unit,
 * and "withheld" where disclosure control removed a value.
 */
public final class Numbers {
  public static final String WITHHELD = "withheld";
  public static final String NONE = "–";
  private static final char MINUS = '\u2212';

  private Numbers() {}

  /** A count or measure with sensible precision: 12,345 / 12.3 / 0.123; "–" for null/NaN. */
  public static String number(Double value) {
    if (value == null || !Double.isFinite(value)) {
      return NONE;
    }
    double abs = Math.abs(value);
    String pattern;
    if (abs >= 1000 || abs == Math.rint(abs)) {
      pattern = "#,##0";
    } else if (abs >= 100) {
      pattern = "#,##0.#";
    } else if (abs >= 1) {
      pattern = "#,##0.##";
    } else {
      pattern = "0.###";
    }
    return format(value, pattern);
  }

  /** A whole number with thousands separators. */
  public static String count(long value) {
    return format(value, "#,##0");
  }

  /** A share in [0, 1] as a percentage: 0.636 → "64 %". */
  public static String share(Double value) {
    if (value == null || !Double.isFinite(value)) {
      return NONE;
    }
    return format(value * 100, "#,##0") + " %";
  }

  /** A value in its unit, or "withheld" when suppressed. */
  public static String value(Double value, String unit, boolean withheld) {
    if (withheld) {
      return WITHHELD;
    }
    if (value == null || !Double.isFinite(value)) {
      return NONE;
    }
    String n = number(value);
    return switch (unit == null ? "" : unit) {
      case "PERCENT" -> n + " %";
      case "PER_100000_POP" -> n + " per 100,000";
      case "CURRENCY_USD" -> "US$ " + n;
      default -> n;
    };
  }

  /** The unit as people say it, for axis titles. */
  public static String unitLabel(String unit) {
    return switch (unit == null ? "" : unit) {
      case "NUMBER" -> "count";
      case "PERCENT" -> "per cent";
      case "PER_100000_POP" -> "per 100,000 population";
      case "CURRENCY_USD" -> "US dollars";
      case "SCORE" -> "score";
      case "BINARY" -> "share of yes (0–1)";
      default -> unit == null ? "" : unit;
    };
  }

  /** Milliseconds as "850 ms", "12.3 s" or "4 min 05 s". */
  public static String duration(long millis) {
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return format(millis / 1000.0, "0.0") + " s";
    }
    long s = Math.round(millis / 1000.0);
    return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
  }

  private static String format(double value, String pattern) {
    DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    String text = f.format(Math.abs(value));
    boolean negative = value < 0 && !text.chars().allMatch(c -> c == '0' || c == '.' || c == ',');
    return negative ? MINUS + text : text;
  }
}
