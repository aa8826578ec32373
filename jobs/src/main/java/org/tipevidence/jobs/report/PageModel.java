package org.tipevidence.jobs.report;

import java.util.List;

/**
 * What the page template renders. Every String here is text and is escaped by {@link ReportPage};
 * only {@link Figure#svg} is markup, and it comes from the SVG writer in common, which escapes the
 * text it draws.
 */
public final class PageModel {
  private PageModel() {}

  /** A name and a value in a definition list. */
  public record Fact(String name, String value) {}

  /** One table row. */
  public record TableRow(List<String> cells) {}

  /** A table behind a chart (or on its own). */
  public record Table(List<String> headers, List<TableRow> rows) {
    public boolean hasRows() {
      return !rows.isEmpty();
    }
  }

  /** One small multiple: its caption and its chart. */
  public record Panel(String caption, String svg) {}

  /** A chart (or small multiples) with its caption and the table of the numbers it draws. */
  public record Figure(
      String heading, String caption, String svg, List<Panel> panels, Table table) {
    public Figure(String heading, String caption, String svg, Table table) {
      this(heading, caption, svg, List.of(), table);
    }
  }

  /** One numbered section of the report. */
  public record Section(
      String id,
      String title,
      String intro,
      List<Fact> facts,
      List<String> notes,
      List<Figure> figures,
      List<Table> tables) {}

  /** The whole page. */
  public record Page(String title, String subtitle, List<Section> sections) {}

  static TableRow row(String... cells) {
    return new TableRow(List.of(cells));
  }
}
