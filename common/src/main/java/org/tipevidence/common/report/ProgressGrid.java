package org.tipevidence.common.report;

import java.util.List;

/**
 * The UNSD progress-chart layout: one row per SDG target, one column per scope, each cell filled
 * with its status colour and showing the status symbol and number of series; a "could change"
 * marker (◆ in the corner, dashed border) where the status of a series could flip within its
 * trend's confidence interval.
 */
public final class ProgressGrid {
  /** A cell: its status code, the number of series, and whether some series' status could flip. */
  public record Cell(String status, long series, boolean fragile) {}

  private static final double LABEL_WIDTH = 90;
  private static final double CELL_W = 84;
  private static final double CELL_H = 30;
  private static final double HEADER = 42;

  private ProgressGrid() {}

  /** {@code cells.get(row).get(column)} may be null (no series of that target in that scope). */
  public static String render(
      String title, List<String> rows, List<String> columns, List<List<Cell>> cells) {
    double width = LABEL_WIDTH + columns.size() * CELL_W + 10;
    double height = HEADER + rows.size() * CELL_H + 10;
    Svg svg = new Svg(width, height, title);
    for (int c = 0; c < columns.size(); c++) {
      double x = LABEL_WIDTH + c * CELL_W + CELL_W / 2;
      String name = columns.get(c);
      String shown = name.length() > 13 ? name.substring(0, 12) + "…" : name;
      svg.group(name, () -> svg.text(x, HEADER - 8, shown, "middle", "s"));
    }
    for (int r = 0; r < rows.size(); r++) {
      double y = HEADER + r * CELL_H;
      svg.text(LABEL_WIDTH - 8, y + CELL_H / 2 + 4, "Target " + rows.get(r), "end", "t");
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = cells.get(r).get(c);
        double x = LABEL_WIDTH + c * CELL_W;
        if (cell == null) {
          svg.rect(x + 1, y + 1, CELL_W - 2, CELL_H - 2, "#ffffff", "stroke=\"#dddddd\"");
          continue;
        }
        StatusStyle style = StatusStyle.of(cell.status());
        String fill = style == null ? "#ffffff" : style.fill;
        String ink = style == null ? "#000000" : style.ink;
        String tip =
            "Target "
                + rows.get(r)
                + ", "
                + columns.get(c)
                + ": "
                + StatusStyle.describe(cell.status())
                + " ("
                + cell.series()
                + " series"
                + (cell.fragile() ? "; some statuses could change within the trend's CI" : "")
                + ")";
        String border =
            cell.fragile()
                ? "stroke=\"#000000\" stroke-width=\"2\" stroke-dasharray=\"4 2\""
                : "stroke=\"#555555\"";
        svg.group(
            tip,
            () -> {
              svg.rect(x + 1, y + 1, CELL_W - 2, CELL_H - 2, fill, border);
              String symbol = style == null ? "" : style.symbol + " ";
              svg.text(
                  x + CELL_W / 2,
                  y + CELL_H / 2 + 4,
                  symbol + cell.series(),
                  "middle",
                  "ink-" + (ink.equals("#ffffff") ? "light" : "dark"));
              if (cell.fragile()) {
                svg.text(x + CELL_W - 8, y + 12, "◆", "middle", "s ink-marker");
              }
            });
      }
    }
    return svg.toString();
  }

  /** The legend: every status with its colour, symbol and label, and the robustness marker. */
  public static String legend() {
    List<StatusStyle> styles = StatusStyle.ordered();
    Svg svg = new Svg(760, 56, "Legend: progress statuses");
    for (int i = 0; i < styles.size(); i++) {
      StatusStyle s = styles.get(i);
      double x = (i % 4) * 180 + 2;
      double y = (i / 4) * 26 + 2;
      svg.rect(x, y, 22, 20, s.fill, "stroke=\"#555555\"");
      svg.text(
          x + 11, y + 15, s.symbol, "middle", s.ink.equals("#ffffff") ? "ink-light" : "ink-dark");
      svg.text(x + 28, y + 15, s.label, "start", "t");
    }
    svg.rect(542, 28, 22, 20, "#ffffff", "stroke=\"#000000\" stroke-dasharray=\"4 2\"");
    svg.text(553, 43, "◆", "middle", "s");
    svg.text(570, 43, "status could change", "start", "t");
    return svg.toString();
  }
}
