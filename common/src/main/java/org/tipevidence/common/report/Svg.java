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
    body.append("<rect x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" width=\"")
        .append(n(Math.max(0, w)))
        .append("\" height=\"")
        .append(n(Math.max(0, h)))
        .append("\" fill=\"")
        .append(Text.html(fill))
        .append('"')
        .append(extra == null ? "" : " " + extra)
        .append("/>");
    return this;
  }

  public Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
    return line(x1, y1, x2, y2, stroke, strokeWidth, null);
  }

  public Svg line(
      double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String dash) {
    body.append("<line x1=\"")
        .append(n(x1))
        .append("\" y1=\"")
        .append(n(y1))
        .append("\" x2=\"")
        .append(n(x2))
        .append("\" y2=\"")
        .append(n(y2))
        .append("\" stroke=\"")
        .append(Text.html(stroke))
        .append("\" stroke-width=\"")
        .append(n(strokeWidth))
        .append('"');
    if (dash != null) {
      body.append(" stroke-dasharray=\"").append(Text.html(dash)).append('"');
    }
    body.append("/>");
    return this;
  }

  public Svg circle(double cx, double cy, double r, String fill, String stroke) {
    body.append("<circle cx=\"")
        .append(n(cx))
        .append("\" cy=\"")
        .append(n(cy))
        .append("\" r=\"")
        .append(n(Math.max(0, r)))
        .append("\" fill=\"")
        .append(Text.html(fill))
        .append("\" stroke=\"")
        .append(Text.html(stroke))
        .append("\"/>");
    return this;
  }

  /** A closed polygon, or an open polyline when {@code fill} is null. */
  public Svg poly(double[] xs, double[] ys, String fill, String stroke, double strokeWidth) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      points.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
    }
    body.append(fill == null ? "<polyline" : "<polygon")
        .append(" points=\"")
        .append(points)
        .append("\" fill=\"")
        .append(fill == null ? "none" : Text.html(fill))
        .append("\" stroke=\"")
        .append(Text.html(stroke))
        .append("\" stroke-width=\"")
        .append(n(strokeWidth))
        .append("\"/>");
    return this;
  }

  /** Text at (x, y); {@code anchor} is start, middle or end. */
  public Svg text(double x, double y, String text, String anchor, String cssClass) {
    body.append("<text x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" text-anchor=\"")
        .append(Text.html(anchor))
        .append('"');
    if (cssClass != null) {
      body.append(" class=\"").append(Text.html(cssClass)).append('"');
    }
    body.append('>').append(Text.html(text)).append("</text>");
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
