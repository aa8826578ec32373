package org.tipevidence.jobs.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.tipevidence.common.disclosure.CellKey;
import org.tipevidence.common.disclosure.CellState;
import org.tipevidence.common.disclosure.DifferencingAttack;
import org.tipevidence.common.disclosure.Disclosure;
import org.tipevidence.common.disclosure.DisclosureTable;

/**
 * The attack as a reader of a published {@code series_values} would run it, written without the
 * check's code: group the rows into tables (series x year), then solve every margin for the
 * withheld cells. Tests collect small published tables to run it.
 */
final class PublishedAttacker {
  private PublishedAttacker() {}

  static List<String> recoverable(List<Row> published) {
    Map<String, DisclosureTable> tables = new TreeMap<>();
    for (Row r : published) {
      boolean persons = r.getAs("person_count");
      String key =
          String.join(
              "|",
              r.getAs("scope_type"),
              r.getAs("scope_id"),
              String.valueOf((Object) r.getAs("country_iso3")),
              r.getAs("sdg_indicator"),
              r.getAs("series_code"),
              r.getAs("crime_type"),
              String.valueOf((Object) r.getAs("year")));
      Double shown = persons ? r.getAs("value") : r.getAs("raw_value");
      if (!persons && shown == null && !Boolean.TRUE.equals(r.getAs("suppressed"))) {
        continue;
      }
      boolean hidden =
          Boolean.TRUE.equals(r.getAs("suppressed")) || Boolean.TRUE.equals(r.getAs("censored"));
      tables
          .computeIfAbsent(
              key + "|" + persons,
              k -> new DisclosureTable(List.of("sex", "age_group", "exploitation_form")))
          .add(
              CellKey.of(r.getAs("sex"), r.getAs("age_group"), r.getAs("exploitation_form")),
              hidden ? null : shown,
              hidden ? CellState.SUPPRESSED : CellState.PUBLISHED);
    }
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, DisclosureTable> e : tables.entrySet()) {
      List<Disclosure> margins = DifferencingAttack.margins(e.getValue());
      List<Disclosure> linear = DifferencingAttack.linear(e.getValue());
      for (Disclosure d : margins) {
        found.add(e.getKey() + " " + d);
      }
      for (Disclosure d : linear) {
        found.add(e.getKey() + " " + d);
      }
    }
    return found;
  }
}
