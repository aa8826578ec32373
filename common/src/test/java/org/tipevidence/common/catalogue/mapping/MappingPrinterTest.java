package org.tipevidence.common.catalogue.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.catalogue.CrimeType;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.common.codes.Direction;

class MappingPrinterTest {
  private static final SdgCatalogue CAT = SdgCatalogueLoader.loadDefault();

  @Test
  void rendersAlignedTable() {
    IndicatorMapping m =
        new IndicatorMapping(
            "2026-11-sample",
            List.of(
                new MappedIndicator(
                    "VICTIMS_IDENTIFIED",
                    "Victims identified",
                    "16.2.2",
                    "VC_HTF_DETV",
                    MappingUnit.NUMBER,
                    Direction.INCREASE,
                    Aggregation.SUM,
                    CrimeType.TIP,
                    Scaling.NONE,
                    true,
                    false,
                    MappedProgress.NONE),
                new MappedIndicator(
                    "SOM_CONVICTED",
                    "Persons convicted of smuggling",
                    "16.3.C6",
                    "PRG_SOM_CONV",
                    MappingUnit.NUMBER,
                    Direction.INCREASE,
                    Aggregation.SUM,
                    CrimeType.SOM,
                    Scaling.NONE,
                    true,
                    false,
                    MappedProgress.NONE),
                new MappedIndicator(
                    "CHILD_LABOUR_PCT",
                    "Child labour",
                    "8.7.1",
                    "SL_TLF_CHLDEA",
                    MappingUnit.PERCENT,
                    Direction.DECREASE,
                    Aggregation.POPULATION_WEIGHTED_MEAN,
                    CrimeType.TIP,
                    Scaling.NONE,
                    false,
                    false,
                    MappedProgress.NONE)));
    String expected =
        """
        Indicator mapping 2026-11-sample (3 indicators), SDG catalogue 2026.11.0
        LOCAL CODE          TARGET  INDICATOR  SERIES         UNIT     DIRECTION  AGGREGATION               CRIME  SCALING  PERSONS
        ------------------  ------  ---------  -------------  -------  ---------  ------------------------  -----  -------  -------
        VICTIMS_IDENTIFIED  16.2    16.2.2     VC_HTF_DETV    NUMBER   increase   sum                       TIP    none     yes
        SOM_CONVICTED       16.3    16.3.C6*   PRG_SOM_CONV   NUMBER   increase   sum                       SOM    none     yes
        CHILD_LABOUR_PCT    8.7     8.7.1      SL_TLF_CHLDEA  PERCENT  decrease   population_weighted_mean  TIP    none     no
        * complementary programme-level indicator (official: false)
        """;
    assertEquals(expected, MappingPrinter.render(m, CAT));
    assertEquals(List.of(), MappingChecker.check(m, "printer", CAT));
  }

  @Test
  void rendersProblemsWithFixes() {
    String out =
        MappingPrinter.renderProblems(
            List.of(
                new MappingProblem(
                    "map.json",
                    "$.indicators[3].direction",
                    MappingProblem.Kind.MISSING_FIELD,
                    "missing required field 'direction'",
                    "add \"direction\": \"increase\"")));
    assertEquals(
        "map.json: $.indicators[3].direction: missing required field 'direction'\n"
            + "    fix: add \"direction\": \"increase\"\n",
        out);
    assertTrue(JsonShape.closest("Units", MappingChecker.ENTRY_FIELDS).equals("unit"));
  }
}
