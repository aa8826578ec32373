package org.tipevidence.jobs.disclosure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * How a published dataset holds person counts, so that {@link DisclosureControl} can protect it and
 * {@link DisclosureCheck} can verify it.
 *
 * @param counts the columns that count persons
 * @param personCountColumn boolean row-level column: true when the row's figures count persons
 *     (null value: treated as true); null when every row does
 * @param tableKey the columns that identify one table instance (everything but the margin
 *     dimensions: series identity, scope, year); rows sharing them form one table with margins
 * @param margins the dimensions with a total code, e.g. sex, age_group, exploitation_form
 * @param derivedColumns figures computed from the counts (rates, ratios, growth, slopes) that would
 *     give a suppressed count back: set to null in a row where any count is suppressed
 * @param derivedFlag boolean column set true where derived figures were withheld; null when there
 *     are no derived columns
 * @param originColumn the column naming where a row's figures come from ({@code source}): rows from
 *     a public source ({@link DisclosureRegistry#PUBLIC_SOURCES}) are not interval-audited (their
 *     source's own margins already bound its censored cells); null when every row is the project's
 */
public record TableLayout(
    List<CountColumn> counts,
    String personCountColumn,
    List<String> tableKey,
    List<MarginDimension> margins,
    List<String> derivedColumns,
    String derivedFlag,
    String originColumn)
    implements Serializable {
  /**
   * Written where the layout has an origin column: {@code full} (primary, complementary and
   * interval-audited suppression) or {@code as_published} (a public source's own figure, its
   * censoring kept, nothing more withheld).
   */
  public static final String PROTECTION_COLUMN = "protection";

  public static final String FULL = "full";
  public static final String AS_PUBLISHED = "as_published";

  public TableLayout {
    counts = List.copyOf(counts);
    tableKey = List.copyOf(tableKey);
    margins = List.copyOf(margins);
    derivedColumns = List.copyOf(derivedColumns);
    if (counts.isEmpty()) {
      throw new IllegalArgumentException("a layout needs at least one count column");
    }
    if (!derivedColumns.isEmpty() && derivedFlag == null) {
      throw new IllegalArgumentException("derived columns need a derived flag column");
    }
  }

  public List<String> marginColumns() {
    return margins.stream().map(MarginDimension::column).toList();
  }

  public List<String> totalCodes() {
    return margins.stream().map(MarginDimension::totalCode).toList();
  }

  /** Columns a dataset must have for this layout to describe it. */
  public List<String> requiredColumns() {
    List<String> out = new ArrayList<>(tableKey);
    out.addAll(marginColumns());
    for (CountColumn c : counts) {
      out.add(c.value());
      out.addAll(c.extraKey());
    }
    return out;
  }
}
