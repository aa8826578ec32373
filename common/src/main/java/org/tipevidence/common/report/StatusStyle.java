package org.tipevidence.common.report;

import java.util.List;

/**
 * Progress statuses as the report shows them. Colours are ColorBrewer's RdYlBu (a diverging scheme
 * marked safe for colour-blind readers) plus greys; every cell also carries the status's symbol and
 * label, so nothing depends on telling colours apart.
 */
public enum StatusStyle {
  TARGET_ACHIEVED("target_achieved", "Target achieved", "★", "#2c7bb6", "#ffffff"),
  ON_TRACK("on_track", "On track", "▲", "#abd9e9", "#000000"),
  MODERATE_PROGRESS("moderate_progress", "Moderate progress", "►", "#ffffbf", "#000000"),
  LIMITED_PROGRESS("limited_progress", "Limited progress", "▼", "#fdae61", "#000000"),
  DETERIORATION("deterioration", "Deterioration", "✖", "#d7191c", "#ffffff"),
  INSUFFICIENT_DATA("insufficient_data", "Insufficient data", "?", "#e0e0e0", "#000000"),
  NOT_ASSESSABLE("not_assessable", "Not assessable", "–", "#9e9e9e", "#000000");

  public final String code;
  public final String label;
  public final String symbol;
  public final String fill;
  public final String ink;

  StatusStyle(String code, String label, String symbol, String fill, String ink) {
    this.code = code;
    this.label = label;
    this.symbol = symbol;
    this.fill = fill;
    this.ink = ink;
  }

  /** Best to worst, then the two codes without a verdict. */
  public static List<StatusStyle> ordered() {
    return List.of(values());
  }

  /** The style of a status code; null for null or an unknown code. */
  public static StatusStyle of(String code) {
    for (StatusStyle s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    return null;
  }

  /** "▲ On track", or the code itself when unknown, "none" for null. */
  public static String describe(String code) {
    StatusStyle s = of(code);
    return s == null ? (code == null ? "none" : code) : s.symbol + " " + s.label;
  }
}
