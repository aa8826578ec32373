package org.tipevidence.common.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTextTest {
  @Test
  void textIsNeutralisedThenEscaped() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Text.html("<script>alert(1)</script>"));
    assertEquals("&#39;=HYPERLINK(&quot;x&quot;)", Text.html("=HYPERLINK(\"x\")"));
    assertEquals("&#39;@SUM(A1)", Text.html("@SUM(A1)"));
    assertEquals("a &amp; b", Text.html("a & b"));
    assertEquals("", Text.html(null));
    assertEquals("a b", Text.html("a\u0000b"));
  }

  @Test
  void numbersAreForPeople() {
    assertEquals("12,345", Numbers.number(12345.0));
    assertEquals("12.35", Numbers.number(12.3456));
    assertEquals("0.123", Numbers.number(0.12345));
    assertEquals("\u22122,250", Numbers.number(-2250.0));
    assertFalse(org.tipevidence.common.text.FormulaGuard.looksLikeFormula(Numbers.number(-3.5)));
    assertEquals("–", Numbers.number(Double.NaN));
    assertEquals("withheld", Numbers.value(3.0, "NUMBER", true));
    assertEquals("11.6 %", Numbers.value(11.6, "PERCENT", false));
    assertEquals("0.35 per 100,000", Numbers.value(0.35, "PER_100000_POP", false));
    assertEquals("64 %", Numbers.share(0.636));
    assertEquals("4.4 s", Numbers.duration(4400));
    assertEquals("2 min 05 s", Numbers.duration(125_000));
  }

  @Test
  void ticksAreRoundAndInsideTheRange() {
    assertEquals(List.of(0.0, 50.0, 100.0, 150.0), Scale.of(0, 160, 0, 100).ticks(4));
    assertEquals(
        List.of(0.0, 0.2, 0.4),
        Scale.of(0, 0.45, 0, 100).ticks(3).stream().map(t -> Math.round(t * 10) / 10.0).toList());
    Scale s = Scale.of(0, 10, 100, 200);
    assertEquals(150, s.at(5), 1e-9);
  }

  @Test
  void svgEscapesLabelsFromData() {
    String svg =
        BarChart.render(
            "<b>title</b>", List.of(new BarChart.Bar("=cmd|' /C calc'!A0", 2, "2")), "#000");
    assertFalse(svg.contains("<b>"));
    assertTrue(svg.contains("&#39;&#61;") || svg.contains("&#39;="), svg);
    assertFalse(svg.contains(">=cmd"), svg);
  }

  @Test
  void trendChartDrawsWithheldYearsAsHatchedNotAsValues() {
    String svg =
        TrendChart.render(
            new TrendChart.Series(
                "s",
                "NUMBER",
                List.of(
                    new TrendChart.Point(2018, 120.0, TrendChart.Kind.VALUE),
                    new TrendChart.Point(2019, null, TrendChart.Kind.WITHHELD),
                    new TrendChart.Point(2020, 150.0, TrendChart.Kind.VALUE)),
                2018,
                120.0,
                null,
                null,
                null,
                null,
                null,
                2020));
    assertTrue(svg.contains("<title>2019: withheld</title>"), svg);
    assertTrue(svg.contains("url(#hatch)"));
    // The line breaks at the withheld year: no polyline joins 2018 to 2020.
    assertFalse(svg.contains("<polyline"), svg);
  }
}
