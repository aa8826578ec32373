package org.tipevidence.common.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.common.catalogue.mapping.IndicatorMappingLoader;

/** The StAX reader and the IATI rules without Spark. */
class IatiActivityReaderTest {
  static final String FILE =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <iati-activities version="2.03" generated-datetime="2024-01-01T00:00:00Z">
        <iati-activity>
          <iati-identifier>XM-1</iati-identifier>
          <other-identifier ref="NPL-TIP" type="A1"/>
          <recipient-country code="NP"/>
          <result type="1">
            <indicator measure="1" ascending="0">
              <reference vocabulary="9" code="16.2.2"/>
              <baseline year="2018" value="3"/>
              <period>
                <period-start iso-date="2019-04-01"/>
                <period-end iso-date="2019-06-30"/>
                <target value="10"/>
                <actual value="7"><dimension name="Sex" value="F"/></actual>
              </period>
            </indicator>
          </result>
        </iati-activity>
      </iati-activities>
      """;

  static final String MAPPING =
      """
      { "mapping_version": "t", "indicators": [
        { "local_code": "VICTIMS_IDENTIFIED", "name": "Victims identified", "sdg_indicator": "16.2.2",
          "series_code": "VC_HTF_DETV", "unit": "NUMBER", "direction": "increase",
          "aggregation": "sum", "crime_type": "TIP", "scaling": "none" } ] }
      """;

  static List<IatiFact> read(String xml) {
    List<IatiFact> facts = new ArrayList<>();
    try (IatiActivityReader r =
        new IatiActivityReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
      r.forEachRemaining(facts::add);
    }
    return facts;
  }

  @Test
  void valuesCarryKindLinePathAndTheirActivityAndIndicator() {
    List<IatiFact> facts = read(FILE);
    assertEquals(
        List.of(IatiFact.Kind.BASELINE, IatiFact.Kind.TARGET, IatiFact.Kind.ACTUAL),
        facts.stream().map(IatiFact::kind).toList());
    IatiFact actual = facts.get(2);
    assertEquals(15, actual.line());
    assertEquals(
        "/iati-activities[1]/iati-activity[1]/result[1]/indicator[1]/period[1]/actual[1]",
        actual.path());
    assertEquals("NPL-TIP", actual.activity().programmeRef());
    assertEquals("2024-01-01T00:00:00Z", actual.activity().lastUpdated());
    assertEquals("2018", facts.get(0).baselineYear());
  }

  @Test
  void theRulesTranslateAndCheckDirection() {
    SdgCatalogue catalogue = SdgCatalogueLoader.loadDefault();
    var mapping = IndicatorMappingLoader.parse(MAPPING, "m.json", catalogue).mapping();
    IatiRow row =
        new IatiTranslator(new IatiIndicatorIndex(mapping, catalogue)).actual(read(FILE).get(2));
    assertEquals("NPL-TIP", row.programmeId());
    assertEquals("NPL", row.country());
    assertEquals("VICTIMS_IDENTIFIED", row.indicatorCode());
    assertEquals("2019-Q2", row.period());
    assertEquals("F", row.sex());
    // ascending="0" says lower is better; the mapping says increase.
    assertTrue(row.error().startsWith("mapping_mismatch: "), row.error());
  }

  @Test
  void periodsAreCalendarYearsOrQuartersOnly() {
    assertEquals("2021", IatiPeriods.period("2021-01-01", "2021-12-31"));
    assertEquals("2021-Q4", IatiPeriods.period("2021-10-01", "2021-12-31"));
    assertNull(IatiPeriods.period("2021-07-01", "2022-06-30"));
    assertNull(IatiPeriods.period("2015-01-01", "2025-12-31"));
    assertNull(IatiPeriods.period("2021-01-01", "2021-01-31"));
  }

  @Test
  void aDoctypeIsRefusedSoNoEntityIsExpanded() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<iati-activities><iati-activity><iati-identifier>&e;</iati-identifier>"
            + "</iati-activity></iati-activities>";
    IatiXmlException problem =
        IatiActivityReader.firstProblem(
            new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)));
    assertTrue(problem != null && problem.line() == 1, String.valueOf(problem));
  }

  @Test
  void aBrokenFileNamesLineAndColumn() {
    String broken = FILE.replace("</result>", "</reslt>");
    IatiXmlException problem =
        IatiActivityReader.firstProblem(
            new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)));
    assertEquals(18, problem.line());
    assertTrue(problem.column() > 0);
    assertTrue(problem.describe().startsWith("line 18, column "), problem.describe());
  }

  @Test
  void anotherRootElementIsNotAnIatiFile() {
    IatiXmlException problem =
        IatiActivityReader.firstProblem(
            new ByteArrayInputStream("<html/>".getBytes(StandardCharsets.UTF_8)));
    assertTrue(problem.getMessage().contains("<html>"), problem.getMessage());
  }
}
