package org.tipevidence.common.catalogue.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.common.catalogue.CrimeType;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.common.catalogue.mapping.MappingProblem.Kind;
import org.tipevidence.common.codes.Direction;

class MappingCheckerTest {
  private static final SdgCatalogue CAT = SdgCatalogueLoader.loadDefault();

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(MappingCheckerTest.class.getResource(name).toURI());
  }

  @Test
  void validFixturePasses() throws Exception {
    MappingLoadResult r = IndicatorMappingLoader.load(fixture("valid-mapping.json"), CAT);
    assertEquals(List.of(), r.problems());
    assertTrue(r.ok());
    IndicatorMapping m = r.orThrow();
    assertEquals("2026-11-test-valid", m.mappingVersion());
    assertEquals(8, m.indicators().size());

    MappedIndicator v = m.byLocalCode("VICTIMS_IDENTIFIED").orElseThrow();
    assertEquals("16.2.2", v.sdgIndicator());
    assertEquals("VC_HTF_DETV", v.seriesCode());
    assertEquals(MappingUnit.NUMBER, v.unit());
    assertEquals(Direction.INCREASE, v.direction());
    assertEquals(Aggregation.SUM, v.aggregation());
    assertEquals(CrimeType.TIP, v.crimeType());
    assertEquals(Scaling.NONE, v.scaling());
    assertTrue(v.personCount());
    assertFalse(v.personCountOverridden());

    // counts scaled to a rate series keep disclosure control (the raw counts are victims)
    MappedIndicator rate = m.byLocalCode("VICTIMS_IDENTIFIED_RATE").orElseThrow();
    assertEquals(Scaling.PER_100K, rate.scaling());
    assertTrue(rate.personCount());

    MappedIndicator trained = m.byLocalCode("OFFICIALS_TRAINED_TIP").orElseThrow();
    assertTrue(trained.personCount());
    assertTrue(trained.personCountOverridden());
    assertFalse(m.byLocalCode("ASSISTANCE_CONDITIONAL_PCT").orElseThrow().personCount());
    // scaling is optional and defaults to none
    assertEquals(Scaling.NONE, m.byLocalCode("NHRI_A_STATUS").orElseThrow().scaling());

    // round trip through the JSON form
    assertEquals(List.of(), MappingChecker.check(m, "roundtrip", CAT));
  }

  @Test
  void shippedExampleMappingPasses() throws Exception {
    try (InputStream in =
        getClass()
            .getResourceAsStream("/org/tipevidence/common/catalogue/indicator-map.example.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      MappingLoadResult r = IndicatorMappingLoader.parse(json, "indicator-map.example.json", CAT);
      assertEquals(List.of(), r.problems());
      assertEquals(18, r.mapping().indicators().size());
    }
  }

  @Test
  void brokenFixtureReportsEveryProblemAtOnce() throws Exception {
    MappingLoadResult r = IndicatorMappingLoader.load(fixture("broken-mapping.json"), CAT);
    assertFalse(r.ok());
    List<String> got =
        r.problems().stream().map(p -> p.kind().code() + " " + p.jsonPath()).toList();
    List<String> expected =
        List.of(
            "unknown_field $.comment",
            "duplicate_local_code $.indicators[1].local_code",
            "conflicting_unit $.indicators[1].unit",
            "unknown_field $.indicators[2].units",
            "missing_field $.indicators[2].unit",
            "missing_field $.indicators[2].direction",
            "unknown_indicator $.indicators[3].sdg_indicator",
            "series_not_under_indicator $.indicators[4].series_code",
            "unknown_series $.indicators[5].series_code",
            "unit_incompatible_with_series $.indicators[6].unit",
            "invalid_direction $.indicators[7].direction",
            "invalid_aggregation $.indicators[8].aggregation",
            "invalid_scaling $.indicators[9].scaling",
            "crime_type_not_allowed $.indicators[10].crime_type",
            "invalid_crime_type $.indicators[11].crime_type",
            "invalid_unit $.indicators[12].unit",
            "invalid_aggregation $.indicators[13].aggregation",
            "invalid_person_count $.indicators[14].person_count",
            "wrong_type $.indicators[15].local_code",
            "invalid_scaling $.indicators[16].scaling",
            "unit_incompatible_with_series $.indicators[17].unit");
    assertEquals(expected, got, MappingPrinter.renderProblems(r.problems()));

    Set<Kind> kinds = r.problems().stream().map(MappingProblem::kind).collect(Collectors.toSet());
    Set<Kind> notInFixture =
        EnumSet.of(Kind.MALFORMED_JSON, Kind.UNREADABLE_FILE, Kind.INVALID_VALUE);
    for (Kind k : Kind.values()) {
      assertEquals(!notInFixture.contains(k), kinds.contains(k), k.code());
    }
    for (MappingProblem p : r.problems()) {
      assertTrue(p.file().endsWith("broken-mapping.json"), p.file());
      assertFalse(p.message().isBlank(), p.toString());
      assertFalse(p.fix().isBlank(), p.toString());
    }
    // only the one valid entry survives
    assertEquals(
        List.of("VICTIMS_IDENTIFIED"),
        r.mapping().indicators().stream().map(MappedIndicator::localCode).toList());
    assertThrows(MappingException.class, r::orThrow);
  }

  @Test
  void brokenFixtureMessagesSayWhatAndHow() throws Exception {
    List<MappingProblem> ps =
        IndicatorMappingLoader.load(fixture("broken-mapping.json"), CAT).problems();
    assertProblem(
        ps,
        "$.indicators[1].local_code",
        "also defined at $.indicators[0].local_code",
        "$.indicators[0] and $.indicators[1]");
    assertProblem(
        ps, "$.indicators[1].unit", "PERCENT here but NUMBER at $.indicators[0].unit", "one unit");
    assertProblem(ps, "$.indicators[2].units", "unknown field 'units'", "rename it to 'unit'");
    assertProblem(
        ps,
        "$.indicators[2].direction",
        "missing required field 'direction'",
        "\"increase\" or \"decrease\"");
    assertProblem(
        ps,
        "$.indicators[3].sdg_indicator",
        "unknown SDG indicator '16.2.9'",
        "set \"sdg_indicator\": \"16.2.2\"");
    assertProblem(
        ps,
        "$.indicators[4].series_code",
        "series VC_HTF_DETV belongs to indicator 16.2.2, not to 8.7.1",
        "SL_TLF_CHLDEA");
    assertProblem(
        ps,
        "$.indicators[5].series_code",
        "complementary series 'PRG_SHELTER_BEDS' is not in catalogue 2026.11.0",
        "PRG_VIC_ASSIST");
    assertProblem(
        ps,
        "$.indicators[6].unit",
        "unit NUMBER does not match series SL_TLF_CHLDEA (SDMX unit PT)",
        "report the values as PERCENT");
    assertProblem(ps, "$.indicators[7].direction", "invalid direction 'up'", "write \"increase\"");
    assertProblem(
        ps,
        "$.indicators[8].aggregation",
        "aggregation 'sum' is not valid for unit PERCENT",
        "'population_weighted_mean' or 'latest'");
    assertProblem(
        ps, "$.indicators[9].scaling", "only valid with unit NUMBER", "\"scaling\": \"none\"");
    assertProblem(
        ps,
        "$.indicators[10].crime_type",
        "crime_type SOM is not allowed for series VC_HTF_DETV, whose crime domain is TIP",
        "\"TIP\"");
    assertProblem(ps, "$.indicators[11].crime_type", "invalid crime_type 'BOTH'", "two entries");
    assertProblem(ps, "$.indicators[12].unit", "unknown unit 'Number'", "write \"NUMBER\"");
    assertProblem(
        ps,
        "$.indicators[13].aggregation",
        "invalid aggregation 'mean'",
        "write \"population_weighted_mean\"");
    assertProblem(ps, "$.indicators[14].person_count", "switch off disclosure control", "remove");
    assertProblem(
        ps, "$.indicators[15].local_code", "must be a JSON string, found a number", "quote");
    assertProblem(
        ps,
        "$.indicators[16].scaling",
        "series VC_HTF_DETV has SDMX unit NUMBER",
        "map to the rate series VC_HTF_DETVR");
    assertProblem(
        ps,
        "$.indicators[17].unit",
        "does not match series VC_HTF_DETVR",
        "set \"scaling\": \"per_100k\"");
    // the count/rate twin is suggested, not every sibling series
    assertTrue(ps.stream().anyMatch(p -> p.fix().endsWith("map to the rate series VC_HTF_DETVR")));
    assertTrue(
        ps.stream().anyMatch(p -> p.fix().endsWith("map NUMBER values to series VC_HTF_DETV")));
  }

  private static void assertProblem(
      List<MappingProblem> ps, String path, String inMessage, String inFix) {
    List<MappingProblem> at = ps.stream().filter(p -> p.jsonPath().equals(path)).toList();
    assertTrue(
        at.stream().anyMatch(p -> p.message().contains(inMessage) && p.fix().contains(inFix)),
        () ->
            "no problem at "
                + path
                + " with message~'"
                + inMessage
                + "' and fix~'"
                + inFix
                + "'; got "
                + at);
  }

  @Test
  void malformedJsonGivesLineAndColumn() throws Exception {
    MappingLoadResult r = IndicatorMappingLoader.load(fixture("malformed-mapping.json"), CAT);
    assertNull(r.mapping());
    assertEquals(1, r.problems().size());
    MappingProblem p = r.problems().get(0);
    assertEquals(Kind.MALFORMED_JSON, p.kind());
    assertEquals("$", p.jsonPath());
    assertTrue(p.message().startsWith("malformed JSON at line 7, column 7: "), p.message());
    assertTrue(p.message().contains("was expecting comma"), p.message());
    assertTrue(p.fix().contains("line 7, column 7"), p.fix());
  }

  @Test
  void duplicateKeysTrailingGarbageAndEmptyFilesAreMalformed() {
    MappingProblem dup =
        MappingChecker.check("{\"mapping_version\": \"a\",\n \"mapping_version\": \"b\"}", "d", CAT)
            .get(0);
    assertEquals(Kind.MALFORMED_JSON, dup.kind());
    assertTrue(dup.message().contains("line 2"), dup.message());
    assertTrue(dup.message().contains("Duplicate field 'mapping_version'"), dup.message());
    assertEquals(Kind.MALFORMED_JSON, MappingChecker.check("{} x", "t", CAT).get(0).kind());
    assertEquals("the file is empty", MappingChecker.check("  ", "e", CAT).get(0).message());
  }

  @Test
  void topLevelProblems() {
    List<MappingProblem> ps = MappingChecker.check("[]", "f", CAT);
    assertEquals(List.of("wrong_type $"), codes(ps));
    ps = MappingChecker.check("{\"indicators\": {}}", "f", CAT);
    assertEquals(List.of("missing_field $.mapping_version", "wrong_type $.indicators"), codes(ps));
    ps = MappingChecker.check("{\"mapping_version\": 3, \"indicators\": []}", "f", CAT);
    assertEquals(List.of("wrong_type $.mapping_version", "invalid_value $.indicators"), codes(ps));
    ps =
        MappingChecker.check(
            "{\"mapping_version\": \"v\", \"indicators\": [7, {\"odd key\": 1}]}", "f", CAT);
    assertEquals("wrong_type $.indicators[0]", codes(ps).get(0));
    assertEquals("unknown_field $.indicators[1]['odd key']", codes(ps).get(1));
    // every required field of the empty object is reported
    assertEquals(
        8, ps.stream().filter(p -> p.kind() == Kind.MISSING_FIELD).count(), codes(ps).toString());
  }

  @Test
  void unreadableFileIsAProblemNotAnException(@TempDir Path dir) throws IOException {
    MappingLoadResult r = IndicatorMappingLoader.load(dir.resolve("nope.json"), CAT);
    assertEquals(Kind.UNREADABLE_FILE, r.problems().get(0).kind());
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
    assertEquals(
        Kind.UNREADABLE_FILE, IndicatorMappingLoader.load(latin1, CAT).problems().get(0).kind());
  }

  @Test
  void binaryAndScoreSeriesNeedMatchingUnits() {
    String json =
        """
        {"mapping_version": "v", "indicators": [
          {"local_code": "A", "name": "a", "sdg_indicator": "17.18.2", "series_code": "SG_STT_FPOS",
           "unit": "NUMBER", "direction": "increase", "aggregation": "sum", "crime_type": "SOM"},
          {"local_code": "B", "name": "b", "sdg_indicator": "10.7.2", "series_code": "SG_CPA_MIGRS",
           "unit": "SCORE", "direction": "increase", "aggregation": "population_weighted_mean",
           "crime_type": "SOM"},
          {"local_code": "C", "name": "c", "sdg_indicator": "16.2.C1", "series_code": "PRG_VIC_ASSIST",
           "unit": "NUMBER", "direction": "increase", "aggregation": "latest", "crime_type": "TIP",
           "person_count": true}
        ]}
        """;
    List<MappingProblem> ps = MappingChecker.check(json, "f", CAT);
    assertEquals(List.of("unit_incompatible_with_series $.indicators[0].unit"), codes(ps));
    assertTrue(ps.get(0).fix().contains("BINARY"), ps.get(0).fix());
  }

  @Test
  void optionalProgressFieldsAreReadAndChecked() {
    String entry =
        """
        {"local_code": "B", "name": "b", "sdg_indicator": "10.7.2", "series_code": "SG_CPA_MIGRS",
         "unit": "SCORE", "direction": "increase", "aggregation": "population_weighted_mean",
         "crime_type": "SOM", %s}
        """;
    String good =
        "{\"mapping_version\": \"v\", \"indicators\": ["
            + entry.formatted(
                "\"natural_limit\": 4, \"base_year\": 2016,"
                    + " \"progress_thresholds\": {\"high\": 0.02, \"med\": 0.01}")
            + "]}";
    MappingLoadResult ok = IndicatorMappingLoader.parse(good, "f", CAT);
    assertTrue(ok.ok(), ok.problems().toString());
    MappedProgress p = ok.mapping().indicators().get(0).progress();
    assertEquals(4.0, p.naturalLimit());
    assertEquals(2016, p.baseYear());
    assertEquals(0.02, p.thresholds().high());
    assertEquals(null, p.thresholds().low());
    // Written back as read, so the printed mapping round-trips.
    assertTrue(ok.mapping().toJson().toString().contains("\"progress_thresholds\":{\"high\":0.02"));
    String bad =
        "{\"mapping_version\": \"v\", \"indicators\": ["
            + entry.formatted(
                "\"natural_limit\": \"100\", \"base_year\": 15,"
                    + " \"progress_thresholds\": {\"high\": 0.1, \"med\": 0.5, \"mid\": 1}")
            + "]}";
    assertEquals(
        List.of(
            "invalid_value $.indicators[0].natural_limit",
            "invalid_value $.indicators[0].base_year",
            "invalid_value $.indicators[0].progress_thresholds.mid"),
        codes(MappingChecker.check(bad, "f", CAT)));
  }

  private static List<String> codes(List<MappingProblem> ps) {
    return ps.stream().map(p -> p.kind().code() + " " + p.jsonPath()).toList();
  }
}
