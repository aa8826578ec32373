package org.tipevidence.jobs.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.common.codes.Direction;
import org.tipevidence.common.progress.OpenSdgAggregation;
import org.tipevidence.common.progress.ProgressAssessment;
import org.tipevidence.common.progress.ProgressInput;
import org.tipevidence.common.progress.ProgressMethods;
import org.tipevidence.common.progress.ProgressRobustness;
import org.tipevidence.common.trend.OlsTrend;
import org.tipevidence.jobs.conform.MappingTable;
import org.tipevidence.jobs.progress.ProgressStage.Outputs;
import org.tipevidence.jobs.testing.SharedSpark;
import org.tipevidence.jobs.validate.ReferenceData;

/**
 * The progress stage on one tiny named fixture holding every case, with the reference numbers of
 * methods.md §7.1. The stage runs once per setting and the small results are collected once, so the
 * class stays fast.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressStageTest {
  private static final double TOL = 1e-6;
  private static final String ASSISTED = "VICTIMS_ASSISTED";

  private final SparkSession spark = SharedSpark.get();
  private final ObservationFixture obs = new ObservationFixture();
  private final List<Row> programmes = new ArrayList<>();
  private final List<Row> targets = new ArrayList<>();
  private final List<Row> population = new ArrayList<>();
  private final List<Row> quarantine = new ArrayList<>();
  private final List<Row> mapping = new ArrayList<>();

  private List<Row> openSdgSeries;
  private List<Row> openSdgTargets;
  private List<Row> scorecard;
  private List<Row> unsdSeries;
  private List<Row> unsdTargets;
  private List<Row> seriesFrom2013;
  private List<Row> seriesFrom2019;

  @BeforeAll
  void runStageOnFixture() {
    // methods.md §7.1: base 20 (2015), latest in 2020, target 10 in 2030, decrease (16.3).
    double[] latest = {16.0, 18.0, 22.0, 9.5};
    String[] ids = {"P-ON", "P-LIM", "P-DET", "P-ACH"};
    for (int i = 0; i < ids.length; i++) {
      programme(ids[i], "TIP", "NER", 2015, 2020, "Agency 7.1");
      obs.programme(ids[i], "NER").at(2015, 20.0).at(2020, latest[i]);
      target(ids[i], "VICTIMS_PUNISHED", 2030, 10.0);
    }
    programme("P-IDLE", "TIP", "NER", 2010, 2012, "Agency A"); // before the data window
    quarantine(
        "P-ON,NER,FOO_COUNT,2017,_T,_T,_T,4,2018-01-01T00:00:00Z,team",
        "the indicator_code is not in indicator-map.json: indicator_code 'FOO_COUNT' (fix it)");
    quarantine(
        "{\"programme_id\": \"P-ON\", \"indicator_code\": \"FOO_COUNT\"}",
        "the indicator_code is not in indicator-map.json: indicator_code 'FOO_COUNT' (fix it)");

    // The other cases use 16.2 so the 16.3 roll-ups hold only the §7.1 series.
    programme("P-ONE", "TIP", "NER", 2015, 2020, "Agency A");
    assisted(obs.programme("P-ONE", "NER")).at(2018, 12.0);

    programme("P-BASE", "TIP", "NER", 2013, 2018, "Agency A");
    assisted(obs.programme("P-BASE", "NER")).at(2013, 50).at(2014, 40).at(2016, 30).at(2018, 20);

    programme("P-Q", "TIP", "NER;MLI", 2018, 2019, "Agency A");
    assisted(obs.programme("P-Q", "NER"))
        .atQuarter(2018, 1, 1)
        .atQuarter(2018, 2, 2)
        .atQuarter(2018, 3, 3)
        .atQuarter(2018, 4, 4)
        .atQuarter(2019, 1, 10)
        .atQuarter(2019, 2, 10)
        .at(2019, 30) // an annual figure for 2019 replaces its quarters
        .atQuarter(2020, 1, 99); // one quarter of 2020: not a year's total
    assisted(obs.programme("P-Q", "MLI")).at(2018, 5).at(2019, 6);

    programme("P-PCT", "TIP", "NER;MLI", 2018, 2019, "Agency A");
    assisted(obs.programme("P-PCT", "NER")).percent().atQuarter(2018, 1, 8).atQuarter(2018, 2, 12);
    assisted(obs.programme("P-PCT", "NER")).percent().at(2019, 20);
    assisted(obs.programme("P-PCT", "MLI")).percent().at(2018, 30).at(2019, 40);
    population("NER", 2018, 100);
    population("MLI", 2018, 300);
    population("NER", 2019, 100); // MLI 2019 missing → simple mean that year

    // National rows: scope_type country, programme_id null, two sources for one country.
    assisted(obs.national("GBR", "glotip")).at(2015, 10).censoredAt(2016).at(2017, 8).at(2018, 6);
    assisted(obs.national("GBR", "un_sdg")).at(2015, 10).at(2016, 9).censoredAt(2017);

    programme("P-ROB", "TIP", "NER", 2015, 2019, "Agency A");
    var rob = assisted(obs.programme("P-ROB", "NER"));
    for (int i = 0; i < ROB_YEARS.length; i++) {
      rob.at((int) ROB_YEARS[i], ROB_VALUES[i]);
    }
    target("P-ROB", ASSISTED, 2030, 10.0);

    // Trafficking and smuggling programmes in the same country, same SDG target, same agency.
    programme("P-TIP", "TIP", "THA", 2015, 2020, "Agency TS");
    programme("P-SOM", "SOM", "THA", 2015, 2020, "Agency TS");
    obs.programme("P-TIP", "THA")
        .indicator("OFFICIALS_TRAINED", "16.a", "16.a.C1", "PRG_OFF_TRAINED")
        .direction("increase")
        .at(2015, 100)
        .at(2020, 200);
    obs.programme("P-SOM", "THA")
        .indicator("OFFICIALS_TRAINED_SOM", "16.a", "16.a.C1", "PRG_OFF_TRAINED_SOM")
        .crime("SOM")
        .direction("increase")
        .at(2015, 100)
        .at(2020, 50);

    // Issue 16: one point meeting its target; per-indicator limit, thresholds and base year from
    // the mapping; a per-target-row base year from targets.csv.
    programme("P-ONEHIT", "TIP", "NER", 2015, 2020, "Agency A");
    obs.programme("P-ONEHIT", "NER")
        .indicator("HIT", "16.2", "16.2.C1", "PRG_VIC_ASSIST")
        .direction("increase")
        .at(2018, 12.0);
    target("P-ONEHIT", "HIT", 2030, 10.0);
    programme("P-LIMIT", "TIP", "NER", 2015, 2021, "Agency A");
    obs.programme("P-LIMIT", "NER")
        .indicator("NEAR_LIMIT", "16.2", "16.2.C1", "PRG_VIC_ASSIST")
        .direction("increase")
        .at(2015, 50)
        .at(2016, 90)
        .at(2021, 90 * Math.pow(1.01, 5));
    mapped("NEAR_LIMIT", 100.0, 0.03, 2016);
    programme("P-TBASE", "TIP", "NER", 2015, 2020, "Agency A");
    obs.programme("P-TBASE", "NER")
        .indicator("TBASE", "16.2", "16.2.C1", "PRG_VIC_ASSIST")
        .direction("decrease")
        .at(2015, 50)
        .at(2017, 40)
        .at(2019, 30);
    target("P-TBASE", "TBASE", 2030, 10.0, 2017);

    Outputs open = run("open_sdg", 2015);
    openSdgSeries = open.seriesProgress().collectAsList();
    openSdgTargets = open.targetProgress().collectAsList();
    scorecard = open.programmeScorecard().collectAsList();
    Outputs unsd = run("unsd_2022", 2015);
    unsdSeries = unsd.seriesProgress().collectAsList();
    unsdTargets = unsd.targetProgress().collectAsList();
    seriesFrom2013 = run("open_sdg", 2013).seriesProgress().collectAsList();
    seriesFrom2019 = run("open_sdg", 2019).seriesProgress().collectAsList();
  }

  private static final double[] ROB_YEARS = {2015, 2016, 2017, 2018, 2019};
  private static final double[] ROB_VALUES = {20, 19, 17, 17, 16};

  private static ObservationFixture.Series assisted(ObservationFixture.Series s) {
    return s.indicator(ASSISTED, "16.2", "16.2.C1", "PRG_VIC_ASSIST");
  }

  // ---- methods.md §7.1 ----

  @Test
  void openSdgStatusesMatchMethodsSection71() {
    Row on = series(openSdgSeries, "P-ON");
    assertEquals("on_track", on.getAs("status"));
    assertEquals(0.966542, on.<Double>getAs("progress_ratio"), TOL);
    assertEquals(-0.043648, on.<Double>getAs("cagr_actual"), TOL);
    assertEquals(-0.045158, on.<Double>getAs("cagr_required"), TOL);
    assertEquals(2.6182, on.<Double>getAs("score"), 1e-4);
    assertEquals("programme_targets", on.getAs("target_source"));
    assertEquals(2030, (int) on.<Integer>getAs("target_year"));
    assertEquals(2015, (int) on.<Integer>getAs("base_year"));
    assertEquals(2020, (int) on.<Integer>getAs("latest_year"));
    assertEquals("NER", on.getAs("country_iso3"));
    assertEquals("open_sdg", on.getAs("method"));
    assertEquals("limited_progress", series(openSdgSeries, "P-LIM").getAs("status"));
    assertEquals(0.461744, series(openSdgSeries, "P-LIM").<Double>getAs("progress_ratio"), TOL);
    assertEquals("deterioration", series(openSdgSeries, "P-DET").getAs("status"));
    assertEquals(-0.426164, series(openSdgSeries, "P-DET").<Double>getAs("progress_ratio"), TOL);
    assertEquals("target_achieved", series(openSdgSeries, "P-ACH").getAs("status"));
  }

  @Test
  void unsd2022StatusesMatchMethodsSection71() {
    assertEquals("on_track", series(unsdSeries, "P-ON").getAs("status"));
    assertEquals(0.966542, series(unsdSeries, "P-ON").<Double>getAs("progress_ratio"), TOL);
    assertEquals("limited_progress", series(unsdSeries, "P-LIM").getAs("status"));
    assertEquals("deterioration", series(unsdSeries, "P-DET").getAs("status"));
    assertEquals("target_achieved", series(unsdSeries, "P-ACH").getAs("status"));
    assertEquals("unsd_2022", series(unsdSeries, "P-ON").getAs("method"));
    assertNull(series(unsdSeries, "P-ON").getAs("score"), "only open_sdg scores");
  }

  @Test
  void targetProgressUsesTheOpenSdgMeanScoreRule() {
    Row global = roll(openSdgTargets, "16.3", "TIP", "global", "global");
    assertEquals(4L, global.<Long>getAs("n_series"));
    assertEquals(1L, global.<Long>getAs("n_on_track"));
    assertEquals(1L, global.<Long>getAs("n_limited_progress"));
    assertEquals(1L, global.<Long>getAs("n_deterioration"));
    assertEquals(1L, global.<Long>getAs("n_target_achieved"));
    assertEquals(0L, global.<Long>getAs("n_insufficient_data"));
    // The same four series through common's reference aggregation.
    List<ProgressAssessment> assessed = new ArrayList<>();
    for (double latest : new double[] {16.0, 18.0, 22.0, 9.5}) {
      assessed.add(
          ProgressMethods.byName("open_sdg")
              .assess(ProgressInput.of(2015, 20.0, 2020, latest, 2, 10.0, Direction.DECREASE)));
    }
    OpenSdgAggregation.IndicatorProgress expected = OpenSdgAggregation.aggregate(assessed);
    assertEquals(expected.status().code(), global.getAs("status"));
    assertEquals("moderate_progress", global.getAs("status"));
    assertEquals(expected.meanScore(), global.<Double>getAs("mean_score"), TOL);
    assertEquals("open_sdg_mean_score", global.getAs("status_rule"));
    assertEquals(
        "on_track", roll(openSdgTargets, "16.3", "TIP", "programme", "P-ON").getAs("status"));
    assertEquals(
        4L,
        roll(openSdgTargets, "16.3", "TIP", "lead_agency", "Agency 7.1").<Long>getAs("n_series"));
    assertEquals(4L, roll(openSdgTargets, "16.3", "TIP", "country", "NER").<Long>getAs("n_series"));
  }

  @Test
  void withoutScoresTheMostFrequentStatusWinsAndTiesGoToTheWorse() {
    Row global = roll(unsdTargets, "16.3", "TIP", "global", "global");
    // One each of achieved, on track, limited, deterioration: a four-way tie → the worst.
    assertEquals("deterioration", global.getAs("status"));
    assertEquals("most_frequent_worse_on_tie", global.getAs("status_rule"));
  }

  // ---- insufficient data and the base-year rule ----

  @Test
  void singlePointSeriesIsInsufficientData() {
    Row r = series(openSdgSeries, "P-ONE");
    assertEquals("insufficient_data", r.getAs("status"));
    assertTrue(r.<String>getAs("reason").contains("fewer than 2 data points"), r.toString());
    assertEquals(1, (int) r.<Integer>getAs("n_points"));
    assertNull(r.getAs("status_low"));
    assertFalse(r.<Boolean>getAs("status_robust"));
  }

  @Test
  void singlePointMeetingItsTargetIsTargetAchieved() {
    // open-sdg/sdg-build ProgressMeasure.py decides target_achieved before data sufficiency.
    Row r = series(openSdgSeries, "P-ONEHIT");
    assertEquals("target_achieved", r.getAs("status"));
    assertEquals(5.0, r.<Double>getAs("score"));
    assertEquals("programme_targets", r.getAs("target_source"));
  }

  @Test
  void mappingGivesNaturalLimitThresholdsAndBaseYear() {
    Row r = series(openSdgSeries, "P-LIMIT");
    assertEquals(2016, (int) r.<Integer>getAs("base_year"), "mapping base_year, not 2015");
    assertEquals(2016, (int) r.<Integer>getAs("configured_base_year"));
    assertEquals(90.0, r.<Double>getAs("base_value"), TOL);
    assertEquals(100.0, r.<Double>getAs("natural_limit"));
    assertEquals("high=0.03", r.getAs("progress_thresholds"));
    // p = 1%/yr; C = 1 - 0.9^4.44 = 0.374: the custom high 3% scales to 1.12% (moderate),
    // where the default 1.5% would scale to 0.56% (on track).
    assertEquals("moderate_progress", r.getAs("status"));
    assertEquals(0.01, r.<Double>getAs("progress_ratio"), 1e-9);
  }

  @Test
  void targetRowBaselineYearIsTheSeriesBaseYear() {
    Row r = series(openSdgSeries, "P-TBASE");
    assertEquals(2017, (int) r.<Integer>getAs("base_year"));
    assertEquals(40.0, r.<Double>getAs("base_value"), TOL);
    Row other = series(openSdgSeries, "P-BASE");
    assertEquals(2015, (int) other.<Integer>getAs("configured_base_year"), "run default");
  }

  @Test
  void baseYearIsTheConfiguredYearOrTheFirstLaterYearWithData() {
    Row from2015 = series(openSdgSeries, "P-BASE");
    assertEquals(2016, (int) from2015.<Integer>getAs("base_year"));
    assertEquals(30.0, from2015.<Double>getAs("base_value"), TOL);
    assertEquals(20.0, from2015.<Double>getAs("latest_value"), TOL);
    assertEquals(2, (int) from2015.<Integer>getAs("n_points"));
    Row from2013 = series(seriesFrom2013, "P-BASE");
    assertEquals(2013, (int) from2013.<Integer>getAs("base_year"));
    assertEquals(4, (int) from2013.<Integer>getAs("n_points"));
    Row from2019 = series(seriesFrom2019, "P-BASE");
    assertEquals("insufficient_data", from2019.getAs("status"));
    assertEquals(
        "no complete year of data in or after the base year 2019", from2019.getAs("reason"));
  }

  // ---- annualisation and countries ----

  @Test
  void quartersAreSummedAnnualRowsWinAndCountriesAreCombined() {
    Row r = series(openSdgSeries, "P-Q");
    assertEquals(15.0, r.<Double>getAs("base_value"), TOL);
    assertEquals(36.0, r.<Double>getAs("latest_value"), TOL);
    assertEquals(2019, (int) r.<Integer>getAs("latest_year"));
    assertEquals(1, (int) r.<Integer>getAs("partial_years"));
    assertEquals(2, (int) r.<Integer>getAs("n_points"));
    assertNull(r.getAs("country_iso3"), "a two-country programme series has no single country");
    assertEquals(List.of("MLI", "NER"), r.getList(r.fieldIndex("countries")));
    assertTrue(r.<Boolean>getAs("person_count"));
  }

  @Test
  void percentagesArePopulationWeightedAcrossCountriesElseSimpleMean() {
    Row r = series(openSdgSeries, "P-PCT");
    // 2018: NER quarters average 10; (10·100 + 30·300) / 400 = 25 (the simple mean would be 20).
    assertEquals(25.0, r.<Double>getAs("base_value"), TOL);
    assertEquals(30.0, r.<Double>getAs("latest_value"), TOL);
    assertFalse(r.<Boolean>getAs("population_weighted"));
    assertFalse(r.<Boolean>getAs("person_count"));
  }

  // ---- national rows and censored values ----

  @Test
  void nationalRowsFlowThroughAndCensoredValuesAreNeverZeroOrFive() {
    Map<String, Row> bySource = new HashMap<>();
    for (Row r : openSdgSeries) {
      if ("GBR".equals(r.getAs("scope_id"))) {
        bySource.put(r.getAs("source"), r);
      }
    }
    assertEquals(2, bySource.size(), "two national sources are two series, never summed");
    Row middle = bySource.get("glotip");
    assertEquals("country", middle.getAs("scope_type"));
    assertEquals("GBR", middle.getAs("country_iso3"));
    assertEquals(3, (int) middle.<Integer>getAs("n_points"), "the censored year is left out");
    assertEquals(1, (int) middle.<Integer>getAs("censored_points"));
    assertTrue(middle.<Boolean>getAs("has_censored"));
    assertEquals("on_track", middle.getAs("status")); // 10 → 6 in 3 years, decrease, no target
    assertEquals("none", middle.getAs("target_source"));
    Row latest = bySource.get("un_sdg");
    assertEquals("not_assessable", latest.getAs("status"));
    assertEquals(SeriesAssessor.CENSORED_REASON, latest.getAs("reason"));
    assertNull(latest.getAs("latest_value"));
    assertEquals(2017, (int) latest.<Integer>getAs("latest_year"));
    assertTrue(latest.<Boolean>getAs("has_censored"));
    Row country = roll(openSdgTargets, "16.2", "TIP", "country", "GBR");
    assertEquals(2L, country.<Long>getAs("n_national_series"));
    assertEquals(0L, country.<Long>getAs("n_programme_series"));
  }

  // ---- robustness ----

  @Test
  void robustnessReassessesAtBothEndsOfTheOlsSlopeInterval() {
    Row r = series(openSdgSeries, "P-ROB");
    OlsTrend ols = OlsTrend.fit(ROB_YEARS, ROB_VALUES);
    ProgressInput in =
        new ProgressInput(2015, 20, 2019, 16, 5, 2030, 10.0, Direction.DECREASE, null, null);
    var method = ProgressMethods.byName("open_sdg");
    assertEquals(-1.0, r.<Double>getAs("trend_slope"), TOL);
    assertEquals(ols.slopeCiLower(), r.<Double>getAs("trend_slope_low"), TOL);
    assertEquals(ols.slopeCiUpper(), r.<Double>getAs("trend_slope_high"), TOL);
    String low = ProgressRobustness.assessWithSlope(method, in, ols.slopeCiLower()).status().code();
    String high =
        ProgressRobustness.assessWithSlope(method, in, ols.slopeCiUpper()).status().code();
    assertEquals("on_track", r.getAs("status"));
    // Slope CI ≈ [-1.52, -0.48]: the slow end implies 18.1 in 2019, limited progress.
    assertEquals("on_track", low);
    assertEquals("limited_progress", high);
    assertEquals(low, r.getAs("status_low"));
    assertEquals(high, r.getAs("status_high"));
    assertFalse(r.<Boolean>getAs("status_robust"));
    assertTrue(series(openSdgSeries, "P-BASE").getAs("status_low") == null, "n=2 has no CI");
  }

  // ---- trafficking and smuggling never combined ----

  @Test
  void traffickingAndSmugglingAreNeverCombinedInTargetProgress() {
    for (String[] scope :
        List.of(
            new String[] {"global", "global"},
            new String[] {"country", "THA"},
            new String[] {"lead_agency", "Agency TS"},
            new String[] {"pillar", "prevention"})) {
      Row som = roll(openSdgTargets, "16.a", "SOM", scope[0], scope[1]);
      assertEquals(1L, som.<Long>getAs("n_series"), scope[0]);
      assertEquals("deterioration", som.getAs("status"), scope[0]);
      Row tip = roll(openSdgTargets, "16.a", "TIP", scope[0], scope[1]);
      assertEquals(1L, tip.<Long>getAs("n_series"), scope[0]);
      assertEquals("on_track", tip.getAs("status"), scope[0]);
    }
    assertEquals("SOM", card("P-SOM").getAs("crime_type"));
    assertEquals(0.0, card("P-SOM").<Double>getAs("share_on_track"), TOL);
    assertEquals(1.0, card("P-TIP").<Double>getAs("share_on_track"), TOL);
  }

  // ---- programme scorecard ----

  @Test
  void scorecardCountsCoverageAndMappedIndicators() {
    assertEquals(programmes.size(), scorecard.size(), "one row per registered programme");
    Row on = card("P-ON");
    assertEquals(1L, on.<Long>getAs("n_series"));
    assertEquals(1L, on.<Long>getAs("n_assessed"));
    assertEquals(1.0, on.<Double>getAs("share_on_track"), TOL);
    // Data in 2015 and 2020 of the 6 expected years 2015..2020.
    assertEquals(2.0 / 6.0, on.<Double>getAs("data_coverage"), TOL);
    // VICTIMS_PUNISHED mapped, FOO_COUNT unmapped (two quarantined rows, one code).
    assertEquals(0.5, on.<Double>getAs("share_mapped"), TOL);
    assertEquals(2L, on.<Long>getAs("n_indicators"));
    assertEquals(0.0, card("P-DET").<Double>getAs("share_on_track"), TOL);
    assertEquals(1.0, card("P-DET").<Double>getAs("share_mapped"), TOL);
    // P-BASE: 2013..2018 expected, data in 2013, 2014, 2016, 2018.
    assertEquals(4.0 / 6.0, card("P-BASE").<Double>getAs("data_coverage"), TOL);
    Row idle = card("P-IDLE");
    assertEquals(0L, idle.<Long>getAs("n_series"));
    assertNull(idle.getAs("share_on_track"));
    assertNull(idle.getAs("data_coverage"));
    assertNull(idle.getAs("share_mapped"));
  }

  // ---- helpers ----

  private Outputs run(String method, int baseYear) {
    ReferenceData reference =
        new ReferenceData(
            spark.createDataFrame(programmes, REGISTER),
            spark.createDataFrame(mapping, MappingTable.SCHEMA),
            spark.createDataFrame(population, POP));
    return new ProgressStage(
            spark, SdgCatalogueLoader.loadDefault(), ProgressSettings.of(method, baseYear))
        .apply(
            new ProgressStage.Inputs(
                obs.toDataset(spark),
                reference,
                spark.createDataFrame(targets, TARGETS),
                spark.createDataFrame(quarantine, QUARANTINE)));
  }

  private static Row series(List<Row> seriesProgress, String scopeId) {
    List<Row> rows =
        seriesProgress.stream().filter(r -> scopeId.equals(r.getAs("scope_id"))).toList();
    assertEquals(1, rows.size(), scopeId + ": " + rows);
    return rows.get(0);
  }

  private static Row roll(
      List<Row> targetProgress, String target, String crime, String scopeType, String scopeId) {
    List<Row> rows =
        targetProgress.stream()
            .filter(
                r ->
                    target.equals(r.getAs("sdg_target"))
                        && crime.equals(r.getAs("crime_type"))
                        && scopeType.equals(r.getAs("scope_type"))
                        && scopeId.equals(r.getAs("scope_id")))
            .toList();
    assertEquals(1, rows.size(), target + " " + crime + " " + scopeType + " " + scopeId);
    return rows.get(0);
  }

  private Row card(String programmeId) {
    return scorecard.stream()
        .filter(r -> programmeId.equals(r.getAs("programme_id")))
        .findFirst()
        .orElseThrow();
  }

  private void programme(
      String id, String crime, String countries, int from, int to, String agency) {
    programmes.add(
        RowFactory.create(
            id,
            "Programme " + id,
            agency,
            "prevention",
            "awareness_campaign",
            crime,
            List.of(countries.split(";")).toArray(new String[0]),
            Date.valueOf(from + "-01-01"),
            Date.valueOf(to + "-12-31"),
            1000.0));
  }

  private void target(String programme, String code, int year, double value) {
    targets.add(RowFactory.create(programme, code, (double) year, value, null));
  }

  private void target(String programme, String code, int year, double value, int baseYear) {
    targets.add(RowFactory.create(programme, code, (double) year, value, (double) baseYear));
  }

  /** A mapping row with progress settings (the other m_ columns are not read by the stage). */
  private void mapped(String code, Double limit, Double high, Integer baseYear) {
    mapping.add(
        RowFactory.create(
            code,
            code,
            "16.2",
            "16.2.C1",
            "PRG_VIC_ASSIST",
            "NUMBER",
            "increase",
            "sum",
            "TIP",
            "none",
            true,
            limit,
            high,
            null,
            null,
            baseYear));
  }

  private void population(String country, int year, double pop) {
    population.add(RowFactory.create(country, year, pop));
  }

  private void quarantine(String record, String reason) {
    long line = quarantine.size() + 2;
    quarantine.add(
        RowFactory.create(
            "q.csv", line, record, "unmapped_indicator", reason, "indicator_code", "s", null));
  }

  private static final StructType REGISTER =
      new StructType()
          .add("p_programme_id", DataTypes.StringType)
          .add("p_programme_name", DataTypes.StringType)
          .add("p_lead_agency", DataTypes.StringType)
          .add("p_pillar", DataTypes.StringType)
          .add("p_intervention_type", DataTypes.StringType)
          .add("p_crime_type", DataTypes.StringType)
          .add("p_countries", DataTypes.createArrayType(DataTypes.StringType))
          .add("p_start_date", DataTypes.DateType)
          .add("p_end_date", DataTypes.DateType)
          .add("p_budget_usd", DataTypes.DoubleType);

  private static final StructType TARGETS =
      new StructType()
          .add("programme_id", DataTypes.StringType)
          .add("indicator_code", DataTypes.StringType)
          .add("target_year_num", DataTypes.DoubleType)
          .add("target_value_num", DataTypes.DoubleType)
          .add("baseline_year_num", DataTypes.DoubleType);

  private static final StructType POP =
      new StructType()
          .add("pop_country", DataTypes.StringType)
          .add("pop_year", DataTypes.IntegerType)
          .add("population", DataTypes.DoubleType);

  private static final StructType QUARANTINE =
      new StructType()
          .add("source_file", DataTypes.StringType)
          .add("source_line", DataTypes.LongType)
          .add("record", DataTypes.StringType)
          .add("reason_code", DataTypes.StringType)
          .add("reason", DataTypes.StringType)
          .add("column", DataTypes.StringType)
          .add("stage", DataTypes.StringType)
          .add("submitted_by", DataTypes.StringType);
}
