package org.tipevidence.common.dhis2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Dhis2TranslationTest {
  private static final Dhis2Mapping MAPPING =
      Dhis2MappingChecker.parse(Dhis2MappingCheckerTest.GOOD, "m", Set.of("VICTIMS_IDENTIFIED"))
          .mapping();

  private static Dhis2Translation translate(
      String de, String period, String ou, String coc, String value, String deleted) {
    return Dhis2Translation.of(
        new Dhis2Value(
            de, period, ou, coc, null, value, "naptip.clerk", "2023-03-15T12:41:00.000", deleted),
        MAPPING);
  }

  @Test
  void aMappedValueBecomesTheSubmissionFieldsOfACsvRow() {
    Dhis2Translation t = translate("deVictims", "2021Q3", "ouNpl", "cocF", "12", null);
    assertNull(t.error());
    assertEquals(
        List.of(
            "NPL-TIP",
            "NPL",
            "VICTIMS_IDENTIFIED",
            "2021-Q3",
            "F",
            "_T",
            "_T",
            "12",
            "2023-03-15T12:41:00.000Z",
            "naptip.clerk"),
        t.fields());
    assertEquals(Dhis2Translation.COLUMNS.size(), t.fields().size());
  }

  @Test
  void aBlankCategoryOptionComboIsTheDefaultTotal() {
    assertEquals(
        List.of("_T", "_T", "_T"),
        translate("deVictims", "2021", "ouNpl", "", "1", null).fields().subList(4, 7));
  }

  @Test
  void unmappedCodesPeriodsAndDeletedValuesCarryAReasonWithTheFix() {
    assertTrue(
        translate("deOther", "2021", "ouNpl", null, "1", null)
            .error()
            .startsWith(
                "unmapped_dhis2_code: dataElement 'deOther' is not in dhis2-map.json; add"));
    assertTrue(
        translate("deVictims", "2021", "ouX", null, "1", null).error().contains("orgUnit 'ouX'"));
    assertTrue(
        translate("deVictims", "2021", "ouNpl", "cocZ", "1", null)
            .error()
            .contains("categoryOptionCombo 'cocZ'"));
    assertTrue(
        translate("deVictims", "202107", "ouNpl", null, "1", null)
            .error()
            .startsWith("unsupported_period: period '202107' is monthly"));
    assertTrue(
        translate("deVictims", "2021", "ouNpl", null, "1", "true")
            .error()
            .startsWith("no_value: "));
  }

  @Test
  void valueAndPeriodProblemsAreLeftToTheSubmissionRules() {
    Dhis2Translation t = translate("deVictims", "2021Q5", "ouNpl", null, "twelve", "false");
    assertNull(t.error());
    assertEquals("2021Q5", t.fields().get(3));
    assertEquals("twelve", t.fields().get(7));
  }

  @Test
  void lastUpdatedGetsAZoneTheTimestampRuleReads() {
    assertEquals("2023-03-15T12:41:00.000Z", Dhis2Translation.timestamp("2023-03-15T12:41:00.000"));
    assertEquals(
        "2023-03-15T12:41:00+01:00", Dhis2Translation.timestamp("2023-03-15T12:41:00+0100"));
    assertEquals("2023-03-15T12:41:00Z", Dhis2Translation.timestamp("2023-03-15T12:41:00Z"));
    assertEquals("", Dhis2Translation.timestamp(null));
  }
}
