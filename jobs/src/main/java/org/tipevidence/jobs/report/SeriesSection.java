package org.tipevidence.jobs.report;

import static org.tipevidence.jobs.report.PageModel.row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.tipevidence.common.report.Numbers;
import org.tipevidence.common.report.StatusStyle;
import org.tipevidence.common.report.TrendChart;
import org.tipevidence.jobs.report.PageModel.Figure;
import org.tipevidence.jobs.report.PageModel.Panel;
import org.tipevidence.jobs.report.PageModel.Section;
import org.tipevidence.jobs.report.PageModel.Table;
import org.tipevidence.jobs.report.PageModel.TableRow;

/**
 * Section 4: small-multiple trend charts for the headline series: SDG 16.2.2 (detected victims) and
 * every programme headline series with a programme target, one set per crime type.
 */
final class SeriesSection {
  static final String HEADLINE_INDICATOR = "16.2.2";
  private static final int MAX_PANELS = 24;

  private SeriesSection() {}

  /** Whether the report draws this series (it is a headline total). */
  static boolean chosen(Row s) {
    return Rows.headline(s)
        && (HEADLINE_INDICATOR.equals(Rows.str(s, "sdg_indicator"))
            || "programme_targets".equals(Rows.str(s, "target_source")));
  }

  static Section build(List<Row> series, List<Row> values) {
    Map<String, List<Row>> yearly = new HashMap<>();
    for (Row v : values) {
      yearly.computeIfAbsent(Rows.seriesKey(v), k -> new ArrayList<>()).add(v);
    }
    List<Figure> figures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String crime : ProgressSection.CRIMES) {
      List<Row> picked =
          series.stream()
              .filter(SeriesSection::chosen)
              .filter(s -> crime.equals(Rows.str(s, "crime_type")))
              .sorted(
                  Comparator.comparing(
                          (Row s) -> !HEADLINE_INDICATOR.equals(Rows.str(s, "sdg_indicator")))
                      .thenComparing(s -> Rows.str(s, "sdg_indicator"))
                      .thenComparing(s -> Rows.str(s, "scope_id"))
                      .thenComparing(s -> Rows.str(s, "series_code")))
              .toList();
      if (picked.isEmpty()) {
        continue;
      }
      if (picked.size() > MAX_PANELS) {
        notes.add(
            ProgressSection.crimeLabel(crime)
                + ": the first "
                + MAX_PANELS
                + " of "
                + picked.size()
                + " headline series are drawn; series_progress has them all.");
        picked = picked.subList(0, MAX_PANELS);
      }
      List<Panel> panels = new ArrayList<>();
      List<TableRow> table = new ArrayList<>();
      for (Row s : picked) {
        List<Row> points = yearly.getOrDefault(Rows.seriesKey(s), List.of());
        panels.add(panel(s, points, table));
      }
      figures.add(
          new Figure(
              ProgressSection.crimeLabel(crime) + ": headline series",
              "Dots: yearly values (square: base year). Dashed line and ◇: base to target. Blue"
                  + " line and band: trend from the base with its slope's 95 % CI. Hatched"
                  + " columns: W = withheld (disclosure control), C = censored at source (<5);"
                  + " neither is a zero.",
              null,
              panels,
              new Table(List.of("scope", "series", "year", "value"), table)));
    }
    if (figures.isEmpty()) {
      notes.add("No headline series in this version.");
    }
    return new Section(
        "series",
        "4. Series drill-down",
        "Detected victims (SDG 16.2.2) and the programmes' headline indicators, year by year.",
        List.of(),
        notes,
        figures,
        List.of());
  }

  private static Panel panel(Row s, List<Row> points, List<TableRow> table) {
    String unit = Rows.str(s, "unit");
    String name = Rows.str(s, "scope_id") + " · " + Rows.str(s, "series_code");
    List<TrendChart.Point> drawn = new ArrayList<>();
    points.stream()
        .sorted(Comparator.comparing((Row v) -> Rows.integer(v, "year")))
        .forEach(
            v -> {
              int year = Rows.integer(v, "year");
              TrendChart.Kind kind =
                  Rows.bool(v, "censored")
                      ? TrendChart.Kind.CENSORED
                      : Rows.bool(v, "suppressed")
                          ? TrendChart.Kind.WITHHELD
                          : Rows.has(v, "complete") && !Rows.bool(v, "complete")
                              ? TrendChart.Kind.PART_YEAR
                              : TrendChart.Kind.VALUE;
              boolean shown = kind == TrendChart.Kind.VALUE || kind == TrendChart.Kind.PART_YEAR;
              Double value = shown ? Rows.dbl(v, "value") : null;
              if (shown && value == null) {
                kind = TrendChart.Kind.WITHHELD; // no figure published: never drawn as zero
              }
              drawn.add(new TrendChart.Point(year, value, kind));
              table.add(
                  row(
                      Rows.str(s, "scope_id"),
                      Rows.str(s, "series_code"),
                      Integer.toString(year),
                      describe(kind, value, unit)));
            });
    boolean derivedWithheld = Rows.bool(s, "derived_suppressed");
    TrendChart.Series chart =
        new TrendChart.Series(
            name,
            unit,
            drawn,
            Rows.integer(s, "base_year"),
            Rows.bool(s, "base_value_suppressed") ? null : Rows.dbl(s, "base_value"),
            Rows.integer(s, "target_year"),
            Rows.dbl(s, "target_value"),
            derivedWithheld ? null : Rows.dbl(s, "trend_slope"),
            derivedWithheld ? null : Rows.dbl(s, "trend_slope_low"),
            derivedWithheld ? null : Rows.dbl(s, "trend_slope_high"),
            Rows.integer(s, "latest_year") == null ? 0 : Rows.integer(s, "latest_year"));
    String status = StatusStyle.describe(Rows.str(s, "status"));
    String robustness =
        ProgressSection.couldFlip(s)
            ? " ◆ could change ("
                + StatusStyle.describe(Rows.str(s, "status_low"))
                + " to "
                + StatusStyle.describe(Rows.str(s, "status_high"))
                + ")"
            : "";
    String target =
        Rows.dbl(s, "target_value") == null
            ? ""
            : "; target "
                + Numbers.value(Rows.dbl(s, "target_value"), unit, false)
                + " by "
                + Rows.integer(s, "target_year");
    return new Panel(
        name + " (" + Rows.str(s, "sdg_indicator") + "): " + status + robustness + target,
        TrendChart.render(chart));
  }

  private static String describe(TrendChart.Kind kind, Double value, String unit) {
    return switch (kind) {
      case WITHHELD -> Numbers.WITHHELD;
      case CENSORED -> "censored at source (<5)";
      case PART_YEAR -> Numbers.value(value, unit, false) + " (part year)";
      case VALUE -> Numbers.value(value, unit, false);
    };
  }
}
