package org.tipevidence.jobs.disclosure;

import java.io.Serializable;
import java.util.List;

/**
 * A published column that holds a count of persons, with the columns that say whether (and why) its
 * figure is withheld.
 *
 * @param value the count
 * @param suppressedFlag boolean, true when the figure is withheld (written by {@link
 *     DisclosureControl}; honoured when already true on input, e.g. inherited from another table)
 * @param reasonColumn why: {@code primary}, {@code complementary}, {@code censored}, or null
 * @param censoredFlag boolean input column marking figures the source already withheld (GLOTIP
 *     {@code <5}); null when the table has none
 * @param extraKey columns that, with the table key, make one table instance for this count (e.g.
 *     {@code base_year} for {@code base_value}: only values of the same year add up)
 * @param rateBasis column with the underlying count for rows that are not person counts but are
 *     computed from one (per-100,000 rates): suppression is decided on it, and both are withheld
 *     together; null when the table has none
 */
public record CountColumn(
    String value,
    String suppressedFlag,
    String reasonColumn,
    String censoredFlag,
    List<String> extraKey,
    String rateBasis)
    implements Serializable {
  public CountColumn {
    extraKey = List.copyOf(extraKey);
  }

  /**
   * The single count column of a table: {@code value} with {@code suppressed}, {@code suppression}
   * and {@code censored}.
   */
  public static CountColumn single(String value) {
    return new CountColumn(value, "suppressed", "suppression", "censored", List.of(), null);
  }

  /**
   * One of several count columns in a row: flags named after it ({@code base_value_suppressed},
   * {@code base_value_suppression}), no censored flag.
   */
  public static CountColumn named(String value, List<String> extraKey) {
    return new CountColumn(
        value, value + "_suppressed", value + "_suppression", null, extraKey, null);
  }

  public CountColumn withRateBasis(String column) {
    return new CountColumn(value, suppressedFlag, reasonColumn, censoredFlag, extraKey, column);
  }
}
