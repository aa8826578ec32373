package org.tipevidence.common.dhis2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.catalogue.mapping.MappingProblem;

class Dhis2MappingCheckerTest {
  static final String GOOD =
      """
      { "mapping_version": "t1",
        "data_elements": { "deVictims": "VICTIMS_IDENTIFIED" },
        "category_option_combos": { "cocF": { "sex": "female" }, "cocChildSex": { "age_group": "Y0T17", "exploitation_form": "SEX_EXPL" } },
        "org_units": { "ouNpl": { "programme_id": "NPL-TIP", "country_iso3": "NPL" } } }
      """;

  @Test
  void aGoodMappingBindsWithNormalisedCodesAndTotalsForOmittedDimensions() {
    Dhis2MappingChecker.Result r =
        Dhis2MappingChecker.parse(GOOD, "dhis2-map.json", Set.of("VICTIMS_IDENTIFIED"));
    assertEquals(List.of(), r.problems());
    Dhis2Mapping m = r.mapping();
    assertEquals("VICTIMS_IDENTIFIED", m.dataElements().get("deVictims"));
    assertEquals(
        new Dhis2Mapping.Disaggregation("F", "_T", "_T"), m.categoryOptionCombos().get("cocF"));
    assertEquals(
        new Dhis2Mapping.Disaggregation("_T", "Y0T17", "SEX_EXPL"),
        m.categoryOptionCombos().get("cocChildSex"));
    assertEquals(new Dhis2Mapping.OrgUnit("NPL-TIP", "NPL"), m.orgUnits().get("ouNpl"));
  }

  @Test
  void everyProblemIsReportedWithItsJsonPath() {
    String bad =
        """
        { "mapping_version": "t1", "extra": 1,
          "data_elements": { "deX": "NOT_MAPPED", "deY": 3 },
          "category_option_combos": { "cocQ": { "sex": "X", "colour": "red" } },
          "org_units": { "ouA": { "programme_id": "npl tip", "country_iso3": "XYZ" }, "ouB": {} } }
        """;
    Dhis2MappingChecker.Result r =
        Dhis2MappingChecker.parse(bad, "dhis2-map.json", Set.of("VICTIMS_IDENTIFIED"));
    assertNull(r.mapping());
    assertEquals(
        List.of(
            "$.extra",
            "$.data_elements.deX",
            "$.data_elements.deY",
            "$.category_option_combos.cocQ.colour",
            "$.category_option_combos.cocQ.sex",
            "$.org_units.ouA.programme_id",
            "$.org_units.ouA.country_iso3",
            "$.org_units.ouB.programme_id",
            "$.org_units.ouB.country_iso3"),
        r.problems().stream().map(MappingProblem::jsonPath).toList());
    MappingProblem unknown = r.problems().get(1);
    assertEquals(MappingProblem.Kind.UNKNOWN_INDICATOR, unknown.kind());
    assertEquals(
        "dhis2-map.json: $.data_elements.deX: 'NOT_MAPPED' is not a local_code of"
            + " indicator-map.json\n    fix: use one of [VICTIMS_IDENTIFIED] or add it there",
        unknown.format());
  }

  @Test
  void malformedJsonAndMissingSectionsAreProblemsNotExceptions() {
    assertEquals(
        MappingProblem.Kind.MALFORMED_JSON,
        Dhis2MappingChecker.parse("{ \"a\": ", "m", Set.of()).problems().get(0).kind());
    assertEquals(
        List.of("$.data_elements", "$.category_option_combos", "$.org_units"),
        Dhis2MappingChecker.parse("{\"mapping_version\": \"v\"}", "m", Set.of()).problems().stream()
            .map(MappingProblem::jsonPath)
            .toList());
  }
}
