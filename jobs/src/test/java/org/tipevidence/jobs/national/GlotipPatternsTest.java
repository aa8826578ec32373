package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputFormat;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.testing.SharedSpark;

/**
 * GLOTIP plausibility by consistency (fixture national-patterns/glotip/glotip_2025_pattern.csv,
 * README there): a part never exceeds its total; a jump consistent with its total passes.
 */
class GlotipPatternsTest {
  private static final Path FILE =
      OpenSdgPatternsTest.FOLDER.resolve("glotip/glotip_2025_pattern.csv");
  private static Dataset<Row> observations;
  private static Dataset<Row> quarantine;
  private static Row quality;

  @BeforeAll
  static void run() {
    SparkSession spark = SharedSpark.get();
    CheckedInput checked =
        GlotipAdapter.run(
            spark,
            List.of(new InputFile(FILE.toString(), "national/glotip/pattern.csv", InputFormat.CSV)),
            CatalogueSeries.table(spark, SdgCatalogueLoader.loadDefault()));
    observations = checked.observations().cache();
    quarantine = checked.quarantine().cache();
    quality = checked.dataQuality().collectAsList().get(0);
  }

  @Test
  void everyRowIsAccountedFor() throws Exception {
    long lines = Files.readAllLines(FILE).size() - 1;
    assertEquals(lines, quality.<Long>getAs("rows_read"));
    assertEquals(lines, observations.count() + quarantine.count());
    assertEquals(2, quarantine.count());
  }

  @Test
  void aJumpConsistentWithItsTotalPasses() {
    // 22,575 is 21 times the largest earlier year (1,050) but below the 2022 total 26,539.
    List<Row> se =
        observations
            .where(
                col("country_iso3")
                    .equalTo("PHL")
                    .and(col("year").equalTo(2022))
                    .and(col("series_code").equalTo("VC_HTF_DETVSX")))
            .select("value")
            .collectAsList();
    assertEquals(1, se.size());
    assertEquals(22_575.0, se.get(0).getDouble(0));
    assertEquals(10, observations.where(col("country_iso3").equalTo("PHL")).count());
  }

  private static String reason(String recordStart) {
    List<Row> r =
        quarantine.where(col("record").startsWith(recordStart)).select("reason").collectAsList();
    assertEquals(1, r.size(), recordStart);
    return r.get(0).getString(0);
  }

  @Test
  void aPartAboveItsTotalIsQuarantinedWithBothFigures() {
    String why =
        reason(
            "NPL,Nepal,Asia,Southern Asia,Detected trafficking victims,by form of exploitation,");
    assertTrue(why.startsWith("the value is far beyond"), why);
    assertTrue(why.contains("value 5,400 is a part of the total 300"), why);
    // A small part above its total (female 320 > 300) is left alone, as in the real releases.
    assertEquals(
        1,
        observations
            .where(col("country_iso3").equalTo("NPL").and(col("sex").equalTo("F")))
            .count());
  }

  @Test
  void aSpikeWithNoTotalIsQuarantinedWithItsHistory() {
    String why = reason("KEN,");
    assertTrue(why.contains("value 3,000 is over 10 times the largest of the series' 3"), why);
    assertTrue(why.contains("other years (30)"), why);
    assertTrue(why.contains("no plausible total"), why);
    assertEquals(
        1,
        quarantine
            .where(col("record").startsWith("PHL,").or(col("record").startsWith("NPL,")))
            .count());
  }
}
