package org.tipevidence.common.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one table of unit labels: Open SDG sites' labels, SDMX and UN SDG DDF codes. */
class UnitLabelsTest {
  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Number|NUMBER",
        "Number of children|NUMBER",
        "Counts|NUMBER",
        "NUMBER|NUMBER",
        "number|NUMBER",
        "Per 100,000 population|PER_100000_POP",
        "per 100.000 population|PER_100000_POP",
        "Number of refugees per 100,000 population|PER_100000_POP",
        "per 100 000 inhabitants|PER_100000_POP",
        "PER_100000_POP|PER_100000_POP",
        "RATIO_COUNT_PER_100000_COUNT_POP|PER_100000_POP",
        "Percentage (%)|PERCENT",
        "PT|PERCENT",
        "percent|PERCENT",
        "Proportion|PERCENT",
        "km²|AREA_KM2",
        "Square kilometres|AREA_KM2",
        "Area (km2)|AREA_KM2",
        "Hectares|AREA_HA",
        "CU_USD|CURRENCY_USD",
        "PER_100000_EMP|PER_100000_EMP",
        "Per 100,000 employed|PER_100000_EMP",
        "MO_EARN|MO_EARN",
      })
  void mapsLabelsSitesUse(String label, String unit) {
    assertEquals(Optional.of(unit), UnitLabels.unit(label));
  }

  @ParameterizedTest
  @CsvSource({"Index points", "''", "Rate"})
  void unknownLabelsAreEmpty(String label) {
    assertEquals(Optional.empty(), UnitLabels.unit(label));
  }
}
