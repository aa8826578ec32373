package org.tipevidence.common.report;

import org.tipevidence.common.text.FormulaGuard;

/**
 * Text for the HTML report: every value is neutralised (input text can hold spreadsheet formulas,
 * and people copy report tables into spreadsheets) and then HTML-escaped (input text can hold
 * markup). The one way text reaches the page or an SVG.
 */
public final class Text {
  private Text() {}

  /** {@code value} safe as HTML text or as a quoted attribute value; "" for null. */
  public static String html(String value) {
    if (value == null) {
      return "";
    }
    String text = FormulaGuard.neutralise(value);
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '`' -> out.append("&#96;");
        default -> {
          // Control characters other than tab and newline have no place in a report.
          if (c < 0x20 && c != '\t' && c != '\n') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
