package org.tipevidence.jobs.disclosure;

import java.io.Serializable;

/**
 * One way a published dataset can identify a person.
 *
 * @param kind {@code small_count} (a published count in 1..k-1), {@code margin_differencing},
 *     {@code margin_lower_bounds}, {@code linear_differencing} (a suppressed count an attacker
 *     recovers), {@code suppressed_value_present} (flagged withheld but the figure is there),
 *     {@code derived_reveals} (a rate or progress figure shown beside a withheld count), {@code
 *     linked_rate_reveals} (a per-100,000 rate shown while its count is withheld), {@code
 *     interval_audit} (a withheld small count the LP audit narrows too far; value = the lower end
 *     of the interval, detail = the interval), {@code layout_mismatch}, {@code
 *     unregistered_person_counts}
 * @param tableKey the table instance, as column=value pairs
 * @param cell the cell, as margin column=code pairs
 * @param column the offending column
 * @param value the published or recovered figure, when there is one
 */
public record DisclosureViolation(
    String dataset,
    String kind,
    String tableKey,
    String cell,
    String column,
    Double value,
    String detail)
    implements Serializable {

  @Override
  public String toString() {
    return kind
        + " "
        + dataset
        + " ["
        + tableKey
        + "] ("
        + cell
        + ") "
        + column
        + (value == null ? "" : " = " + value)
        + ": "
        + detail;
  }
}
