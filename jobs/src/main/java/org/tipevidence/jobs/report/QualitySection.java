package org.tipevidence.jobs.report;

import static org.tipevidence.jobs.report.PageModel.row;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.tipevidence.common.report.BarChart;
import org.tipevidence.common.report.Numbers;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.report.PageModel.Figure;
import org.tipevidence.jobs.report.PageModel.Section;
import org.tipevidence.jobs.report.PageModel.Table;
import org.tipevidence.jobs.report.PageModel.TableRow;

/** Section 2: rows per file, quarantine reasons as bars with their fix, ignored files. */
final class QualitySection {
  private static final Set<String> NOT_REASONS =
      Set.of("rows_read", "rows_accepted", "rows_quarantined");
  private static final int TOP_REASONS = 8;

  private QualitySection() {}

  static Section build(List<Row> quality, JsonNode manifest) {
    List<TableRow> files = new ArrayList<>();
    Map<String, Long> reasons = new LinkedHashMap<>();
    for (Row r : quality) {
      files.add(
          row(
              Rows.str(r, "source_file"),
              Rows.str(r, "input_kind"),
              Numbers.count(Rows.lng(r, "rows_read")),
              Numbers.count(Rows.lng(r, "rows_accepted")),
              Numbers.count(Rows.lng(r, "rows_quarantined"))));
      for (StructField f : r.schema().fields()) {
        if (f.dataType() instanceof NumericType && !NOT_REASONS.contains(f.name())) {
          reasons.merge(f.name(), Rows.lng(r, f.name()), Long::sum);
        }
      }
    }
    List<Map.Entry<String, Long>> ranked =
        reasons.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .toList();
    List<Figure> figures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (ranked.isEmpty()) {
      notes.add("No row was quarantined.");
    } else {
      List<BarChart.Bar> bars = new ArrayList<>();
      List<TableRow> reasonRows = new ArrayList<>();
      for (Map.Entry<String, Long> e : ranked) {
        bars.add(new BarChart.Bar(e.getKey(), e.getValue(), Numbers.count(e.getValue())));
        reasonRows.add(row(e.getKey(), Numbers.count(e.getValue()), fix(e.getKey())));
      }
      figures.add(
          new Figure(
              "Quarantined rows by reason",
              "Rows set aside, by the first rule they broke. The table gives the fix for each.",
              BarChart.render("Quarantined rows by reason", bars, "#fdae61"),
              new Table(List.of("reason", "rows", "how to fix"), reasonRows)));
      for (Map.Entry<String, Long> e : ranked.subList(0, Math.min(TOP_REASONS, ranked.size()))) {
        notes.add(e.getKey() + " (" + Numbers.count(e.getValue()) + "): " + fix(e.getKey()));
      }
    }
    List<Table> tables = new ArrayList<>();
    tables.add(new Table(List.of("file", "input", "rows read", "accepted", "quarantined"), files));
    JsonNode ignored = manifest.path("ignored_files");
    if (ignored.isArray() && ignored.size() > 0) {
      List<TableRow> rows = new ArrayList<>();
      for (JsonNode f : ignored) {
        if (f.isObject()) {
          String name = f.path("file").asText(f.path("path").asText(""));
          rows.add(row(name, f.path("reason").asText("")));
        } else {
          rows.add(row(f.asText(), ""));
        }
      }
      tables.add(new Table(List.of("ignored file", "why"), rows));
    } else {
      notes.add("No input file was ignored.");
    }
    return new Section(
        "quality",
        "2. Data quality",
        "Every input row ends accepted or quarantined: rows read = accepted + quarantined per file.",
        List.of(),
        notes,
        figures,
        tables);
  }

  private static String fix(String code) {
    return ReasonCode.fromCode(code)
        .map(r -> r.problem() + ": " + r.fix())
        .orElse("see docs/INPUTS.md and docs/evidence.md for this rule");
  }
}
