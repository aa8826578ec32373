package org.tipevidence.jobs.disclosure;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tipevidence.common.disclosure.Cell;
import org.tipevidence.common.disclosure.CellKey;
import org.tipevidence.common.disclosure.CellState;
import org.tipevidence.common.disclosure.DifferencingAttack;
import org.tipevidence.common.disclosure.DisclosureTable;
import org.tipevidence.common.disclosure.MarginEquation;
import org.tipevidence.jobs.cli.TipEvidence;
import org.tipevidence.jobs.testing.NationalRun;
import org.tipevidence.jobs.testing.SampleRun;
import org.tipevidence.jobs.testing.SharedSpark;

/**
 * The whole run, then the published area attacked as a reader would: on the sample data and on the
 * sample data with the real GLOTIP release (with the Open SDG and UN SDG releases beside it: the
 * run is {@link NationalRun}, shared with NationalPipelineTest). Both runs are shared per JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedRunDisclosureTest {
  /** What a reader sees as one table: every identifying column but the margins, and the year. */
  private static final List<String> READER_TABLE =
      List.of(
          "scope_type",
          "scope_id",
          "country_iso3",
          "source",
          "sdg_target",
          "sdg_indicator",
          "series_code",
          "indicator_code",
          "crime_type",
          "unit",
          "aggregation",
          "year");

  private static final List<String> MARGINS = List.of("sex", "age_group", "exploitation_form");

  private final SparkSession spark = SharedSpark.get();

  @Test
  void sampleDataRunPublishesNothingRecoverable() {
    Path out = SampleRun.output();
    Dataset<Row> values = published(out, "series_values");
    // The sample submissions hold counts in 1..4: some cells must have been withheld.
    assertTrue(values.where(col("suppression").equalTo("primary")).count() > 0);
    assertPublishedSafely(out, values);
  }

  @Test
  void glotipRunPublishesNothingRecoverable() {
    Optional<Path> run = NationalRun.output();
    Assumptions.assumeTrue(run.isPresent(), "shared/data is absent");
    Path out = run.get();
    Dataset<Row> values = published(out, "series_values");
    // GLOTIP's "<5" cells arrive censored and stay withheld as such.
    assertTrue(
        values
                .where(col("source").equalTo("glotip").and(col("suppression").equalTo("censored")))
                .count()
            > 0);
    assertPublishedSafely(out, values);
  }

  private void assertPublishedSafely(Path out, Dataset<Row> values) {
    assertEquals(0, TipEvidence.execute("disclosure-check", "--output", out.toString()));

    // A public source's figures are republished as it published them: its censoring, nothing more.
    assertEquals(
        0,
        values
            .where(
                col("protection")
                    .equalTo("as_published")
                    .and(col("suppression").isin("primary", "complementary")))
            .count(),
        "no public national value is withheld beyond the source's own censoring");
    assertEquals(
        0,
        values
            .where(
                col("source")
                    .isin("glotip", "opensdg", "un_sdg")
                    .notEqual(col("protection").equalTo("as_published")))
            .count(),
        "protection says the origin");
    // Everything else is fully protected against the reader's attack.
    List<Row> counts =
        values
            .where(col("person_count").and(col("protection").equalTo("full")))
            .select(columns())
            .collectAsList();
    assertTrue(counts.size() > 0, "series_values has person counts");
    long smallShown =
        counts.stream()
            .filter(r -> !Boolean.TRUE.equals(r.getAs("suppressed")))
            .filter(r -> r.getAs("value") != null)
            .filter(r -> r.<Double>getAs("value") >= 1 && r.<Double>getAs("value") < 5)
            .count();
    assertEquals(0, smallShown, "person counts in 1..4 are shown");
    List<String> recovered = attack(counts);
    assertEquals(List.of(), recovered.subList(0, Math.min(20, recovered.size())));

    // series_progress withholds the base and latest values series_values withholds.
    Dataset<Row> progress = published(out, "series_progress");
    Dataset<Row> withheld = values.where(col("suppressed"));
    for (String which : List.of("base", "latest")) {
      long shownThoughWithheld =
          progress
              .join(
                  withheld,
                  progress
                      .col(which + "_year")
                      .equalTo(withheld.col("year"))
                      .and(keyMatch(progress, withheld)))
              .where(
                  progress
                      .col(which + "_value")
                      .isNotNull()
                      .or(progress.col(which + "_value_suppressed").equalTo(false)))
              .count();
      assertEquals(0, shownThoughWithheld, which + " values withheld in series_values");
    }
    assertEquals(
        0,
        progress
            .where(
                col("base_value_suppressed")
                    .or(col("latest_value_suppressed"))
                    .and(col("cagr_actual").isNotNull().or(col("trend_slope").isNotNull())))
            .count());
  }

  private static org.apache.spark.sql.Column keyMatch(Dataset<Row> a, Dataset<Row> b) {
    org.apache.spark.sql.Column m = null;
    for (String k :
        List.of(
            "scope_type",
            "scope_id",
            "source",
            "sdg_target",
            "sdg_indicator",
            "series_code",
            "indicator_code",
            "crime_type",
            "sex",
            "age_group",
            "exploitation_form",
            "unit",
            "direction",
            "aggregation")) {
      org.apache.spark.sql.Column c = a.col(k).eqNullSafe(b.col(k));
      m = m == null ? c : m.and(c);
    }
    return m;
  }

  /**
   * Every margin equation of every reader's table: total − Σ known parts must never leave exactly
   * one unknown; the common attack (margins, lower bounds) must find nothing either.
   */
  private static List<String> attack(List<Row> rows) {
    Map<String, DisclosureTable> tables = new TreeMap<>();
    for (Row r : rows) {
      StringBuilder key = new StringBuilder();
      for (String k : READER_TABLE) {
        key.append(String.valueOf((Object) r.getAs(k))).append('|');
      }
      boolean hidden =
          Boolean.TRUE.equals(r.getAs("suppressed")) || Boolean.TRUE.equals(r.getAs("censored"));
      Double shown = r.getAs("value");
      if (!hidden && shown == null) {
        continue; // shown without a figure: absent from the equations
      }
      tables
          .computeIfAbsent(key.toString(), k -> new DisclosureTable(MARGINS))
          .add(
              CellKey.of(r.getAs("sex"), r.getAs("age_group"), r.getAs("exploitation_form")),
              hidden ? null : shown,
              hidden ? CellState.SUPPRESSED : CellState.PUBLISHED);
    }
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, DisclosureTable> e : tables.entrySet()) {
      DisclosureTable t = e.getValue();
      for (MarginEquation eq : t.equations()) {
        List<CellKey> unknown = new ArrayList<>();
        for (CellKey k : eq.members()) {
          Cell c = t.cell(k);
          if (!c.isKnown()) {
            unknown.add(k);
          }
        }
        if (unknown.size() == 1) {
          found.add(e.getKey() + " lone unknown " + unknown.get(0) + " in " + eq);
        }
      }
      DifferencingAttack.margins(t).forEach(d -> found.add(e.getKey() + " " + d));
      DifferencingAttack.lowerBounds(t, 1).forEach(d -> found.add(e.getKey() + " " + d));
    }
    return found;
  }

  private static org.apache.spark.sql.Column[] columns() {
    List<String> names = new ArrayList<>(READER_TABLE);
    names.addAll(MARGINS);
    names.addAll(List.of("value", "suppressed", "censored"));
    return names.stream().map(n -> col(n)).toArray(org.apache.spark.sql.Column[]::new);
  }

  private Dataset<Row> published(Path out, String name) {
    return spark.read().parquet(out.resolve("current/published/" + name).toString());
  }
}
