package org.tipevidence.common.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.testing.SharedData;

/** Same code, different indicator: judged from the file's metadata. */
class IndicatorIdentityTest {
  private static final SdgCatalogue CATALOGUE = SdgCatalogueLoader.loadDefault();
  private static final SdgIndicator I_16_2_2 = CATALOGUE.indicator("16.2.2").orElseThrow();

  private static Optional<String> judge(String meta) {
    return IndicatorIdentity.mismatch(
        I_16_2_2, UnitLabels.ofIndicator(I_16_2_2), NationalMetadata.parse(meta));
  }

  @Test
  void deminedAreaUnder16_2_2IsAnotherIndicator() {
    String meta =
        "SDG_INDICATOR: >-\n  <p>Area of land released from landmines</p>\nUNIT_MEASURE: km²\n";
    Optional<String> why = judge(meta);
    assertTrue(why.isPresent());
    assertTrue(why.get().contains("km²") && why.get().contains("AREA_KM2"), why.get());
  }

  @Test
  void flagsAndOtherCodesSayNational() {
    assertTrue(judge("reporting_type: national\ncomputation_units: Number\n").isPresent());
    assertTrue(judge("national_indicator: true\n").isPresent());
    assertEquals(
        Optional.of("its metadata indicator_number names indicator 16.2.1"),
        judge("indicator_number: 16.2.1\ncomputation_units: Number\n"));
  }

  @Test
  void anUnknownUnitCountsOnlyWithAnUnrelatedTitle() {
    assertTrue(judge("graph_title: Mines cleared\ncomputation_units: Sites\n").isPresent());
    assertEquals(
        Optional.empty(),
        judge("graph_title: Victims of human trafficking\ncomputation_units: Cases\n"));
    // A title in another language with a fitting unit is not a mismatch.
    assertEquals(
        Optional.empty(), judge("graph_title: Victimes de la traite\ncomputation_units: Number\n"));
  }

  @Test
  void theSdgIndicatorItselfPasses() {
    assertEquals(
        Optional.empty(),
        judge(
            "SDG_INDICATOR: >-\n  <p>Indicator 16.2.2: Number of victims of human trafficking"
                + " per 100,000 population</p>\nUNIT_MEASURE: >-\n  per 100.000 population\n"));
  }

  /** The real UK and Moldova metadata files: none is judged another indicator. */
  @Test
  void noRealMetadataFileIsFlagged() throws IOException {
    Path shared = SharedData.require("opensdg");
    List<Path> metas;
    try (Stream<Path> s = Files.walk(shared)) {
      metas = s.filter(p -> p.getParent().getFileName().toString().equals("meta")).toList();
    }
    assertTrue(metas.size() > 20);
    for (Path p : metas) {
      String id = p.getFileName().toString().replaceFirst("\\.(yml|md)$", "");
      Optional<SdgIndicator> indicator = CATALOGUE.indicator(id.replace('-', '.'));
      if (indicator.isEmpty()) {
        continue;
      }
      Map<String, String> meta = NationalMetadata.parse(Files.readString(p));
      assertEquals(
          Optional.empty(),
          IndicatorIdentity.mismatch(
              indicator.get(), UnitLabels.ofIndicator(indicator.get()), meta),
          p.toString());
    }
  }
}
