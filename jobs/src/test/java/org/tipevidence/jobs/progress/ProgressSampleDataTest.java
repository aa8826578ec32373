package org.tipevidence.jobs.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tipevidence.common.progress.ProgressStatus;
import org.tipevidence.jobs.pipeline.RunJob;
import org.tipevidence.jobs.testing.SampleRun;
import org.tipevidence.jobs.testing.SharedSpark;

/**
 * {@code run} on sample-data writes the three progress datasets with the DESIGN.md §4 columns,
 * valid status codes and the programme-level figures that sample-data/README.md documents.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressSampleDataTest {
  private static final Set<String> STATUSES =
      Set.copyOf(Arrays.stream(ProgressStatus.values()).map(ProgressStatus::code).toList());

  private final SparkSession spark = SharedSpark.get();
  private RunJob.Outcome outcome;
  private List<Row> series;
  private List<Row> targets;
  private List<Row> scorecard;
  private Set<String> seriesColumns;
  private Set<String> targetColumns;
  private Set<String> scorecardColumns;

  @BeforeAll
  void runOnSampleData() {
    outcome = SampleRun.outcome();
    Path output = SampleRun.output();
    String published = output.resolve("current").resolve("published").toString() + "/";
    var sp = spark.read().parquet(published + "series_progress");
    var tp = spark.read().parquet(published + "target_progress");
    var pc = spark.read().parquet(published + "programme_scorecard");
    seriesColumns = Set.of(sp.columns());
    targetColumns = Set.of(tp.columns());
    scorecardColumns = Set.of(pc.columns());
    series = sp.collectAsList();
    targets = tp.collectAsList();
    scorecard = pc.collectAsList();
  }

  @Test
  void writesTheThreeDatasetsWithTheContractColumns() {
    assertEquals((long) series.size(), outcome.rows().get("series_progress"));
    assertEquals((long) targets.size(), outcome.rows().get("target_progress"));
    assertEquals(17L, outcome.rows().get("programme_scorecard"), "one row per programme");
    for (String c :
        List.of(
            "scope_type",
            "scope_id",
            "country_iso3",
            "sdg_indicator",
            "series_code",
            "sex",
            "age_group",
            "exploitation_form",
            "base_year",
            "base_value",
            "latest_year",
            "latest_value",
            "target_year",
            "target_value",
            "direction",
            "cagr_actual",
            "cagr_required",
            "progress_ratio",
            "status",
            "method",
            "trend_slope",
            "trend_slope_low",
            "trend_slope_high",
            "mk_p_value",
            "sen_slope",
            "n_points",
            "status_low",
            "status_high",
            "status_robust",
            "has_censored",
            "person_count")) {
      assertTrue(seriesColumns.contains(c), "series_progress lacks " + c);
    }
    for (String c :
        List.of("sdg_target", "scope_type", "scope_id", "crime_type", "n_series", "status")) {
      assertTrue(targetColumns.contains(c), "target_progress lacks " + c);
    }
    for (ProgressStatus s : ProgressStatus.values()) {
      assertTrue(targetColumns.contains("n_" + s.code()), "target_progress lacks n_" + s.code());
    }
    for (String c :
        List.of(
            "programme_id",
            "lead_agency",
            "pillar",
            "crime_type",
            "n_series",
            "share_on_track",
            "data_coverage",
            "share_mapped")) {
      assertTrue(scorecardColumns.contains(c), "programme_scorecard lacks " + c);
    }
  }

  @Test
  void everyStatusIsAnAllowedCode() {
    Set<String> seen = new HashSet<>();
    for (Row r : series) {
      assertTrue(STATUSES.contains(r.<String>getAs("status")), r.toString());
      seen.add(r.getAs("status"));
      for (String alt : List.of("status_low", "status_high")) {
        String s = r.getAs(alt);
        assertTrue(s == null || STATUSES.contains(s), alt + " " + r);
      }
      assertEquals("open_sdg", r.getAs("method"));
    }
    for (Row r : targets) {
      assertTrue(STATUSES.contains(r.<String>getAs("status")), r.toString());
    }
    // The sample is built to show progress of every kind.
    assertTrue(
        seen.containsAll(
            List.of(
                "target_achieved",
                "on_track",
                "moderate_progress",
                "limited_progress",
                "deterioration")),
        seen.toString());
  }

  @Test
  void programmeFiguresMatchTheSampleReadme() {
    Row nga = headline("NGA-NRM-2016", "VICTIMS_IDENTIFIED");
    assertEquals(2016, (int) nga.<Integer>getAs("base_year"));
    assertEquals(308.0, nga.<Double>getAs("base_value"), 1e-9);
    assertEquals(2022, (int) nga.<Integer>getAs("latest_year"));
    assertEquals(783.0, nga.<Double>getAs("latest_value"), 1e-9);
    assertEquals(688.0, nga.<Double>getAs("target_value"), 1e-9);
    assertEquals("target_achieved", nga.getAs("status"));
    // Two countries, percentages population-weighted: 29.6 (2018) → 23.8 (2023).
    Row npl = headline("NPL-BGD-LAB-2018", "RECRUITMENT_COST_SHARE");
    assertEquals(29.6, npl.<Double>getAs("base_value"), 0.05);
    assertEquals(23.8, npl.<Double>getAs("latest_value"), 0.05);
    assertNull(npl.getAs("country_iso3"));
    assertTrue(npl.<Boolean>getAs("population_weighted"));
    Row deaths = headline("NER-MLI-SOM-2017", "MIGRANT_DEATHS");
    assertEquals(102.0, deaths.<Double>getAs("base_value"), 1e-9);
    assertEquals(153.0, deaths.<Double>getAs("latest_value"), 1e-9);
    assertEquals("deterioration", deaths.getAs("status"));
    assertEquals("SOM", deaths.getAs("crime_type"));
    // The programme ends 2023-02-28: 2023 holds one quarter and is not compared with full years.
    Row assisted = headline("NER-MLI-SOM-2017", "MIGRANTS_ASSISTED");
    assertEquals(2022, (int) assisted.<Integer>getAs("latest_year"));
    assertEquals(1, (int) assisted.<Integer>getAs("partial_years"));
    Row screen = headline("UKR-MDA-SCREEN-2022", "VICTIMS_IDENTIFIED");
    assertEquals(186.0, screen.<Double>getAs("base_value"), 1e-9);
    assertEquals(314.0, screen.<Double>getAs("latest_value"), 1e-9);
  }

  @Test
  void everySeriesCountsOnceGloballyPerCrimeType() {
    for (String crime : List.of("TIP", "SOM")) {
      long nSeries = series.stream().filter(r -> crime.equals(r.getAs("crime_type"))).count();
      long nGlobal =
          targets.stream()
              .filter(r -> "global".equals(r.getAs("scope_type")))
              .filter(r -> crime.equals(r.getAs("crime_type")))
              .mapToLong(r -> r.<Long>getAs("n_series"))
              .sum();
      assertEquals(nSeries, nGlobal, crime);
    }
  }

  @Test
  void scorecardKeepsCrimeTypesAndCountsTheUnmappedIndicator() {
    long som = scorecard.stream().filter(r -> "SOM".equals(r.getAs("crime_type"))).count();
    assertEquals(4, som);
    Row sahel =
        scorecard.stream()
            .filter(r -> "SAHEL-SOM-PROS-2018".equals(r.getAs("programme_id")))
            .findFirst()
            .orElseThrow();
    // PROSECUTIONS_SOM and OFFICIALS_TRAINED_SOM mapped; INVESTIGATIONS_OPENED_SOM quarantined.
    assertEquals(2.0 / 3.0, sahel.<Double>getAs("share_mapped"), 1e-9);
    for (Row r : scorecard) {
      Double coverage = r.getAs("data_coverage");
      assertTrue(coverage != null && coverage > 0 && coverage <= 1, r.toString());
    }
  }

  @Test
  void manifestRecordsMethodAndBaseYearRule() throws Exception {
    String manifest =
        Files.readString(SampleRun.output().resolve("current").resolve("_manifest.json"));
    assertTrue(manifest.contains("\"progress\" : \"open_sdg\""), manifest);
    assertTrue(
        manifest.contains("\"progress_base_year\" : \"2015, or the first later year with data\""),
        manifest);
    assertFalse(manifest.contains("\"series_progress\" : {\n      \"tier\" : \"restricted\""));
  }

  private Row headline(String programme, String indicator) {
    List<Row> rows =
        series.stream()
            .filter(r -> programme.equals(r.getAs("scope_id")))
            .filter(r -> indicator.equals(r.getAs("indicator_code")))
            .filter(
                r ->
                    "_T".equals(r.getAs("sex"))
                        && "_T".equals(r.getAs("age_group"))
                        && "_T".equals(r.getAs("exploitation_form")))
            .toList();
    assertEquals(1, rows.size(), programme + " " + indicator);
    return rows.get(0);
  }
}
