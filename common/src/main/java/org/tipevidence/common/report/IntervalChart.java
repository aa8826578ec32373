package org.tipevidence.common.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The dark figure per country and period: the detected victims (a bar, or a hatched "withheld" mark
 * when disclosure control removed it), the estimated total with its interval, and the sensitivity
 * estimate of another model as a hollow marker, so readers see how much the figure depends on the
 * model.
 */
public final class IntervalChart {
  /** One country × period; {@code observed} null when withheld. */
  public record Row(
      String label,
      Double observed,
      double estimate,
      double low,
      double high,
      Double sensitivity,
      String sensitivityLabel) {}

  private static final double LABEL_WIDTH = 120;
  private static final double ROW = 44;
  private static final double W = 720;

  private IntervalChart() {}

  public static String render(String title, List<Row> rows) {
    List<Double> all = new ArrayList<>(List.of(0.0));
    for (Row r : rows) {
      all.add(r.high());
      all.add(r.estimate());
      if (r.sensitivity() != null) {
        all.add(r.sensitivity());
      }
    }
    double hi = all.stream().filter(Double::isFinite).mapToDouble(d -> d).max().orElse(1);
    Scale x = Scale.of(0, hi * 1.05, LABEL_WIDTH, W - 20);
    double height = rows.size() * ROW + 70;
    Svg svg = new Svg(W, height, title);
    double bottom = rows.size() * ROW + 10;
    for (double t : x.ticks(6)) {
      svg.line(x.at(t), 6, x.at(t), bottom, "#eeeeee", 1);
      svg.text(x.at(t), bottom + 14, Numbers.number(t), "middle", "s");
    }
    svg.text(
        (LABEL_WIDTH + W) / 2,
        bottom + 30,
        "victims (detected and estimated total)",
        "middle",
        "s");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      double y = 10 + i * ROW;
      svg.text(LABEL_WIDTH - 8, y + ROW / 2, r.label(), "end", "t");
      if (r.observed() == null) {
        svg.rect(LABEL_WIDTH, y + 6, 30, 12, "url(#hatch)", "stroke=\"#777777\"");
        svg.text(LABEL_WIDTH + 36, y + 16, "detected: withheld", "start", "s");
      } else {
        svg.group(
            "detected: " + Numbers.number(r.observed()),
            () ->
                svg.rect(
                    LABEL_WIDTH, y + 6, x.at(r.observed()) - LABEL_WIDTH, 12, "#bdbdbd", null));
        svg.text(
            x.at(r.observed()) + 4,
            y + 16,
            "detected " + Numbers.number(r.observed()),
            "start",
            "s");
      }
      double ey = y + 30;
      String tip =
          "estimated total "
              + Numbers.number(r.estimate())
              + ", 95 % interval "
              + Numbers.number(r.low())
              + " to "
              + Numbers.number(r.high());
      svg.group(
          tip,
          () -> {
            svg.line(x.at(r.low()), ey, x.at(r.high()), ey, "#2c7bb6", 3);
            svg.line(x.at(r.low()), ey - 5, x.at(r.low()), ey + 5, "#2c7bb6", 2);
            svg.line(x.at(r.high()), ey - 5, x.at(r.high()), ey + 5, "#2c7bb6", 2);
            svg.circle(x.at(r.estimate()), ey, 5, "#2c7bb6", "#1a1a1a");
          });
      if (r.sensitivity() != null) {
        svg.group(
            r.sensitivityLabel() + ": " + Numbers.number(r.sensitivity()),
            () ->
                svg.poly(
                    new double[] {
                      x.at(r.sensitivity()) - 6, x.at(r.sensitivity()) + 6, x.at(r.sensitivity())
                    },
                    new double[] {ey - 6, ey - 6, ey + 5},
                    "#ffffff",
                    "#d7191c",
                    2));
      }
    }
    return svg.toString();
  }
}
