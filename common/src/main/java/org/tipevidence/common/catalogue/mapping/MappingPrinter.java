package org.tipevidence.common.catalogue.mapping;

import java.util.ArrayList;
import java.util.List;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgIndicator;
import org.tipevidence.common.catalogue.SdgTarget;

/** Renders a mapping (and mapping problems) as aligned plain text for the CLI. */
public final class MappingPrinter {
  /** Column headers of {@link #render}. */
  public static final List<String> HEADERS =
      List.of(
          "LOCAL CODE",
          "TARGET",
          "INDICATOR",
          "SERIES",
          "UNIT",
          "DIRECTION",
          "AGGREGATION",
          "CRIME",
          "SCALING",
          "PERSONS");

  private MappingPrinter() {}

  /**
   * A title line, then one aligned row per mapped indicator. Complementary (non-official)
   * indicators are marked with {@code *} and explained in a footnote.
   */
  public static String render(IndicatorMapping mapping, SdgCatalogue catalogue) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADERS);
    boolean anyComplementary = false;
    for (MappedIndicator m : mapping.indicators()) {
      boolean official =
          catalogue.indicator(m.sdgIndicator()).map(SdgIndicator::official).orElse(true);
      anyComplementary |= !official;
      List<String> row = new ArrayList<>();
      row.add(m.localCode());
      row.add(catalogue.targetOf(m.sdgIndicator()).map(SdgTarget::code).orElse("?"));
      row.add(m.sdgIndicator() + (official ? "" : "*"));
      row.addAll(m.codes().values());
      row.add(m.personCount() ? "yes" : "no");
      rows.add(row);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("Indicator mapping ")
        .append(mapping.mappingVersion())
        .append(" (")
        .append(mapping.indicators().size())
        .append(mapping.indicators().size() == 1 ? " indicator" : " indicators")
        .append("), SDG catalogue ")
        .append(catalogue.version())
        .append('\n');
    sb.append(table(rows));
    if (anyComplementary) {
      sb.append("* complementary programme-level indicator (official: false)\n");
    }
    return sb.toString();
  }

  /** Problems as {@code file: $.path: message} lines, each followed by its fix. */
  public static String renderProblems(List<MappingProblem> problems) {
    StringBuilder sb = new StringBuilder();
    for (MappingProblem p : problems) {
      sb.append(p.format()).append('\n');
    }
    return sb.toString();
  }

  /** Left-aligned columns separated by two spaces, a dashed rule under the header row. */
  static String table(List<List<String>> rows) {
    int cols = rows.get(0).size();
    int[] width = new int[cols];
    for (List<String> r : rows) {
      for (int c = 0; c < cols; c++) {
        width[c] = Math.max(width[c], r.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      line(sb, rows.get(i), width);
      if (i == 0) {
        List<String> rule = new ArrayList<>();
        for (int w : width) {
          rule.add("-".repeat(w));
        }
        line(sb, rule, width);
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, int[] width) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        l.append("  ");
      }
      l.append(cells.get(c));
      if (c < cells.size() - 1) {
        l.append(" ".repeat(width[c] - cells.get(c).length()));
      }
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }
}
