package org.tipevidence.jobs.disclosure;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.disclosure.SuppressionRule;
import org.tipevidence.jobs.testing.SharedSpark;

class DisclosureControlTest {
  private static final SuppressionRule K5 = SuppressionRule.of(5);
  private final SparkSession spark = SharedSpark.get();

  /** sex|age|form|year -> row, for assertions. */
  private static Map<String, Row> byCell(Dataset<Row> out) {
    Map<String, Row> m = new HashMap<>();
    for (Row r : out.collectAsList()) {
      m.put(
          r.getAs("series_code")
              + "|"
              + r.getAs("sex")
              + "|"
              + r.getAs("age_group")
              + "|"
              + r.getAs("exploitation_form")
              + "|"
              + r.getAs("year"),
          r);
    }
    return m;
  }

  @Test
  void smallCellAndItsComplementAreWithheldPerYear() {
    Dataset<Row> in =
        new SeriesValuesFixture()
            .count(2022, "F", "_T", "_T", 3.0)
            .count(2022, "M", "_T", "_T", 10.0)
            .count(2022, "_T", "_T", "_T", 13.0)
            .count(2023, "F", "_T", "_T", 30.0)
            .count(2023, "M", "_T", "_T", 10.0)
            .count(2023, "_T", "_T", "_T", 40.0)
            .build(spark);
    Dataset<Row> out = DisclosureControl.apply(in, DisclosureRegistry.seriesValues(), K5);
    assertEquals(6, out.count(), "no row added or lost");
    Map<String, Row> cells = byCell(out);
    Row f = cells.get("VC_HTF_DETV|F|_T|_T|2022");
    assertNull(f.getAs("value"));
    assertTrue((Boolean) f.getAs("suppressed"));
    assertEquals("primary", f.getAs("suppression"));
    Row m = cells.get("VC_HTF_DETV|M|_T|_T|2022");
    assertNull(m.getAs("value"));
    assertEquals("complementary", m.getAs("suppression"));
    Row total = cells.get("VC_HTF_DETV|_T|_T|_T|2022");
    assertEquals(13.0, (Double) total.getAs("value"));
    assertFalse((Boolean) total.getAs("suppressed"));
    assertNull(total.getAs("suppression"));
    assertEquals(
        0,
        out.where(col("year").equalTo(2023).and(col("suppressed"))).count(),
        "2023 is another table instance with nothing small");
  }

  @Test
  void censoredInputStaysCensoredAndIsProtected() {
    Dataset<Row> in =
        new SeriesValuesFixture()
            .row("VC_HTF_DETV", 2019, "F", "_T", "_T", null, null, true, true, false)
            .count(2019, "M", "_T", "_T", 20.0)
            .count(2019, "_U", "_T", "_T", 7.0)
            .count(2019, "_T", "_T", "_T", 31.0)
            .build(spark);
    Map<String, Row> cells =
        byCell(DisclosureControl.apply(in, DisclosureRegistry.seriesValues(), K5));
    assertEquals("censored", cells.get("VC_HTF_DETV|F|_T|_T|2019").getAs("suppression"));
    assertEquals(
        "complementary",
        cells.get("VC_HTF_DETV|_U|_T|_T|2019").getAs("suppression"),
        "the smallest positive part, although parts do not add up");
    assertEquals(20.0, (Double) cells.get("VC_HTF_DETV|M|_T|_T|2019").getAs("value"));
  }

  @Test
  void censoringIsOneSourcesAndNeverCrossesToAnother() {
    // GLOTIP censors F (<5); UN SDG publishes the same cell of the same series as 9. A reader sees
    // two tables (one per source): UN SDG's F is not GLOTIP's censored cell.
    Dataset<Row> in =
        new SeriesValuesFixture()
            .from("glotip")
            .row("VC_HTF_DETV", 2019, "F", "_T", "_T", null, null, true, true, false)
            .count(2019, "M", "_T", "_T", 20.0)
            .count(2019, "_T", "_T", "_T", 31.0)
            .from("un_sdg")
            .count(2019, "F", "_T", "_T", 9.0)
            .count(2019, "M", "_T", "_T", 20.0)
            .count(2019, "_T", "_T", "_T", 29.0)
            .build(spark);
    Dataset<Row> out = DisclosureControl.apply(in, DisclosureRegistry.seriesValues(), K5);
    Row unF = out.where(col("source").equalTo("un_sdg").and(col("sex").equalTo("F"))).first();
    assertEquals(9.0, (Double) unF.getAs("value"));
    assertFalse((Boolean) unF.getAs("suppressed"));
    assertNull(unF.getAs("suppression"));
    Row glotipF = out.where(col("source").equalTo("glotip").and(col("sex").equalTo("F"))).first();
    assertEquals("censored", glotipF.getAs("suppression"));
    assertEquals(
        0,
        out.where(
                col("source")
                    .equalTo("glotip")
                    .and(col("suppressed"))
                    .and(col("sex").notEqual("F")))
            .count(),
        "GLOTIP publishes M and the total itself: nothing is withheld beyond its own censoring");
  }

  @Test
  void publicSourceFiguresAreRepublishedAsPublishedAndLabelled() {
    Dataset<Row> in =
        new SeriesValuesFixture()
            .from("un_sdg")
            .count(2020, "F", "_T", "_T", 3.0)
            .count(2020, "M", "_T", "_T", 20.0)
            .count(2020, "_T", "_T", "_T", 23.0)
            .from("submission")
            .count(2021, "F", "_T", "_T", 3.0)
            .count(2021, "M", "_T", "_T", 20.0)
            .count(2021, "_T", "_T", "_T", 23.0)
            .build(spark);
    Map<String, Row> cells =
        byCell(DisclosureControl.apply(in, DisclosureRegistry.seriesValues(), K5));
    Row un = cells.get("VC_HTF_DETV|F|_T|_T|2020");
    assertEquals(3.0, (Double) un.getAs("value"), "UN SDG published it; withholding hides nothing");
    assertEquals("as_published", un.getAs("protection"));
    Row programme = cells.get("VC_HTF_DETV|F|_T|_T|2021");
    assertEquals("primary", programme.getAs("suppression"));
    assertEquals("full", programme.getAs("protection"));
  }

  @Test
  void ratesAreWithheldWithTheirCount() {
    Dataset<Row> in =
        new SeriesValuesFixture()
            .rate(2022, "F", 0.0015, 3.0)
            .rate(2022, "M", 0.0049, 10.0)
            .rate(2022, "_T", 0.0032, 13.0)
            .build(spark);
    Map<String, Row> cells =
        byCell(DisclosureControl.apply(in, DisclosureRegistry.seriesValues(), K5));
    Row f = cells.get("VC_HTF_DETVR|F|_T|_T|2022");
    assertNull(f.getAs("value"), "rate x public population = the count");
    assertNull(f.getAs("raw_value"));
    assertEquals("primary", f.getAs("suppression"));
    assertEquals("complementary", cells.get("VC_HTF_DETVR|M|_T|_T|2022").getAs("suppression"));
    assertEquals(0.0032, (Double) cells.get("VC_HTF_DETVR|_T|_T|_T|2022").getAs("value"));
  }

  @Test
  void aRateIsWithheldWithItsLinkedCountSeries() {
    // VC_HTF_DETVR is VC_HTF_DETV per 100,000: the published rate carries no count (raw_value
    // null), yet rate x public population gives the count back, so the pair is one table.
    Dataset<Row> in =
        new SeriesValuesFixture()
            .count(2022, "F", "_T", "_T", 3.0)
            .count(2022, "M", "_T", "_T", 10.0)
            .count(2022, "_T", "_T", "_T", 13.0)
            .row("VC_HTF_DETVR", 2022, "F", "_T", "_T", 0.0015, null, false, false, false)
            .row("VC_HTF_DETVR", 2022, "M", "_T", "_T", 0.0049, null, false, false, false)
            .row("VC_HTF_DETVR", 2022, "_T", "_T", "_T", 0.0032, null, false, false, false)
            .build(spark);
    Dataset<Row> out = DisclosureControl.apply(in, DisclosureRegistry.seriesValues(), K5);
    assertEquals(List.of(in.columns()), List.of(out.columns()).subList(0, in.columns().length));
    Map<String, Row> cells = byCell(out);
    assertEquals("primary", cells.get("VC_HTF_DETVR|F|_T|_T|2022").getAs("suppression"));
    assertNull(cells.get("VC_HTF_DETVR|F|_T|_T|2022").getAs("value"));
    assertEquals("complementary", cells.get("VC_HTF_DETVR|M|_T|_T|2022").getAs("suppression"));
    assertEquals(0.0032, (Double) cells.get("VC_HTF_DETVR|_T|_T|_T|2022").getAs("value"));
  }

  @Test
  void programmeCellPinnedOnlyByBoundsGetsMoreSuppression() {
    // 6 = 1 + 5: F primary, M complementary passes every exact attack, but M is 0 or >= 5 and F
    // is 1..4, so F = 1. The audit withholds the total as well.
    Dataset<Row> in =
        new SeriesValuesFixture()
            .count(2022, "F", "_T", "_T", 1.0)
            .count(2022, "M", "_T", "_T", 5.0)
            .count(2022, "_T", "_T", "_T", 6.0)
            .build(spark);
    Map<String, Row> cells =
        byCell(DisclosureControl.apply(in, DisclosureRegistry.seriesValues(), K5));
    assertEquals("complementary", cells.get("VC_HTF_DETV|_T|_T|_T|2022").getAs("suppression"));
    Map<String, Row> glotip =
        byCell(
            DisclosureControl.apply(
                in.withColumn("source", functions.lit("glotip")),
                DisclosureRegistry.seriesValues(),
                K5));
    assertEquals(
        6.0,
        (Double) glotip.get("VC_HTF_DETV|_T|_T|_T|2022").getAs("value"),
        "a public source's own figures are not interval-audited");
  }

  @Test
  void progressFiguresOfAWithheldBaseAreWithheld() {
    StructType schema =
        new StructType(
            new StructField[] {
              DataTypes.createStructField("scope_type", DataTypes.StringType, false),
              DataTypes.createStructField("scope_id", DataTypes.StringType, false),
              DataTypes.createStructField("country_iso3", DataTypes.StringType, true),
              DataTypes.createStructField("sdg_indicator", DataTypes.StringType, false),
              DataTypes.createStructField("series_code", DataTypes.StringType, false),
              DataTypes.createStructField("crime_type", DataTypes.StringType, false),
              DataTypes.createStructField("sex", DataTypes.StringType, false),
              DataTypes.createStructField("age_group", DataTypes.StringType, false),
              DataTypes.createStructField("exploitation_form", DataTypes.StringType, false),
              DataTypes.createStructField("base_year", DataTypes.IntegerType, false),
              DataTypes.createStructField("base_value", DataTypes.DoubleType, false),
              DataTypes.createStructField("latest_year", DataTypes.IntegerType, false),
              DataTypes.createStructField("latest_value", DataTypes.DoubleType, false),
              DataTypes.createStructField("person_count", DataTypes.BooleanType, false),
              DataTypes.createStructField("cagr_actual", DataTypes.DoubleType, true),
              DataTypes.createStructField("status", DataTypes.StringType, true)
            });
    List<Row> rows =
        List.of(
            progress("F", 2016, 3.0, 2022, 30.0, 0.47),
            progress("M", 2016, 50.0, 2022, 60.0, 0.03),
            progress("_T", 2016, 53.0, 2022, 90.0, 0.09));
    Dataset<Row> out =
        DisclosureControl.apply(
            spark
                .createDataFrame(rows, schema)
                .withColumn("source", functions.lit("submission"))
                .withColumn("unit", functions.lit("NUMBER")),
            DisclosureRegistry.seriesProgress(),
            K5);
    Map<String, Row> bySex = new HashMap<>();
    out.collectAsList().forEach(r -> bySex.put(r.getAs("sex"), r));
    Row f = bySex.get("F");
    assertNull(f.getAs("base_value"));
    assertEquals("primary", f.getAs("base_value_suppression"));
    assertEquals(30.0, (Double) f.getAs("latest_value"), "latest year is its own table");
    assertFalse((Boolean) f.getAs("latest_value_suppressed"));
    assertNull(f.getAs("cagr_actual"), "30 / (1 + 0.47)^6 would give the base back");
    assertTrue((Boolean) f.getAs("derived_suppressed"));
    assertEquals("on_track", f.getAs("status"), "a status alone does not give a count back");
    assertEquals("complementary", bySex.get("M").getAs("base_value_suppression"));
    assertNull(bySex.get("M").getAs("cagr_actual"));
    assertEquals(0.09, (Double) bySex.get("_T").getAs("cagr_actual"));
  }

  private static Row progress(
      String sex, int baseYear, double base, int latestYear, double latest, double cagr) {
    return RowFactory.create(
        "country",
        "NGA",
        "NGA",
        "16.2.2",
        "VC_HTF_DETV",
        "TIP",
        sex,
        "_T",
        "_T",
        baseYear,
        base,
        latestYear,
        latest,
        true,
        cagr,
        "on_track");
  }
}
