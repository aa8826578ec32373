package org.tipevidence.common.text;

import java.math.BigDecimal;
import java.util.List;

/**
 * One RFC 4180 line of an export meant for people and other systems: text cells neutralised by
 * {@link FormulaGuard} and quoted when they hold a comma, quote, CR or LF; numbers in plain
 * notation ({@code 10627}, {@code 15.9}, never {@code 1.0E7}), exactly as {@link Double#toString}
 * would read them back. Null is an empty cell.
 */
public final class CsvLine {
  private CsvLine() {}

  public static String of(List<?> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(cell(cells.get(i)));
    }
    return sb.append("\r\n").toString();
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return number(d);
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    String text = FormulaGuard.neutralise(value.toString());
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  /** Plain notation; non-finite values have no CSV form and are left empty. */
  static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "";
    }
    String plain = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    return plain.equals("-0") ? "0" : plain;
  }
}
