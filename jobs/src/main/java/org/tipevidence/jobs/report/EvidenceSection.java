package org.tipevidence.jobs.report;

import static org.tipevidence.jobs.report.PageModel.row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.apache.spark.sql.Row;
import org.tipevidence.common.report.BubbleGrid;
import org.tipevidence.common.report.ForestPlot;
import org.tipevidence.common.report.Numbers;
import org.tipevidence.jobs.report.PageModel.Figure;
import org.tipevidence.jobs.report.PageModel.Section;
import org.tipevidence.jobs.report.PageModel.Table;
import org.tipevidence.jobs.report.PageModel.TableRow;

/** Section 5: a forest plot per pooled intervention × outcome, and the evidence gap map. */
final class EvidenceSection {
  private EvidenceSection() {}

  static Section build(List<Row> synthesis, List<Row> effects, List<Row> gapMap) {
    List<Figure> figures = new ArrayList<>();
    List<Row> pooled =
        synthesis.stream()
            .filter(r -> "intervention".equals(Rows.str(r, "level")))
            .filter(r -> "pooled".equals(Rows.str(r, "status")))
            .filter(r -> Rows.dbl(r, "estimate") != null && Rows.dbl(r, "ci_low") != null)
            .sorted(
                Comparator.comparing((Row r) -> ProgressSection.CRIMES.indexOf(crime(r)))
                    .thenComparing(r -> Rows.str(r, "intervention"))
                    .thenComparing(r -> Rows.str(r, "outcome")))
            .toList();
    for (Row p : pooled) {
      figures.add(forest(p, effects));
    }
    for (String crime : ProgressSection.CRIMES) {
      List<Row> cells = gapMap.stream().filter(r -> crime.equals(crime(r))).toList();
      if (!cells.isEmpty()) {
        figures.add(gapMap(crime, cells));
      }
    }
    List<String> notes = new ArrayList<>();
    if (pooled.isEmpty()) {
      notes.add("No intervention × outcome has two or more studies to pool.");
    }
    return new Section(
        "evidence",
        "5. Evidence",
        "What evaluations say works: pooled effects (random effects) and where evidence is missing.",
        List.of(),
        notes,
        figures,
        List.of());
  }

  private static String crime(Row r) {
    return Rows.str(r, "crime_type");
  }

  private static Figure forest(Row p, List<Row> effects) {
    String measure = Rows.str(p, "effect_measure");
    List<Row> studies =
        effects.stream()
            .filter(e -> Objects.equals(crime(e), crime(p)))
            .filter(e -> Objects.equals(Rows.str(e, "intervention"), Rows.str(p, "intervention")))
            .filter(e -> Objects.equals(Rows.str(e, "outcome"), Rows.str(p, "outcome")))
            .filter(e -> Objects.equals(Rows.str(e, "effect_measure"), measure))
            .filter(e -> Rows.dbl(e, "yi") != null && Rows.dbl(e, "ci_low") != null)
            .sorted(Comparator.comparing((Row e) -> Rows.str(e, "study_id")))
            .toList();
    boolean log = measure != null && measure.startsWith("log_");
    DoubleUnaryOperator display = log ? Math::exp : v -> v;
    List<ForestPlot.Estimate> estimates = new ArrayList<>();
    List<TableRow> table = new ArrayList<>();
    for (Row e : studies) {
      ForestPlot.Estimate est =
          new ForestPlot.Estimate(
              Rows.str(e, "study_id"),
              Rows.dbl(e, "yi"),
              Rows.dbl(e, "ci_low"),
              Rows.dbl(e, "ci_high"));
      estimates.add(est);
      table.add(
          row(
              est.label(),
              Rows.str(e, "design"),
              Rows.str(e, "risk_of_bias"),
              Numbers.number(display.applyAsDouble(est.value())),
              Numbers.number(display.applyAsDouble(est.low()))
                  + " to "
                  + Numbers.number(display.applyAsDouble(est.high()))));
    }
    ForestPlot.Estimate pooled =
        new ForestPlot.Estimate(
            "Pooled (k = " + Rows.lng(p, "k") + ")",
            Rows.dbl(p, "estimate"),
            Rows.dbl(p, "ci_low"),
            Rows.dbl(p, "ci_high"));
    table.add(
        row(
            pooled.label(),
            "random effects, " + Rows.str(p, "method"),
            "I² " + Numbers.share(Rows.dbl(p, "i2") == null ? null : Rows.dbl(p, "i2") / 100),
            Numbers.number(display.applyAsDouble(pooled.value())),
            Numbers.number(display.applyAsDouble(pooled.low()))
                + " to "
                + Numbers.number(display.applyAsDouble(pooled.high()))));
    String title =
        ProgressSection.crimeLabel(crime(p))
            + ": "
            + words(Rows.str(p, "intervention"))
            + " → "
            + words(Rows.str(p, "outcome"));
    return new Figure(
        title,
        "Squares: studies with 95 % CI. Diamond: pooled estimate. Red bar: 95 % prediction"
            + " interval (where the effect of a new setting would likely fall). Dashed line: no"
            + " effect. Direction: "
            + words(Rows.str(p, "direction"))
            + ".",
        ForestPlot.render(
            title,
            estimates,
            pooled,
            Rows.dbl(p, "pi_low"),
            Rows.dbl(p, "pi_high"),
            axisLabel(measure),
            display),
        new Table(List.of("study", "design", "risk of bias", "effect", "95 % CI"), table));
  }

  private static Figure gapMap(String crime, List<Row> cells) {
    TreeSet<String> rows = new TreeSet<>();
    TreeSet<String> columns = new TreeSet<>();
    Map<String, BubbleGrid.Cell> byKey = new LinkedHashMap<>();
    List<TableRow> table = new ArrayList<>();
    for (Row r : cells) {
      String intervention = words(Rows.str(r, "intervention"));
      String outcome = words(Rows.str(r, "outcome"));
      rows.add(intervention);
      columns.add(outcome);
      long n = Rows.lng(r, "n_studies");
      byKey.put(
          BubbleGrid.key(intervention, outcome), new BubbleGrid.Cell(n, Rows.str(r, "certainty")));
      if (n > 0) {
        table.add(
            row(
                intervention,
                outcome,
                Numbers.count(n),
                words(Rows.str(r, "certainty")),
                words(Rows.str(r, "direction"))));
      }
    }
    String title = ProgressSection.crimeLabel(crime) + ": evidence gap map";
    return new Figure(
        title,
        "Rows: interventions. Columns: outcomes. Empty cells are evidence gaps.",
        BubbleGrid.render(title, new ArrayList<>(rows), new ArrayList<>(columns), byKey),
        new Table(List.of("intervention", "outcome", "studies", "certainty", "direction"), table));
  }

  static String words(String code) {
    return code == null ? "" : code.replace('_', ' ');
  }

  private static String axisLabel(String measure) {
    return switch (measure == null ? "" : measure) {
      case "log_rr" -> "risk ratio (log scale; 1 = no effect)";
      case "log_or" -> "odds ratio (log scale; 1 = no effect)";
      case "smd" -> "standardised mean difference (0 = no effect)";
      case "rd" -> "risk difference (0 = no effect)";
      default -> measure;
    };
  }
}
