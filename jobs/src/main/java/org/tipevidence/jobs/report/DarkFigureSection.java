package org.tipevidence.jobs.report;

import static org.tipevidence.jobs.report.PageModel.row;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.tipevidence.common.report.IntervalChart;
import org.tipevidence.common.report.Numbers;
import org.tipevidence.jobs.report.PageModel.Figure;
import org.tipevidence.jobs.report.PageModel.Section;
import org.tipevidence.jobs.report.PageModel.Table;
import org.tipevidence.jobs.report.PageModel.TableRow;

/** Section 6: detected versus estimated victims (multiple systems estimation) with intervals. */
final class DarkFigureSection {
  private DarkFigureSection() {}

  static Section build(List<Row> dark) {
    List<IntervalChart.Row> rows = new ArrayList<>();
    List<TableRow> table = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Row r : dark) {
      Double estimate = Rows.dbl(r, "estimate");
      Double low = Rows.dbl(r, "ci_low");
      Double high = Rows.dbl(r, "ci_high");
      String label = Rows.str(r, "country_iso3") + " " + Rows.str(r, "period");
      boolean withheld = Rows.bool(r, "observed_suppressed");
      Double observed = withheld ? null : Rows.dbl(r, "observed");
      table.add(
          row(
              label,
              withheld ? Numbers.WITHHELD : Numbers.number(observed),
              Numbers.number(estimate),
              Numbers.number(low) + " to " + Numbers.number(high),
              Rows.str(r, "ci_method"),
              Rows.str(r, "model"),
              Rows.str(r, "sensitivity")));
      if (Rows.str(r, "sensitivity") != null) {
        notes.add("Sensitivity, " + label + ": " + Rows.str(r, "sensitivity"));
      }
      if (estimate != null && low != null && high != null) {
        rows.add(
            new IntervalChart.Row(
                label,
                observed,
                estimate,
                low,
                high,
                Rows.dbl(r, "main_effects_estimate"),
                "main-effects model"));
      }
    }
    List<Figure> figures = new ArrayList<>();
    if (!rows.isEmpty()) {
      figures.add(
          new Figure(
              "Detected and estimated victims",
              "Grey bar: victims detected (on at least one list). Blue dot and line: estimated"
                  + " total with its 95 % interval. Hollow red triangle: the main-effects model's"
                  + " estimate, a sensitivity check on model choice.",
              IntervalChart.render("Dark figure: detected and estimated victims", rows),
              new Table(
                  List.of(
                      "country and period",
                      "detected",
                      "estimated total",
                      "95 % interval",
                      "interval method",
                      "model",
                      "sensitivity"),
                  table)));
    } else {
      notes.add("No dark-figure estimate in this version (no list-overlap tables given).");
    }
    return new Section(
        "dark-figure",
        "6. Dark figure",
        "Detected victims measure detection as much as trafficking: multiple systems estimation"
            + " of all victims, detected and undetected.",
        List.of(),
        notes,
        figures,
        List.of());
  }
}
