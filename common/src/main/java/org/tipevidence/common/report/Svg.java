package org.tipevidence.common.report;

import java.util.Locale;

/**
 * A small SVG writer for inline charts. Every text and attribute value goes through {@link
 * Text#html}, so chart labels taken from data cannot inject markup. Coordinates are rounded to 0.1
 * px to keep the page small.
 */
public final class Svg {
  private final StringBuilder body = new StringBuilder();
  private final double width;
  private final double height;
  private final String title;

  /** {@code title} is read by screen readers (role="img" with a title element). */
  public Svg(double width, double height, String title) {
    this.width = width;
    this.height = height;
    this.title = title;
  }

  public double width() {
    return width;
  }

  public double height() {
    return height;
  }

  public Svg rect(double x, double y, double w, double h, String fill, String extra) {
    open("rect").num("x", x).num("y", y).num("width", Math.max(0, w));
    num("height", Math.max(0, h)).attr("fill", fill);
    body.append(extra == null ? "" : " " + extra).append("/>");
    return this;
  }

  public Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
    return line(x1, y1, x2, y2, stroke, strokeWidth, null);
  }

  public Svg line(
      double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String dash) {
    open("line").num("x1", x1).num("y1", y1).num("x2", x2).num("y2", y2);
    attr("stroke", stroke).num("stroke-width", strokeWidth);
    if (dash != null) {
      attr("stroke-dasharray", dash);
    }
    body.append("/>");
    return this;
  }

  public Svg circle(double cx, double cy, double r, String fill, String stroke) {
    open("circle").num("cx", cx).num("cy", cy).num("r", Math.max(0, r));
    attr("fill", fill).attr("stroke", stroke);
    body.append("/>");
    return this;
  }

  /** A closed polygon, or an open polyline when {@code fill} is null. */
  public Svg poly(double[] xs, double[] ys, String fill, String stroke, double strokeWidth) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      points.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
    }
    open(fill == null ? "polyline" : "polygon").raw("points", points.toString());
    raw("fill", fill == null ? "none" : Text.html(fill));
    attr("stroke", stroke).num("stroke-width", strokeWidth);
    body.append("/>");
    return this;
  }

  /** Text at (x, y); {@code anchor} is start, middle or end. */
  public Svg text(double x, double y, String text, String anchor, String cssClass) {
    open("text").num("x", x).num("y", y).attr("text-anchor", anchor);
    if (cssClass != null) {
      attr("class", cssClass);
    }
    body.append('>').append(Text.html(text)).append("</text>");
    return this;
  }

  private Svg open(String element) {
    body.append('<').append(element);
    return this;
  }

  /** {@code name="value"}, the value escaped. */
  private Svg attr(String name, String value) {
    return raw(name, Text.html(value));
  }

  /** {@code name="v"}, the number rounded to 0.1. */
  private Svg num(String name, double v) {
    return raw(name, n(v));
  }

  private Svg raw(String name, String value) {
    body.append(' ').append(name).append("=\"").append(value).append('"');
    return this;
  }

  /** A tooltip for the previous shapes, grouped: {@code <g><title>..</title>...</g>}. */
  public Svg group(String tooltip, Runnable shapes) {
    body.append("<g><title>").append(Text.html(tooltip)).append("</title>");
    shapes.run();
    body.append("</g>");
    return this;
  }

  @Override
  public String toString() {
    return "<svg role=\"img\" width=\""
        + n(width)
        + "\" height=\""
        + n(height)
        + "\" viewBox=\"0 0 "
        + n(width)
        + " "
        + n(height)
        + "\"><title>"
        + Text.html(title)
        + "</title>"
        + body
        + "</svg>";
  }

  private static String n(double v) {
    double r = Math.round(v * 10) / 10.0;
    return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
  }
}
