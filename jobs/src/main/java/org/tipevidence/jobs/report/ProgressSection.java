package org.tipevidence.jobs.report;

import static org.tipevidence.jobs.report.PageModel.row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.tipevidence.common.report.Numbers;
import org.tipevidence.common.report.ProgressGrid;
import org.tipevidence.common.report.StatusStyle;
import org.tipevidence.jobs.report.PageModel.Figure;
import org.tipevidence.jobs.report.PageModel.Section;
import org.tipevidence.jobs.report.PageModel.Table;
import org.tipevidence.jobs.report.PageModel.TableRow;

/**
 * Section 3: the SDG progress chart, one grid per crime type (TIP and SOM never in one grid) and
 * scope group, targets as rows. A cell is marked when a headline series behind it has a status its
 * trend's CI could flip.
 */
final class ProgressSection {
  static final List<String> CRIMES = List.of("TIP", "SOM", "BOTH");
  private static final List<List<String>> SCOPE_GROUPS =
      List.of(List.of("global", "pillar"), List.of("lead_agency"), List.of("country"));

  private ProgressSection() {}

  static Section build(List<Row> targets, List<Row> series, List<Row> scorecard) {
    Set<String> fragile = fragileCells(series, scorecard);
    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure("Legend", "", ProgressGrid.legend(), null));
    for (String crime : CRIMES) {
      for (List<String> group : SCOPE_GROUPS) {
        List<Row> rows =
            targets.stream()
                .filter(r -> crime.equals(Rows.str(r, "crime_type")))
                .filter(r -> group.contains(Rows.str(r, "scope_type")))
                .toList();
        if (!rows.isEmpty()) {
          figures.add(grid(crime, group, rows, fragile));
        }
      }
    }
    List<String> notes = new ArrayList<>();
    if (targets.isEmpty()) {
      notes.add("No progress assessment in this version (target_progress is absent or empty).");
    }
    notes.add(
        "Each cell shows the status symbol and the number of series behind it; ◆ and a dashed"
            + " border mark a cell where a headline series' status could change within its"
            + " trend's 95 % confidence interval.");
    return new Section(
        "progress",
        "3. SDG progress",
        "Status of each SDG target by scope (UNSD progress-chart layout), trafficking (TIP) and"
            + " smuggling (SOM) shown apart.",
        List.of(),
        notes,
        figures,
        List.of(scorecard(scorecard)));
  }

  private static Table scorecard(List<Row> scorecard) {
    List<TableRow> rows = new ArrayList<>();
    for (Row p : scorecard) {
      rows.add(
          row(
              Rows.str(p, "programme_id"),
              Rows.str(p, "programme_name"),
              Rows.str(p, "lead_agency"),
              Rows.str(p, "pillar"),
              Rows.str(p, "crime_type"),
              Numbers.count(Rows.lng(p, "n_series")),
              Numbers.share(Rows.dbl(p, "share_on_track")),
              Numbers.share(Rows.dbl(p, "data_coverage"))));
    }
    return new Table(
        List.of(
            "programme",
            "name",
            "lead agency",
            "pillar",
            "crime",
            "series",
            "on track or achieved",
            "data coverage"),
        rows);
  }

  private static Figure grid(
      String crime, List<String> group, List<Row> rows, Set<String> fragile) {
    TreeSet<String> targetSet = new TreeSet<>(ProgressSection::compareTargets);
    List<String> columns = new ArrayList<>();
    Map<String, Row> byCell = new HashMap<>();
    for (Row r : rows) {
      targetSet.add(Rows.str(r, "sdg_target"));
      String column = columnLabel(r);
      if (!columns.contains(column)) {
        columns.add(column);
      }
      byCell.put(Rows.str(r, "sdg_target") + "|" + column, r);
    }
    columns.sort(String::compareTo);
    if (columns.remove("all (global)")) {
      columns.add(0, "all (global)");
    }
    List<String> targetRows = new ArrayList<>(targetSet);
    List<List<ProgressGrid.Cell>> cells = new ArrayList<>();
    List<TableRow> table = new ArrayList<>();
    for (String target : targetRows) {
      List<ProgressGrid.Cell> line = new ArrayList<>();
      for (String column : columns) {
        Row r = byCell.get(target + "|" + column);
        if (r == null) {
          line.add(null);
          continue;
        }
        boolean marked = fragile.contains(cellKey(r));
        line.add(new ProgressGrid.Cell(Rows.str(r, "status"), Rows.lng(r, "n_series"), marked));
        table.add(
            row(
                target,
                column,
                StatusStyle.describe(Rows.str(r, "status")),
                Numbers.count(Rows.lng(r, "n_series")),
                marked ? "could change" : "robust or not assessed"));
      }
      cells.add(line);
    }
    String label = crimeLabel(crime);
    String scopes = String.join(" and ", group).replace("_", " ");
    String title = label + ": SDG targets by " + scopes;
    return new Figure(
        title,
        "Rows: SDG targets. Columns: " + scopes + ". " + label + " only.",
        ProgressGrid.render(title, targetRows, columns, cells),
        new Table(List.of("target", "scope", "status", "series", "robustness"), table));
  }

  static String crimeLabel(String crime) {
    return switch (crime) {
      case "TIP" -> "Trafficking in persons (TIP)";
      case "SOM" -> "Smuggling of migrants (SOM)";
      default -> "Context series for both crimes (" + crime + ")";
    };
  }

  private static String columnLabel(Row r) {
    String type = Rows.str(r, "scope_type");
    return "global".equals(type) ? "all (global)" : Rows.str(r, "scope_id");
  }

  private static String cellKey(Row r) {
    return Rows.str(r, "sdg_target")
        + "|"
        + Rows.str(r, "scope_type")
        + "|"
        + Rows.str(r, "scope_id")
        + "|"
        + Rows.str(r, "crime_type");
  }

  /** Cells (target, scope, crime) holding a headline series whose status the trend CI may flip. */
  static Set<String> fragileCells(List<Row> series, List<Row> scorecard) {
    Map<String, Row> programmes = new HashMap<>();
    scorecard.forEach(p -> programmes.put(Rows.str(p, "programme_id"), p));
    Set<String> cells = new HashSet<>();
    for (Row s : series) {
      if (!Rows.headline(s) || !couldFlip(s)) {
        continue;
      }
      String prefix = Rows.str(s, "sdg_target") + "|";
      String crime = "|" + Rows.str(s, "crime_type");
      cells.add(prefix + "global|global" + crime);
      if (Rows.str(s, "country_iso3") != null) {
        cells.add(prefix + "country|" + Rows.str(s, "country_iso3") + crime);
      }
      if ("programme".equals(Rows.str(s, "scope_type"))) {
        String id = Rows.str(s, "scope_id");
        cells.add(prefix + "programme|" + id + crime);
        Row p = programmes.get(id);
        if (p != null) {
          cells.add(prefix + "pillar|" + Rows.str(p, "pillar") + crime);
          cells.add(prefix + "lead_agency|" + Rows.str(p, "lead_agency") + crime);
        }
      }
    }
    return cells;
  }

  static boolean couldFlip(Row s) {
    return Rows.str(s, "status_low") != null
        && Rows.str(s, "status_high") != null
        && !Rows.bool(s, "status_robust");
  }

  static int compareTargets(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareParts(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareParts(String a, String b) {
    boolean na = a.chars().allMatch(Character::isDigit) && !a.isEmpty();
    boolean nb = b.chars().allMatch(Character::isDigit) && !b.isEmpty();
    if (na && nb) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    return na ? -1 : nb ? 1 : a.compareTo(b);
  }
}
