package org.tipevidence.common.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One small-multiple trend chart: yearly values, base and target, the OLS trend from the base with
 * the band its slope's 95 % CI spans. Withheld and censored years are drawn as hatched columns with
 * a label, never as a value, and the line breaks across them.
 */
public final class TrendChart {
  /** How a year's value may be shown. */
  public enum Kind {
    VALUE,
    PART_YEAR,
    WITHHELD,
    CENSORED
  }

  /** One year; {@code value} is null unless {@code kind} is VALUE or PART_YEAR. */
  public record Point(int year, Double value, Kind kind) {}

  /** Everything drawn; nullable fields are simply not drawn. */
  public record Series(
      String title,
      String unit,
      List<Point> points,
      Integer baseYear,
      Double baseValue,
      Integer targetYear,
      Double targetValue,
      Double slope,
      Double slopeLow,
      Double slopeHigh,
      int latestYear) {}

  static final double W = 330;
  static final double H = 210;
  private static final double LEFT = 52;
  private static final double RIGHT = 12;
  private static final double TOP = 12;
  private static final double BOTTOM = 30;

  private TrendChart() {}

  public static String render(Series s) {
    Svg svg = new Svg(W, H, s.title());
    int firstYear = Integer.MAX_VALUE;
    int lastYear = Integer.MIN_VALUE;
    List<Double> ys = new ArrayList<>();
    ys.add(0.0);
    for (Point p : s.points()) {
      firstYear = Math.min(firstYear, p.year());
      lastYear = Math.max(lastYear, p.year());
      if (p.value() != null) {
        ys.add(p.value());
      }
    }
    int end = Math.max(lastYear, s.latestYear());
    if (s.targetYear() != null && s.targetValue() != null) {
      end = Math.max(end, s.targetYear());
      ys.add(s.targetValue());
    }
    if (s.baseYear() != null) {
      firstYear = Math.min(firstYear, s.baseYear());
    }
    if (firstYear == Integer.MAX_VALUE) {
      svg.text(W / 2, H / 2, "no yearly values published", "middle", "s");
      return svg.toString();
    }
    boolean trend = s.baseYear() != null && s.baseValue() != null && s.slope() != null;
    boolean band = trend && s.slopeLow() != null && s.slopeHigh() != null;
    if (trend) {
      int span = end - s.baseYear();
      ys.add(s.baseValue() + s.slope() * span);
      if (band) {
        ys.add(s.baseValue() + s.slopeLow() * span);
        ys.add(s.baseValue() + s.slopeHigh() * span);
      }
    }
    double lo = ys.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double hi = ys.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    Scale x = Scale.of(firstYear - 0.5, end + 0.5, LEFT, W - RIGHT);
    Scale y = Scale.of(lo, hi + (hi - lo) * 0.05, H - BOTTOM, TOP);
    for (double t : y.ticks(4)) {
      svg.line(LEFT, y.at(t), W - RIGHT, y.at(t), "#e6e6e6", 1);
      svg.text(LEFT - 4, y.at(t) + 3, Numbers.number(t), "end", "s");
    }
    int step = Math.max(1, (end - firstYear + 1) / 6);
    for (int yr = firstYear; yr <= end; yr += step) {
      svg.text(x.at(yr), H - BOTTOM + 14, Integer.toString(yr), "middle", "s");
    }
    svg.text(LEFT, H - 3, Numbers.unitLabel(s.unit()), "start", "s");
    if (band) {
      double x0 = x.at(s.baseYear());
      double x1 = x.at(end);
      int span = end - s.baseYear();
      double b = s.baseValue();
      svg.poly(
          new double[] {x0, x1, x1},
          new double[] {y.at(b), y.at(b + s.slopeHigh() * span), y.at(b + s.slopeLow() * span)},
          "#c6dbef",
          "none",
          0);
    }
    for (Point p : s.points()) {
      if (p.kind() == Kind.WITHHELD || p.kind() == Kind.CENSORED) {
        String why = p.kind() == Kind.WITHHELD ? "withheld" : "censored";
        double cx = x.at(p.year());
        svg.group(
            p.year() + ": " + why,
            () -> {
              svg.rect(cx - 8, TOP, 16, H - BOTTOM - TOP, "url(#hatch)", "opacity=\"0.7\"");
              svg.text(cx, TOP + 10, p.kind() == Kind.WITHHELD ? "W" : "C", "middle", "s b");
            });
      }
    }
    if (trend) {
      svg.line(
          x.at(s.baseYear()),
          y.at(s.baseValue()),
          x.at(end),
          y.at(s.baseValue() + s.slope() * (end - s.baseYear())),
          "#2c7bb6",
          2);
    }
    if (s.targetYear() != null && s.targetValue() != null) {
      if (s.baseYear() != null && s.baseValue() != null) {
        svg.line(
            x.at(s.baseYear()),
            y.at(s.baseValue()),
            x.at(s.targetYear()),
            y.at(s.targetValue()),
            "#1a1a1a",
            1.2,
            "5 3");
      }
      double tx = x.at(s.targetYear());
      double ty = y.at(s.targetValue());
      svg.group(
          "target " + s.targetYear() + ": " + Numbers.value(s.targetValue(), s.unit(), false),
          () ->
              svg.poly(
                  new double[] {tx, tx + 6, tx, tx - 6},
                  new double[] {ty - 6, ty, ty + 6, ty},
                  "#ffffff",
                  "#1a1a1a",
                  1.5));
    }
    drawValues(svg, s, x, y);
    return svg.toString();
  }

  private static void drawValues(Svg svg, Series s, Scale x, Scale y) {
    List<Double> lineX = new ArrayList<>();
    List<Double> lineY = new ArrayList<>();
    for (Point p : s.points()) {
      if (p.kind() == Kind.VALUE) {
        lineX.add(x.at(p.year()));
        lineY.add(y.at(p.value()));
      } else {
        flush(svg, lineX, lineY);
      }
    }
    flush(svg, lineX, lineY);
    for (Point p : s.points()) {
      if (p.value() == null) {
        continue;
      }
      boolean base = s.baseYear() != null && p.year() == s.baseYear();
      String tip =
          p.year()
              + ": "
              + Numbers.value(p.value(), s.unit(), false)
              + (p.kind() == Kind.PART_YEAR ? " (part year, not used)" : "")
              + (base ? " (base)" : "");
      double px = x.at(p.year());
      double py = y.at(p.value());
      svg.group(
          tip,
          () -> {
            if (base) {
              svg.rect(px - 5, py - 5, 10, 10, "#1a1a1a", null);
            } else {
              svg.circle(
                  px, py, 3.5, p.kind() == Kind.PART_YEAR ? "#ffffff" : "#1a1a1a", "#1a1a1a");
            }
          });
    }
  }

  private static void flush(Svg svg, List<Double> xs, List<Double> ys) {
    if (xs.size() > 1) {
      svg.poly(
          xs.stream().mapToDouble(Double::doubleValue).toArray(),
          ys.stream().mapToDouble(Double::doubleValue).toArray(),
          null,
          "#1a1a1a",
          1.5);
    }
    xs.clear();
    ys.clear();
  }
}
