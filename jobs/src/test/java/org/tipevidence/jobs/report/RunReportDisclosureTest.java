package org.tipevidence.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.cli.TipEvidence;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.testing.Fixtures;
import org.tipevidence.jobs.testing.Outputs;
import org.tipevidence.jobs.testing.SharedSpark;

/**
 * No restricted value reaches the report: a marker planted in a submission's submitted_by, and a
 * count of 3 victims that disclosure control withholds, appear nowhere in the HTML; the withheld
 * year reads "withheld". The report folder does not trouble disclosure-check, and the report
 * command rebuilds the same page.
 */
class RunReportDisclosureTest {
  private static final String MARKER = "planted-marker-q7";
  private static final String SUBMISSIONS =
      Fixtures.SUBMISSION_HEADER
          + row("2016", "120")
          + row("2017", "3")
          + row("2018", "150")
          + row("2019", "160")
          + row("2020", "170");

  @TempDir static Path input;
  @TempDir static Path output;
  private static String html;

  private static String row(String year, String value) {
    return "NPL-TIP,NPL,VICTIMS_IDENTIFIED,"
        + year
        + ",_T,_T,_T,"
        + value
        + ",2024-01-10T00:00:00Z,"
        + MARKER
        + "\n";
  }

  @BeforeAll
  static void run() throws Exception {
    SharedSpark.get();
    Fixtures.inputFolder(input, "a.csv", SUBMISSIONS);
    assertEquals(
        ExitCode.OK,
        TipEvidence.execute("run", "--input", input.toString(), "--output", output.toString()));
    html = Files.readString(page(), StandardCharsets.UTF_8);
  }

  private static Path page() {
    return Outputs.current(output).resolve("published/" + RunReport.FOLDER + "/" + RunReport.FILE);
  }

  @Test
  void theCountIsWithheldInThePublishedDataItself() {
    Row cell =
        Outputs.read(output, "published", "series_values")
            .where("scope_id = 'NPL-TIP' and series_code = 'VC_HTF_DETV' and year = 2017")
            .where("sex = '_T' and age_group = '_T' and exploitation_form = '_T'")
            .first();
    assertTrue(cell.<Boolean>getAs("suppressed"), "fixture premise: 3 victims are withheld");
  }

  @Test
  void noRestrictedValueAppearsInTheReport() {
    assertFalse(html.toLowerCase().contains(MARKER), "submitted_by leaked into the report");
    // The withheld year is shown as such, in the table and as a hatched column in the chart.
    assertTrue(html.contains("<td>NPL-TIP</td><td>VC_HTF_DETV</td><td>2017</td><td>withheld</td>"));
    assertTrue(html.contains("<title>2017: withheld</title>"));
    // The count itself is nowhere: no year's tooltip and nothing in the series section shows 3
    // as a value (the data-quality table legitimately counts 3 population rows).
    assertFalse(html.contains("2017: 3"), "the withheld year's count in a tooltip");
    String from = html.substring(html.indexOf("<section id=\"series\""));
    String series = from.substring(0, from.indexOf("</section>"));
    Matcher three = Pattern.compile("(>|: |\\[)3(<| |\\.|,)").matcher(series);
    assertFalse(three.find(), () -> "a 3 in the series section: " + context(three, series));
    // Nor can it be derived: the trend (a slope over the withheld year) is withheld too.
    assertFalse(html.contains("trend from the base: "), "no trend drawn over a withheld year");
  }

  @Test
  void disclosureCheckIgnoresTheReportAndTheCommandRebuildsIt() throws Exception {
    assertEquals(
        ExitCode.OK, TipEvidence.execute("disclosure-check", "--output", output.toString()));
    Files.delete(page());
    assertEquals(ExitCode.OK, TipEvidence.execute("report", "--output", output.toString()));
    String rebuilt = Files.readString(page(), StandardCharsets.UTF_8);
    assertEquals(html, rebuilt);
    assertEquals(
        ExitCode.USAGE,
        TipEvidence.execute("report", "--output", output.toString(), "--version", "v=nope"));
  }

  private static String context(Matcher m, String text) {
    int at = m.start();
    return text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 50));
  }
}
