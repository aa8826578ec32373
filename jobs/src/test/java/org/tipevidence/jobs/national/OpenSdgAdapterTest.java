package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.testing.Paths;

/** The Open SDG adapter on the real UK and Moldova platform files. */
class OpenSdgAdapterTest {
  private static Path shared;
  private static List<InputFile> files;
  private static Dataset<Row> observations;
  private static Dataset<Row> quarantine;
  private static Map<String, Row> quality;

  @BeforeAll
  static void run() {
    shared =
        Paths.sharedData().filter(d -> d.resolve("opensdg/uk").toFile().isDirectory()).orElse(null);
    Assumptions.assumeTrue(shared != null, "shared/data/opensdg is absent");
    OpenSdgRuns run = OpenSdgRuns.on(shared);
    files = run.files();
    CheckedInput checked = run.checked();
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

  private static List<List<String>> data(String relative) throws Exception {
    List<List<String>> all = RealCsv.read(shared.resolve(relative));
    return all.subList(1, all.size()).stream()
        .filter(r -> !(r.size() == 1 && r.get(0).isBlank()))
        .toList();
  }

  private static Map<Integer, Double> series(String country, String seriesCode, String sex) {
    Map<Integer, Double> out = new TreeMap<>();
    for (Row r :
        observations
            .where(
                col("country_iso3")
                    .equalTo(country)
                    .and(col("series_code").equalTo(seriesCode))
                    .and(col("sex").equalTo(sex))
                    .and(col("age_group").equalTo("_T")))
            .select("year", "value")
            .collectAsList()) {
      assertFalse(out.containsKey(r.getInt(0)), "one value per year");
      out.put(r.getInt(0), r.getDouble(1));
    }
    return out;
  }

  @Test
  void everyRowOfEveryFileIsAccountedFor() throws Exception {
    assertEquals(31, files.size());
    Map<String, Long> accepted = counts(observations);
    Map<String, Long> rejected = counts(quarantine);
    for (InputFile f : files) {
      Row q = quality.get(f.label());
      long read = data(f.label().substring("national/".length())).size();
      assertEquals(read, q.<Long>getAs("rows_read"), f.label());
      long ok = q.getAs("rows_accepted");
      long bad = q.getAs("rows_quarantined");
      assertEquals(read, ok + bad, f.label());
      assertEquals(ok, accepted.getOrDefault(f.label(), 0L), f.label());
      assertEquals(bad, rejected.getOrDefault(f.label(), 0L), f.label());
    }
    assertEquals(0, observations.where(col("programme_id").isNotNull()).count());
    assertEquals(
        0,
        observations
            .where(
                col("sdg_target")
                    .isNull()
                    .or(col("sdg_indicator").isNull())
                    .or(col("series_code").isNull())
                    .or(col("crime_type").isNull()))
            .count());
  }

  private static Map<String, Long> counts(Dataset<Row> data) {
    Map<String, Long> out = new HashMap<>();
    for (Row r : data.groupBy("source_file").count().collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }

  @Test
  void ukDetectedVictimsAreTheFileTotals() throws Exception {
    // Columns: Year,Series,Sex,Age,Unit multiplier,Units,Observation status,Value
    Map<Integer, Double> expected = new TreeMap<>();
    for (List<String> r : data("opensdg/uk/data/indicator_16-2-2.csv")) {
      if (r.get(2).isBlank() && r.get(3).isBlank()) {
        expected.put(Integer.parseInt(r.get(0)), Double.parseDouble(r.get(7)));
      }
    }
    assertEquals(13, expected.size());
    Map<Integer, Double> actual = series("GBR", "VC_HTF_DETV", "_T");
    assertEquals(expected, actual);
    assertEquals(303.0, actual.get(2009));
    assertEquals(9_330.0, actual.get(2019));
    assertEquals(11_387.0, actual.get(2021));
    Row one =
        observations
            .where(col("series_code").equalTo("VC_HTF_DETV").and(col("year").equalTo(2021)))
            .where(col("country_iso3").equalTo("GBR").and(col("sex").equalTo("_T")))
            .where(col("age_group").equalTo("_T"))
            .select("scope_type", "unit", "person_count", "direction", "crime_type", "source")
            .first();
    assertEquals("country", one.get(0));
    assertEquals("NUMBER", one.get(1));
    assertEquals(true, one.get(2));
    assertEquals("decrease", one.get(3));
    assertEquals("TIP", one.get(4));
    assertEquals("opensdg", one.get(5));
    // Female totals are kept as their own series, never summed into the total.
    assertFalse(series("GBR", "VC_HTF_DETV", "F").isEmpty());
  }

  @Test
  void moldovaRatesPerHundredThousand() throws Exception {
    // Columns: Year,Sex,Groups of persons,Countries of destination,Forms of exploitation,Value
    Map<Integer, Double> expected = new TreeMap<>();
    int blankTotals = 0;
    for (List<String> r : data("opensdg/moldova/data/indicator_16-2-2.csv")) {
      if (String.join("", r.subList(1, 5)).isBlank()) {
        if (r.get(5).isBlank()) {
          blankTotals++;
        } else {
          expected.put(Integer.parseInt(r.get(0)), Double.parseDouble(r.get(5)));
        }
      }
    }
    assertEquals(4, blankTotals); // 2010-2013
    Map<Integer, Double> actual = series("MDA", "VC_HTF_DETVR", "_T");
    assertEquals(expected, actual);
    assertEquals(9.2, actual.get(2014));
    assertEquals(13.7, actual.get(2021));
    assertEquals(5.8, actual.get(2022));
    Row rate =
        observations
            .where(col("series_code").equalTo("VC_HTF_DETVR"))
            .select("unit", "person_count", "sdg_indicator")
            .first();
    assertEquals("PER_100000_POP", rate.get(0));
    assertEquals(false, rate.get(1));
    assertEquals("16.2.2", rate.get(2));
    // "Work" is forced labour; destinations are out of scope, never in the total series.
    assertFalse(series("MDA", "VC_HTF_DETVFLR", "_T").isEmpty());
    String file = "national/opensdg/moldova/data/indicator_16-2-2.csv";
    long destinations =
        data("opensdg/moldova/data/indicator_16-2-2.csv").stream()
            .filter(r -> !r.get(3).isBlank() && !r.get(5).isBlank())
            .count();
    assertEquals(
        destinations,
        quarantine
            .where(col("source_file").equalTo(file))
            .where(col("reason").contains("Countries of destination="))
            .count());
    // Begging, Surrogate and Engaging in criminal activities are parts of OTH_PUR, not its value.
    assertTrue(series("MDA", "VC_HTF_DETVOPR", "_T").isEmpty());
  }

  @Test
  void placeholderAndSubIndicatorFilesAreInformational() {
    assertEquals(
        1,
        quarantine
            .where(col("source_file").equalTo("national/opensdg/uk/data/indicator_16-2-1.csv"))
            .where(col("reason_code").equalTo("no_value"))
            .count());
    assertEquals(
        0,
        observations
            .where(
                col("source_file").equalTo("national/opensdg/moldova/data/indicator_16-3-2-1.csv"))
            .count());
  }
}
