package org.tipevidence.common.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.common.catalogue.mapping.IndicatorMappingLoader;

/** The IATI targets rule (docs/INPUTS.md, IATI targets) on IATI 2.03 activity XML, no Spark. */
class IatiTargetsTest {
  private static IatiIndicatorIndex index;

  @BeforeAll
  static void index() {
    SdgCatalogue catalogue = SdgCatalogueLoader.loadDefault();
    var mapping =
        IndicatorMappingLoader.parse(IatiActivityReaderTest.MAPPING, "m.json", catalogue).mapping();
    index = new IatiIndicatorIndex(mapping, catalogue);
  }

  /** One activity (NPL-TIP, Nepal) whose indicators are the given XML. */
  static String activity(String indicators) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <iati-activities version="2.03" generated-datetime="2024-01-01T00:00:00Z">
          <iati-activity>
            <iati-identifier>XM-1</iati-identifier>
            <other-identifier ref="NPL-TIP" type="A1"/>
            <recipient-country code="NP"/>
            <result type="1">
        %s
            </result>
          </iati-activity>
        </iati-activities>
        """
        .formatted(indicators);
  }

  /** An indicator that resolves to VICTIMS_IDENTIFIED (SDG 16.2.2), with the given children. */
  static String indicator(String attributes, String children) {
    return """
          <indicator measure="1" %s>
            <title><narrative>Victims identified</narrative></title>
            <reference vocabulary="9" code="16.2.2"/>
        %s
          </indicator>
        """
        .formatted(attributes, children);
  }

  static String period(String start, String end, String values) {
    return """
            <period>
              <period-start iso-date="%s"/>
              <period-end iso-date="%s"/>
              %s
            </period>
        """
        .formatted(start, end, values);
  }

  static List<IatiTargetRow> rows(String xml) {
    List<IatiTargetRow> rows = new ArrayList<>();
    try (IatiActivityReader reader =
        new IatiActivityReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
      new IatiTargets(reader, index).forEachRemaining(rows::add);
    }
    return rows;
  }

  static String reasonCode(IatiTargetRow row) {
    return row.error() == null ? null : row.error().substring(0, row.error().indexOf(':'));
  }

  @Test
  void theFinalTargetIsThatOfThePeriodEndingLastAndEarlierOnesAreMilestones() {
    String xml =
        activity(
            indicator(
                "ascending=\"1\"",
                """
                <baseline year="2018" iso-date="2018-12-31" value="3"/>
                """
                    + period(
                        "2024-01-01", "2024-12-31", "<target value=\"12\"/><actual value=\"4\"/>")
                    // A life-of-fund period ending last: any span counts for a target's year.
                    + period("2019-07-01", "2025-06-30", "<target value=\"20\"/>")
                    + period("2023-01-01", "2023-12-31", "<target value=\"10\"/>")));
    List<IatiTargetRow> rows = rows(xml);
    assertEquals(1, rows.size());
    IatiTargetRow row = rows.get(0);
    assertNull(row.error());
    assertEquals("NPL-TIP", row.programmeId());
    assertEquals("VICTIMS_IDENTIFIED", row.indicatorCode());
    assertEquals("2018", row.baselineYear());
    assertEquals("3", row.baselineValue());
    assertEquals("2025", row.targetYear());
    assertEquals("20", row.targetValue());
    assertEquals(
        "/iati-activities[1]/iati-activity[1]/result[1]/indicator[1]/period[2]/target[1]",
        row.path());
    assertTrue(row.line() > 0);
    assertTrue(row.record().startsWith(row.path() + " value=\"20\" period-end=\"2025-06-30\""));
    assertTrue(row.record().contains("; baseline "), row.record());
  }

  @Test
  void noTargetNoRowAndABaselineAloneIsNoRow() {
    String xml =
        activity(
            indicator("", "<baseline year=\"2018\" value=\"3\"/>")
                + indicator(
                    "",
                    period(
                            "2023-01-01",
                            "2023-12-31",
                            "<target value=\"NULL\"/><actual value=\"1\"/>")
                        + period("2024-01-01", "2024-12-31", "<target value=\"\"/>")));
    assertEquals(List.of(), rows(xml));
  }

  @Test
  void aNullLatestTargetLeavesTheLatestTargetWithAValueAndDimensionedValuesAreNotTheTotal() {
    String xml =
        activity(
            indicator(
                "",
                """
                <baseline year="2017" value="5"/>
                <baseline year="2018" value="9"><dimension name="sex" value="female"/></baseline>
                """
                    + period(
                        "2023-01-01",
                        "2023-12-31",
                        "<target value=\"10\"/>"
                            + "<target value=\"7\"><dimension name=\"sex\" value=\"female\"/>"
                            + "</target>")
                    + period(
                        "2024-01-01",
                        "2024-12-31",
                        "<target value=\"NULL\"/>"
                            + "<target value=\"8\"><dimension name=\"sex\" value=\"female\"/>"
                            + "</target>")));
    IatiTargetRow row = rows(xml).get(0);
    assertNull(row.error());
    assertEquals("2017", row.baselineYear());
    assertEquals("5", row.baselineValue());
    assertEquals("2023", row.targetYear());
    assertEquals("10", row.targetValue());
  }

  @Test
  void targetsOnlyForDisaggregationsAreOneOutOfScopeRow() {
    String xml =
        activity(
            indicator(
                "",
                period(
                    "2024-01-01",
                    "2024-12-31",
                    "<target value=\"7\"><dimension name=\"sex\" value=\"female\"/></target>"
                        + "<target value=\"5\"><dimension name=\"sex\" value=\"male\"/></target>")));
    List<IatiTargetRow> rows = rows(xml);
    assertEquals(1, rows.size());
    assertEquals("out_of_scope", reasonCode(rows.get(0)));
    assertTrue(rows.get(0).error().contains("sex=\"female\""), rows.get(0).error());
    assertTrue(rows.get(0).error().endsWith(" at " + rows.get(0).path()));
  }

  @Test
  void theIndicatorMeetsTheRulesOfActuals() {
    String unmapped =
        """
          <indicator measure="1">
            <title><narrative>Hotline calls</narrative></title>
        %s
          </indicator>
        """
            .formatted(period("2024-01-01", "2024-12-31", "<target value=\"100\"/>"));
    String xml =
        activity(
            unmapped
                + indicator(
                    "ascending=\"0\"", period("2024-01-01", "2024-12-31", "<target value=\"1\"/>"))
                + indicator("", period("2024-01-01", "2024-12-31", "<target value=\"1\"/>"))
                    .replace("measure=\"1\"", "measure=\"5\"")
                + indicator("", period("2024-01-01", "2024-12-31", "<target value=\"1\"/>"))
                    .replace("measure=\"1\"", "measure=\"2\""));
    List<String> codes = rows(xml).stream().map(IatiTargetsTest::reasonCode).toList();
    assertEquals(
        List.of("unmapped_indicator", "mapping_mismatch", "out_of_scope", "mapping_mismatch"),
        codes);
    assertEquals("Hotline calls", rows(xml).get(0).indicatorCode());
  }

  @Test
  void twoDifferentFinalTargetsOrAnUndatedTargetCannotBeChosenBetween() {
    String tie =
        indicator(
            "", period("2024-01-01", "2024-12-31", "<target value=\"10\"/><target value=\"12\"/>"));
    String sameValue =
        indicator(
            "",
            period("2024-01-01", "2024-12-31", "<target value=\"10\"/><target value=\"10.0\"/>"));
    String undated = indicator("", period("2024-01-01", "end of 2024", "<target value=\"10\"/>"));
    String baselines =
        indicator(
            "",
            "<baseline year=\"2018\" value=\"3\"/><baseline year=\"2018\" value=\"4\"/>"
                + period("2024-01-01", "2024-12-31", "<target value=\"10\"/>"));
    List<IatiTargetRow> rows = rows(activity(tie + sameValue + undated + baselines));
    assertEquals(
        java.util.Arrays.asList(
            "conflicting_duplicate", null, "invalid_period", "conflicting_duplicate"),
        rows.stream().map(IatiTargetsTest::reasonCode).toList());
    assertTrue(rows.get(0).error().contains("'10' (line"), rows.get(0).error());
  }

  @Test
  void indicatorsOfDifferentActivitiesAreKeptApart() {
    String one = indicator("", period("2024-01-01", "2024-12-31", "<target value=\"10\"/>"));
    String xml = activity(one);
    String second =
        xml.substring(xml.indexOf("<iati-activity>"), xml.indexOf("</iati-activities>"))
            .replace("NPL-TIP", "NPL-TIP-2")
            .replace("value=\"10\"", "value=\"11\"");
    xml = xml.replace("</iati-activities>", second + "</iati-activities>");
    List<IatiTargetRow> rows = rows(xml);
    assertEquals(
        List.of("NPL-TIP", "NPL-TIP-2"), rows.stream().map(IatiTargetRow::programmeId).toList());
    assertEquals(List.of("10", "11"), rows.stream().map(IatiTargetRow::targetValue).toList());
  }

  @Test
  void indicatorPathCutsAtTheIndicator() {
    assertEquals(
        "/iati-activities[1]/iati-activity[3]/result[1]/indicator[12]",
        IatiTargets.indicatorPath(
            "/iati-activities[1]/iati-activity[3]/result[1]/indicator[12]/period[1]/target[1]"));
  }
}
