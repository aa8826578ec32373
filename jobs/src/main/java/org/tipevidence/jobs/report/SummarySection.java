package org.tipevidence.jobs.report;

import static org.tipevidence.jobs.report.PageModel.row;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.tipevidence.common.report.BarChart;
import org.tipevidence.common.report.Numbers;
import org.tipevidence.common.report.StatusStyle;
import org.tipevidence.jobs.report.PageModel.Fact;
import org.tipevidence.jobs.report.PageModel.Figure;
import org.tipevidence.jobs.report.PageModel.Section;
import org.tipevidence.jobs.report.PageModel.Table;
import org.tipevidence.jobs.report.PageModel.TableRow;

/** Section 1: what ran, on what, how long it took, and what changed since the previous version. */
final class SummarySection {
  private static final int MAX_MOVES_LISTED = 40;

  private SummarySection() {}

  static Section build(
      JsonNode manifest,
      List<Row> quality,
      List<Row> series,
      JsonNode previousManifest,
      List<Row> previousSeries) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Run", manifest.path("run_id").asText("unknown")));
    facts.add(new Fact("Run date", manifest.path("run_date").asText("")));
    facts.add(new Fact("Code version", manifest.path("code_version").asText("")));
    facts.add(new Fact("Outcome", manifest.path("outcome").asText("")));
    facts.add(new Fact("Started", manifest.path("started_at").asText("")));
    JsonNode params = manifest.path("parameters");
    facts.add(new Fact("Progress method", params.path("progress_method").asText("")));
    facts.add(
        new Fact(
            "Disclosure threshold",
            "counts of persons below "
                + params.path("disclosure_threshold").asText("5")
                + " are withheld"));
    long bytes = 0;
    for (JsonNode input : manifest.path("inputs")) {
      bytes += input.path("bytes").asLong();
    }
    facts.add(
        new Fact(
            "Inputs",
            Numbers.count(manifest.path("inputs").size())
                + " files, "
                + Numbers.count(Math.round(bytes / 1024.0))
                + " KB"));
    incremental(manifest.path("incremental")).ifPresent(facts::add);
    long read = quality.stream().mapToLong(r -> Rows.lng(r, "rows_read")).sum();
    long accepted = quality.stream().mapToLong(r -> Rows.lng(r, "rows_accepted")).sum();
    long quarantined = quality.stream().mapToLong(r -> Rows.lng(r, "rows_quarantined")).sum();
    facts.add(
        new Fact(
            "Rows",
            Numbers.count(read)
                + " read = "
                + Numbers.count(accepted)
                + " accepted + "
                + Numbers.count(quarantined)
                + " quarantined"));

    List<Figure> figures = new ArrayList<>();
    List<BarChart.Bar> bars = new ArrayList<>();
    List<TableRow> timeRows = new ArrayList<>();
    manifest
        .path("timings_ms")
        .fields()
        .forEachRemaining(
            e -> {
              long ms = e.getValue().asLong();
              bars.add(new BarChart.Bar(e.getKey(), ms, Numbers.duration(ms)));
              timeRows.add(row(e.getKey(), Numbers.duration(ms)));
            });
    if (!bars.isEmpty()) {
      figures.add(
          new Figure(
              "Stage times",
              "Wall time of each stage of the run.",
              BarChart.render("Stage times of the run", bars, "#6baed6"),
              new Table(List.of("stage", "time"), timeRows)));
    }
    List<String> notes = new ArrayList<>();
    List<Table> tables = new ArrayList<>();
    if (previousManifest == null) {
      notes.add("No previous version to compare with: this is the first one kept.");
    } else {
      changes(manifest, series, previousManifest, previousSeries, notes, tables);
    }
    return new Section(
        "summary",
        "1. Run summary",
        "What this run read, did and published.",
        facts,
        notes,
        figures,
        tables);
  }

  /** How much of the submissions' checked rows came from the previous version (issue 20). */
  private static java.util.Optional<Fact> incremental(JsonNode block) {
    if (block.isMissingNode()) {
      return java.util.Optional.empty();
    }
    String files =
        Numbers.count(block.path("files_reused").asLong())
            + " submission files reused ("
            + Numbers.count(block.path("rows_reused").asLong())
            + " checked rows), "
            + Numbers.count(block.path("files_read").asLong())
            + " read ("
            + Numbers.count(block.path("rows_read").asLong())
            + " rows)";
    return java.util.Optional.of(
        new Fact(
            "Incremental",
            block.path("mode").asText().equals("incremental")
                ? files + "; reused from " + block.path("source_version").asText()
                : "full rebuild: " + block.path("full_rebuild_reason").asText() + "; " + files));
  }

  private static void changes(
      JsonNode manifest,
      List<Row> series,
      JsonNode previous,
      List<Row> previousSeries,
      List<String> notes,
      List<Table> tables) {
    notes.add("Compared with the previous version " + previous.path("run_id").asText("") + ".");
    Set<String> names = new LinkedHashSet<>();
    previous.path("datasets").fieldNames().forEachRemaining(names::add);
    manifest.path("datasets").fieldNames().forEachRemaining(names::add);
    List<TableRow> rows = new ArrayList<>();
    for (String name : names) {
      JsonNode before = previous.path("datasets").path(name);
      JsonNode now = manifest.path("datasets").path(name);
      if (!"published".equals(now.path("tier").asText(before.path("tier").asText("")))) {
        continue; // only published datasets: restricted row counts stay out of the report
      }
      long b = before.path("rows").asLong(0);
      long n = now.path("rows").asLong(0);
      rows.add(
          row(
              name,
              before.isMissingNode() ? "absent" : Numbers.count(b),
              now.isMissingNode() ? "absent" : Numbers.count(n),
              (n - b > 0 ? "+" : "") + Numbers.count(n - b)));
    }
    tables.add(
        new Table(List.of("published dataset", "previous rows", "rows now", "change"), rows));
    Map<String, Row> old = new HashMap<>();
    previousSeries.forEach(r -> old.put(Rows.seriesKey(r), r));
    Map<String, Row> current = new HashMap<>();
    series.forEach(r -> current.put(Rows.seriesKey(r), r));
    long added = current.keySet().stream().filter(k -> !old.containsKey(k)).count();
    long dropped = old.keySet().stream().filter(k -> !current.containsKey(k)).count();
    List<TableRow> moves = new ArrayList<>();
    long moved = 0;
    for (Row r : series) {
      Row before = old.get(Rows.seriesKey(r));
      if (before == null) {
        continue;
      }
      String from = Rows.str(before, "status");
      String to = Rows.str(r, "status");
      if (from != null && !from.equals(to)) {
        moved++;
        if (moves.size() < MAX_MOVES_LISTED) {
          moves.add(
              row(
                  Rows.str(r, "crime_type"),
                  Rows.str(r, "scope_id"),
                  Rows.str(r, "series_code") + " " + Disaggregation.of(r),
                  StatusStyle.describe(from),
                  StatusStyle.describe(to)));
        }
      }
    }
    notes.add(
        Numbers.count(added)
            + " new series, "
            + Numbers.count(dropped)
            + " series no longer reported, "
            + Numbers.count(moved)
            + " statuses moved.");
    if (!moves.isEmpty()) {
      tables.add(
          new Table(List.of("crime", "scope", "series", "previous status", "status now"), moves));
    }
  }
}
