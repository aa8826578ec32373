package org.tipevidence.jobs.disclosure;

import java.io.Serializable;
import org.tipevidence.common.disclosure.DisclosureTable;

/** A disaggregation column whose code {@code totalCode} is the total over the other codes. */
public record MarginDimension(String column, String totalCode) implements Serializable {
  /** A dimension using the SDMX total code {@code _T}. */
  public static MarginDimension of(String column) {
    return new MarginDimension(column, DisclosureTable.TOTAL);
  }
}
