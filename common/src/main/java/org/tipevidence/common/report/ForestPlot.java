package org.tipevidence.common.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A forest plot: one row per study (estimate and 95 % CI), the pooled estimate as a diamond and the
 * prediction interval as a bar under it. Drawn on the analysis scale (log ratios are symmetric
 * there); tick labels use {@code display}, e.g. exp for a log risk ratio, so people read ratios.
 */
public final class ForestPlot {
  /** An estimate with its interval, on the analysis scale. */
  public record Estimate(String label, double value, double low, double high) {}

  private static final double LABEL_WIDTH = 170;
  private static final double VALUE_WIDTH = 150;
  private static final double ROW = 20;
  private static final double W = 660;

  private ForestPlot() {}

  public static String render(
      String title,
      List<Estimate> studies,
      Estimate pooled,
      Double predictionLow,
      Double predictionHigh,
      String axisLabel,
      DoubleUnaryOperator display) {
    List<Double> all = new ArrayList<>(List.of(0.0, pooled.low(), pooled.high()));
    studies.forEach(
        e -> {
          all.add(e.low());
          all.add(e.high());
        });
    boolean pi = predictionLow != null && predictionHigh != null;
    if (pi) {
      all.add(predictionLow);
      all.add(predictionHigh);
    }
    double lo = all.stream().filter(Double::isFinite).mapToDouble(d -> d).min().orElse(-1);
    double hi = all.stream().filter(Double::isFinite).mapToDouble(d -> d).max().orElse(1);
    double plotRight = W - VALUE_WIDTH;
    Scale x = Scale.of(lo, hi, LABEL_WIDTH, plotRight);
    double height = (studies.size() + 3) * ROW + 34;
    Svg svg = new Svg(W, height, title);
    double bottom = (studies.size() + 2.6) * ROW;
    svg.line(x.at(0), 4, x.at(0), bottom, "#888888", 1, "3 3");
    for (int i = 0; i < studies.size(); i++) {
      Estimate e = studies.get(i);
      double y = (i + 1) * ROW;
      svg.text(LABEL_WIDTH - 6, y + 4, e.label(), "end", "s");
      svg.group(
          e.label() + ": " + interval(e, display),
          () -> {
            svg.line(x.at(e.low()), y, x.at(e.high()), y, "#1a1a1a", 1.2);
            svg.rect(x.at(e.value()) - 4, y - 4, 8, 8, "#1a1a1a", null);
          });
      svg.text(plotRight + 8, y + 4, interval(e, display), "start", "s");
    }
    double py = (studies.size() + 1.3) * ROW;
    svg.text(LABEL_WIDTH - 6, py + 4, pooled.label(), "end", "t b");
    svg.group(
        pooled.label() + ": " + interval(pooled, display),
        () ->
            svg.poly(
                new double[] {
                  x.at(pooled.low()),
                  x.at(pooled.value()),
                  x.at(pooled.high()),
                  x.at(pooled.value())
                },
                new double[] {py, py - 7, py, py + 7},
                "#2c7bb6",
                "#1a1a1a",
                1));
    svg.text(plotRight + 8, py + 4, interval(pooled, display), "start", "s b");
    if (pi) {
      double piY = py + ROW;
      svg.text(LABEL_WIDTH - 6, piY + 4, "95 % prediction interval", "end", "s");
      svg.line(x.at(predictionLow), piY, x.at(predictionHigh), piY, "#d7191c", 3);
      svg.text(
          plotRight + 8,
          piY + 4,
          Numbers.number(display.applyAsDouble(predictionLow))
              + " to "
              + Numbers.number(display.applyAsDouble(predictionHigh)),
          "start",
          "s");
    }
    for (double t : x.ticks(5)) {
      svg.line(x.at(t), bottom, x.at(t), bottom + 4, "#555555", 1);
      svg.text(x.at(t), bottom + 15, Numbers.number(display.applyAsDouble(t)), "middle", "s");
    }
    svg.text((LABEL_WIDTH + plotRight) / 2, bottom + 29, axisLabel, "middle", "s");
    return svg.toString();
  }

  private static String interval(Estimate e, DoubleUnaryOperator display) {
    return Numbers.number(display.applyAsDouble(e.value()))
        + " ["
        + Numbers.number(display.applyAsDouble(e.low()))
        + ", "
        + Numbers.number(display.applyAsDouble(e.high()))
        + "]";
  }
}
