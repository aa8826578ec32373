package org.tipevidence.common.report;

import java.util.List;

/** Horizontal bars with their labels and values written out (reasons, stage times). */
public final class BarChart {
  /** One bar: its label, its length and the value text written at its end. */
  public record Bar(String label, double value, String valueText) {}

  private static final double LABEL_WIDTH = 230;
  private static final double ROW = 22;

  private BarChart() {}

  public static String render(String title, List<Bar> bars, String colour) {
    double width = 720;
    double height = Math.max(1, bars.size()) * ROW + 10;
    Svg svg = new Svg(width, height, title);
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
    Scale x = Scale.of(0, Math.max(max, 1e-9), LABEL_WIDTH, width - 90);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = 5 + i * ROW;
      svg.text(LABEL_WIDTH - 6, y + 15, bar.label(), "end", "t");
      svg.rect(LABEL_WIDTH, y + 3, x.at(bar.value()) - LABEL_WIDTH, ROW - 6, colour, null);
      svg.text(x.at(bar.value()) + 5, y + 15, bar.valueText(), "start", "t");
    }
    return svg.toString();
  }
}
