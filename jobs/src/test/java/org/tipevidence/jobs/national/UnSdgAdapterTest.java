package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.testing.Paths;
import org.tipevidence.jobs.testing.SharedSpark;

/** The UN SDG DDF adapter on the real December 2023 extract. */
class UnSdgAdapterTest {
  private static Path shared;
  private static List<InputFile> files;
  private static Dataset<Row> observations;
  private static Dataset<Row> quarantine;
  private static Map<String, Row> quality;

  @BeforeAll
  static void run() {
    shared =
        Paths.sharedData().filter(d -> d.resolve("un_sdg").toFile().isDirectory()).orElse(null);
    Assumptions.assumeTrue(shared != null, "shared/data/un_sdg is absent");
    SparkSession spark = SharedSpark.get();
    files = NationalFolder.of(null, shared.toString()).unSdgFiles();
    CheckedInput checked =
        UnSdgAdapter.run(
            spark, files, CatalogueSeries.table(spark, SdgCatalogueLoader.loadDefault()));
    observations = checked.observations().cache();
    quarantine = checked.quarantine().cache();
    quality = new HashMap<>();
    for (Row r : checked.dataQuality().collectAsList()) {
      quality.put(r.getAs("source_file"), r);
    }
  }

  @AfterAll
  static void release() {
    if (observations != null) {
      observations.unpersist();
      quarantine.unpersist();
    }
  }

  @Test
  void everyRowOfEveryFileIsAccountedFor() throws Exception {
    assertEquals(25, files.size());
    for (InputFile f : files) {
      Row q = quality.get(f.label());
      long read = RealCsv.read(Path.of(f.path().replaceFirst("^file:", ""))).size() - 1;
      assertEquals(read, q.<Long>getAs("rows_read"), f.label());
      assertEquals(
          read, q.<Long>getAs("rows_accepted") + q.<Long>getAs("rows_quarantined"), f.label());
    }
    assertEquals(
        observations.count(),
        quality.values().stream().mapToLong(r -> r.<Long>getAs("rows_accepted")).sum());
    assertEquals(
        quarantine.count(),
        quality.values().stream().mapToLong(r -> r.<Long>getAs("rows_quarantined")).sum());
    // The detected-victims file is clean: every one of its 7,200 rows is an observation.
    Row detv =
        quality.get(
            "national/un_sdg/ddf--datapoints--vc_htf_detv--by--age--geo_area--nature--sex--units--year.csv");
    assertEquals(7_200L, detv.<Long>getAs("rows_read"));
    assertEquals(7_200L, detv.<Long>getAs("rows_accepted"));
  }

  @Test
  void ukTotalsResolveFromM49() {
    Map<Integer, Double> gbr = new TreeMap<>();
    for (Row r :
        observations
            .where(
                col("country_iso3")
                    .equalTo("GBR")
                    .and(col("series_code").equalTo("VC_HTF_DETV"))
                    .and(col("sex").equalTo("_T"))
                    .and(col("age_group").equalTo("_T")))
            .select("year", "value")
            .collectAsList()) {
      gbr.put(r.getInt(0), r.getDouble(1));
    }
    assertEquals(5_138.0, gbr.get(2017));
    assertEquals(6_985.0, gbr.get(2018));
    assertEquals(10_627.0, gbr.get(2019));
    assertEquals(10_613.0, gbr.get(2020));
  }

  @Test
  void aggregatesAreKeptApartFromCountries() {
    assertEquals(
        0,
        observations
            .where(col("scope_type").notEqual("country").and(col("country_iso3").isNotNull()))
            .count());
    assertTrue(
        observations
                .where(col("scope_type").equalTo("aggregate").and(col("scope_id").equalTo("M49_1")))
                .count()
            > 0);
    assertTrue(
        observations
                .where(
                    col("scope_type")
                        .equalTo("subnational")
                        .and(col("scope_id").equalTo("M49_827")))
                .count()
            > 0);
  }

  @Test
  void formAndCatalogueAttributesComeFromTheSeries() {
    Row fl =
        observations
            .where(col("series_code").equalTo("VC_HTF_DETVFLR"))
            .select("exploitation_form", "unit", "person_count", "sdg_target", "crime_type")
            .first();
    assertEquals("FRC_LAB", fl.get(0));
    assertEquals("PER_100000_POP", fl.get(1));
    assertEquals(false, fl.get(2));
    assertEquals("16.2", fl.get(3));
    assertEquals("TIP", fl.get(4));
    assertEquals(
        0,
        observations
            .where(col("series_code").equalTo("SG_CPA_MIGRP"))
            .where(col("other_disaggregation").isNotNull())
            .count());
  }
}
