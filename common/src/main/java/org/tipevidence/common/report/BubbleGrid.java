package org.tipevidence.common.report;

import java.util.List;
import java.util.Map;

/**
 * The evidence gap map: interventions × outcomes, a bubble per cell whose area grows with the
 * number of studies and whose colour (a single-hue blue ramp, readable without colour vision) and
 * letter give the certainty of the evidence. Empty cells are the gaps.
 */
public final class BubbleGrid {
  /** One cell: number of studies and the certainty code. */
  public record Cell(long studies, String certainty) {}

  /** Certainty codes, high to none, with their fill, letter and label. */
  static final List<String[]> CERTAINTY =
      List.of(
          new String[] {"high", "#08306b", "H", "High"},
          new String[] {"moderate", "#2171b5", "M", "Moderate"},
          new String[] {"low", "#6baed6", "L", "Low"},
          new String[] {"very_low", "#c6dbef", "VL", "Very low"},
          new String[] {"no_evidence", "#ffffff", "", "No evidence"});

  private static final double LABEL_WIDTH = 200;
  private static final double CELL = 46;
  private static final double HEADER = 120;

  private BubbleGrid() {}

  public static String render(
      String title, List<String> rows, List<String> columns, Map<String, Cell> cells) {
    double width = Math.max(760, LABEL_WIDTH + columns.size() * CELL + 10);
    double height = HEADER + rows.size() * CELL + 50;
    Svg svg = new Svg(width, height, title);
    long max = cells.values().stream().mapToLong(Cell::studies).max().orElse(1);
    for (int c = 0; c < columns.size(); c++) {
      double x = LABEL_WIDTH + c * CELL + CELL / 2;
      svg.text(x, HEADER - 6, columns.get(c), "start", "s rot");
    }
    for (int r = 0; r < rows.size(); r++) {
      double y = HEADER + r * CELL;
      svg.text(LABEL_WIDTH - 6, y + CELL / 2 + 4, rows.get(r), "end", "s");
      for (int c = 0; c < columns.size(); c++) {
        double x = LABEL_WIDTH + c * CELL;
        svg.rect(x, y, CELL, CELL, "#ffffff", "stroke=\"#e0e0e0\"");
        Cell cell = cells.get(key(rows.get(r), columns.get(c)));
        if (cell == null || cell.studies() <= 0) {
          continue;
        }
        String[] style = style(cell.certainty());
        double radius = 4 + 16 * Math.sqrt(cell.studies() / (double) Math.max(1, max));
        String tip =
            rows.get(r)
                + " → "
                + columns.get(c)
                + ": "
                + cell.studies()
                + (cell.studies() == 1 ? " study" : " studies")
                + ", certainty "
                + style[3].toLowerCase(java.util.Locale.ROOT);
        double cx = x + CELL / 2;
        double cy = y + CELL / 2;
        svg.group(
            tip,
            () -> {
              svg.circle(cx, cy, radius, style[1], "#1a1a1a");
              boolean dark = style[0].equals("high") || style[0].equals("moderate");
              svg.text(
                  cx,
                  cy + 4,
                  Long.toString(cell.studies()),
                  "middle",
                  dark ? "s ink-light" : "s ink-dark");
            });
      }
    }
    double ly = HEADER + rows.size() * CELL + 20;
    for (int i = 0; i < CERTAINTY.size(); i++) {
      String[] s = CERTAINTY.get(i);
      double lx = 10 + i * 150;
      svg.circle(lx + 8, ly, 8, s[1], "#1a1a1a");
      svg.text(
          lx + 22, ly + 4, "certainty: " + s[3].toLowerCase(java.util.Locale.ROOT), "start", "s");
    }
    svg.text(
        10, ly + 24, "number in the bubble = studies; bubble area grows with it", "start", "s");
    return svg.toString();
  }

  public static String key(String row, String column) {
    return row + "\u0000" + column;
  }

  static String[] style(String certainty) {
    for (String[] s : CERTAINTY) {
      if (s[0].equals(certainty)) {
        return s;
      }
    }
    return new String[] {String.valueOf(certainty), "#f0f0f0", "?", String.valueOf(certainty)};
  }
}
