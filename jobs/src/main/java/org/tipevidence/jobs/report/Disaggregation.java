package org.tipevidence.jobs.report;

import org.apache.spark.sql.Row;

/** A series' disaggregation in words: "total" or "sex F · age Y0T17". */
final class Disaggregation {
  private Disaggregation() {}

  static String of(Row r) {
    StringBuilder out = new StringBuilder();
    append(out, "sex", Rows.str(r, "sex"));
    append(out, "age", Rows.str(r, "age_group"));
    append(out, "form", Rows.str(r, "exploitation_form"));
    return out.length() == 0 ? "(total)" : "(" + out + ")";
  }

  private static void append(StringBuilder out, String name, String code) {
    if (code != null && !"_T".equals(code)) {
      out.append(out.length() == 0 ? "" : " · ").append(name).append(' ').append(code);
    }
  }
}
