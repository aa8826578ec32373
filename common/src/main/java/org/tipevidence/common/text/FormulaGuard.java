package org.tipevidence.common.text;

/**
 * Neutralises text that a spreadsheet would run as a formula (OWASP "CSV injection"): a cell that
 * starts with {@code = + - @}, a tab or a carriage return, or their full-width forms, possibly
 * after leading spaces, gets a leading apostrophe so Excel, LibreOffice and Google Sheets show it
 * as text. Apply it to free-text fields of every CSV, HTML or spreadsheet export meant for people;
 * never to numbers (a negative number is not a formula) and never to the restricted raw records,
 * which must stay byte-for-byte as submitted.
 */
public final class FormulaGuard {
  private static final String TRIGGERS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

  private FormulaGuard() {}

  /** True when a spreadsheet could read {@code text} as a formula. */
  public static boolean looksLikeFormula(String text) {
    if (text == null) {
      return false;
    }
    int i = 0;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && TRIGGERS.indexOf(text.charAt(i)) >= 0;
  }

  /** {@code text} unchanged, or with a leading apostrophe when it could run as a formula. */
  public static String neutralise(String text) {
    return looksLikeFormula(text) ? "'" + text : text;
  }
}
