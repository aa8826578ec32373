package org.tipevidence.common.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.common.codes.Direction;

class SdgCatalogueLoaderTest {
  private final SdgCatalogue cat = SdgCatalogueLoader.loadDefault();

  @Test
  void shippedCatalogueHasVersionAndEveryTarget() {
    assertEquals("2026.11.0", cat.version());
    List<String> codes = cat.targets().stream().map(SdgTarget::code).toList();
    assertEquals(
        List.of("5.2", "5.3", "8.7", "8.8", "10.7", "16.2", "16.3", "16.4", "16.a", "17.18"),
        codes);
    for (SdgTarget t : cat.targets()) {
      assertFalse(t.text().isBlank(), t.code());
      assertFalse(t.indicators().isEmpty(), t.code());
    }
    assertTrue(cat.target("16.2").orElseThrow().text().startsWith("End abuse, exploitation"));
  }

  @Test
  void victimsSeriesHasTargetZeroDecrease() {
    SdgIndicator i = cat.indicator("16.2.2").orElseThrow();
    assertTrue(i.official());
    assertEquals(
        "Number of victims of human trafficking per 100,000 population, by sex, age and form of exploitation",
        i.text());
    ProgressTarget pt = i.target().orElseThrow();
    assertEquals(0.0, pt.value());
    assertEquals(Direction.DECREASE, pt.direction());
    assertEquals(2030, pt.year());
    SdgSeries detv = cat.series("VC_HTF_DETV").orElseThrow();
    assertEquals("16.2.2", detv.indicatorCode());
    assertEquals("NUMBER", detv.unit());
    assertTrue(detv.personCount());
    assertEquals(CrimeDomain.TIP, detv.crimeDomain());
    SdgSeries rate = cat.series("VC_HTF_DETVR").orElseThrow();
    assertEquals("PER_100000_POP", rate.unit());
    assertFalse(rate.personCount());
    for (String s : List.of("VC_HTF_DETVSX", "VC_HTF_DETVFL", "VC_HTF_DETVOG", "VC_HTF_DETVOP")) {
      assertEquals("NUMBER", cat.series(s).orElseThrow().unit(), s);
      assertEquals("PER_100000_POP", cat.series(s + "R").orElseThrow().unit(), s + "R");
    }
    assertEquals("16.2", cat.targetOf("16.2.2").orElseThrow().code());
    assertEquals("16.2.2", cat.indicatorOf("VC_HTF_DETVSX").orElseThrow().code());
  }

  @Test
  void frameworkTargetsAndYears() {
    ProgressTarget child = cat.indicator("8.7.1").orElseThrow().target().orElseThrow();
    assertEquals(0.0, child.value());
    assertEquals(Direction.DECREASE, child.direction());
    assertEquals(2025, child.year());
    assertEquals("0%", child.label());
    assertEquals(0.0, cat.indicator("5.3.1").orElseThrow().target().orElseThrow().value());
    ProgressTarget recruit = cat.indicator("10.7.1").orElseThrow().target().orElseThrow();
    assertFalse(recruit.hasValue());
    assertEquals(Direction.DECREASE, recruit.direction());
    assertEquals(
        Direction.DECREASE,
        cat.indicator("10.7.3").orElseThrow().target().orElseThrow().direction());
    ProgressTarget justice = cat.indicator("16.3.1").orElseThrow().target().orElseThrow();
    assertEquals(100.0, justice.value());
    assertEquals(Direction.INCREASE, justice.direction());
    assertEquals(
        Direction.INCREASE,
        cat.indicator("16.4.2").orElseThrow().target().orElseThrow().direction());
    assertEquals(
        Direction.INCREASE,
        cat.indicator("17.18.1").orElseThrow().target().orElseThrow().direction());
    SdgIndicator nhri = cat.indicator("16.a.1").orElseThrow();
    assertTrue(nhri.nonStatistical());
    assertTrue(nhri.target().isEmpty());
    assertTrue(cat.indicator("17.18.2").orElseThrow().target().isEmpty());
  }

  @Test
  void seriesUnitsAndDomainsFromRealData() {
    assertEquals("PT", cat.series("SL_TLF_CHLDEA").orElseThrow().unit());
    assertEquals("PT", cat.series("SL_TLF_CHLDEC").orElseThrow().unit());
    SdgSeries deaths = cat.series("SM_DTH_MIGR").orElseThrow();
    assertEquals("NUMBER", deaths.unit());
    assertEquals(CrimeDomain.SOM, deaths.crimeDomain());
    assertEquals("10.7.3", deaths.indicatorCode());
    assertEquals("MO_EARN", cat.series("SL_EMP_RCOST_MO").orElseThrow().unit());
    assertEquals(ValueScale.BINARY, cat.series("SG_STT_FPOS").orElseThrow().valueScale());
    for (SdgSeries s : cat.series()) {
      assertTrue(SdmxUnit.isKnown(s.unit()), s.code());
      if (s.personCount()) {
        assertTrue(s.isCount(), s.code() + " counts persons so must be a count series");
      }
    }
  }

  @Test
  void complementaryIndicatorsAreFlaggedAndExplained() {
    List<SdgIndicator> comp = cat.indicators().stream().filter(i -> !i.official()).toList();
    assertEquals(
        List.of(
            "10.7.C1", "16.2.C1", "16.3.C1", "16.3.C2", "16.3.C3", "16.3.C4", "16.3.C5", "16.3.C6",
            "16.a.C1"),
        comp.stream().map(SdgIndicator::code).toList());
    for (SdgIndicator i : comp) {
      assertFalse(i.note().isBlank(), i.code());
      assertTrue(i.series().stream().allMatch(SdgSeries::complementary), i.code());
    }
    SdgSeries assisted = cat.series("PRG_VIC_ASSIST").orElseThrow();
    assertEquals("16.2.C1", assisted.indicatorCode());
    assertTrue(assisted.personCount());
    assertEquals(CrimeDomain.TIP, assisted.crimeDomain());
    assertEquals("PT", cat.series("PRG_ASSIST_COND").orElseThrow().unit());
    assertEquals(CrimeDomain.SOM, cat.series("PRG_SOM_CONV").orElseThrow().crimeDomain());
    SdgSeries trained = cat.series("PRG_OFF_TRAINED").orElseThrow();
    assertEquals(CrimeDomain.BOTH, trained.crimeDomain());
    assertFalse(trained.personCount());
    assertEquals(CrimeDomain.SOM, cat.series("PRG_SOM_ASSIST").orElseThrow().crimeDomain());
    assertTrue(
        cat.indicators().stream()
            .filter(SdgIndicator::official)
            .allMatch(i -> i.series().stream().noneMatch(SdgSeries::complementary)));
  }

  @Test
  void crimeDomainAllows() {
    assertTrue(CrimeDomain.TIP.allows(CrimeType.TIP));
    assertFalse(CrimeDomain.TIP.allows(CrimeType.SOM));
    assertTrue(CrimeDomain.SOM.allows("SOM"));
    assertFalse(CrimeDomain.SOM.allows("TIP"));
    assertTrue(CrimeDomain.BOTH.allows("TIP"));
    assertTrue(CrimeDomain.BOTH.allows("SOM"));
    assertFalse(CrimeDomain.BOTH.allows("BOTH"));
    assertFalse(CrimeDomain.BOTH.allows((String) null));
  }

  @Test
  void loadFromPathAndReportEveryProblem(@TempDir Path dir) throws Exception {
    Path ok = dir.resolve("ok.json");
    try (var in =
        SdgCatalogueLoader.class.getResourceAsStream(SdgCatalogueLoader.DEFAULT_RESOURCE)) {
      Files.write(ok, in.readAllBytes());
    }
    assertEquals(cat.indicators().size(), SdgCatalogueLoader.load(ok).indicators().size());

    String bad =
        """
        {"catalogue_version": "x", "targets": [{"code": "16.2", "goal": 5, "text": "t",
          "indicators": [{"code": "16.2.C1", "official": false, "text": "t",
            "progress_target": null, "non_statistical": false,
            "series": [{"code": "VC_X", "description": "d", "unit": "FOO",
              "person_count": true, "crime_domain": "ALL", "colour": 1}]}]}]}
        """;
    CatalogueException e =
        assertThrows(CatalogueException.class, () -> SdgCatalogueLoader.parse(bad, "bad.json"));
    String all = String.join("\n", e.problems());
    assertTrue(all.contains("$.targets[0].goal"), all);
    assertTrue(all.contains("$.targets[0].indicators[0].note"), all);
    assertTrue(all.contains("series[0].unit: unknown SDMX unit 'FOO'"), all);
    assertTrue(all.contains("series[0].crime_domain"), all);
    assertTrue(all.contains("series[0].colour: unknown field"), all);
    assertTrue(all.contains("must start with PRG_"), all);

    CatalogueException m =
        assertThrows(
            CatalogueException.class, () -> SdgCatalogueLoader.parse("{\n  \"a\": ,\n}", "m.json"));
    assertTrue(m.getMessage().contains("line 2, column"), m.getMessage());
  }

  @Test
  void missingParentCodeIsReportedNotACrash() {
    // A target without a code used to fail with a NullPointerException once its (valid)
    // indicators were built; it must be one reported problem like any other.
    String noCode =
        """
        {"catalogue_version": "x", "targets": [{"goal": 16, "text": "t",
          "indicators": [{"code": "16.2.2", "official": true, "text": "t",
            "progress_target": {"label": "0", "value": 0, "direction": "decrease", "year": 2030},
            "non_statistical": false,
            "series": [{"code": "VC_X", "description": "d", "unit": "NUMBER",
              "person_count": "yes", "crime_domain": "TIP", "value_scale": 3}]}]}]}
        """;
    CatalogueException e =
        assertThrows(CatalogueException.class, () -> SdgCatalogueLoader.parse(noCode, "c.json"));
    assertEquals(
        List.of(
            "$.targets[0].code: required string",
            "$.targets[0].indicators[0].series[0].person_count: required boolean",
            "$.targets[0].indicators[0].series[0].value_scale: must be a non-blank string"),
        e.problems());
  }
}
