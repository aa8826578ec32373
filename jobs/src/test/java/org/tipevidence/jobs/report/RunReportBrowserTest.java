package org.tipevidence.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tipevidence.jobs.testing.Outputs;
import org.tipevidence.jobs.testing.SampleRun;

/** The sample-data run's report, opened from disk in headless Chromium with no network. */
class RunReportBrowserTest {
  static final List<String> SECTIONS =
      List.of("summary", "quality", "progress", "series", "evidence", "dark-figure");
  private static final Path TARGET = Path.of("target", "run-report");
  private static Path page;
  private static String html;

  @BeforeAll
  static void report() throws Exception {
    page =
        Outputs.current(SampleRun.output())
            .resolve("published")
            .resolve(RunReport.FOLDER)
            .resolve(RunReport.FILE);
    html = Files.readString(page, StandardCharsets.UTF_8);
    Files.createDirectories(TARGET);
  }

  @Test
  void theFileFetchesNothing() {
    // No URL of any scheme, no external reference: the page is one self-contained file.
    assertFalse(Pattern.compile("(?i)(https?:|ftp:|//[a-z0-9])").matcher(html).find(), html);
    Matcher refs =
        Pattern.compile("(?i)\\b(src|href|xlink:href|action)\\s*=\\s*\"([^\"]*)\"").matcher(html);
    while (refs.find()) {
      assertTrue(refs.group(2).startsWith("#"), "external reference: " + refs.group());
    }
    assertFalse(html.toLowerCase().contains("<script"), "the report runs no script");
    assertFalse(html.contains("@import") || html.contains("url(http"), "no fetched CSS");
    assertTrue(html.contains("default-src 'none'"), "CSP forbids fetching anything");
  }

  @Test
  void opensInChromiumWithoutErrorsAndShowsEverySection() throws Exception {
    HeadlessChromium.requireBrowser();
    HeadlessChromium.Result dom =
        HeadlessChromium.run(TARGET, "--dump-dom", page.toUri().toString());
    assertNoConsoleErrors(dom.stderr());
    for (String id : SECTIONS) {
      assertTrue(dom.stdout().contains("<section id=\"" + id + "\""), "section " + id);
    }
    assertTrue(dom.stdout().contains("TIP") && dom.stdout().contains("SOM"));
  }

  @Test
  void everyChartHasAnArea() throws Exception {
    HeadlessChromium.requireBrowser();
    // A test copy that measures the laid-out SVGs (the report itself runs no script).
    String probe =
        "<script>document.body.setAttribute('data-svg-sizes',"
            + " Array.from(document.querySelectorAll('main svg')).map(function(e){var"
            + " r=e.getBoundingClientRect();return Math.round(r.width)+'x'+Math.round(r.height);"
            + "}).join(' '));</script></body>";
    String measured =
        html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
            .replace("</body>", probe);
    Path copy = TARGET.resolve("measured.html");
    Files.writeString(copy, measured, StandardCharsets.UTF_8);
    HeadlessChromium.Result dom =
        HeadlessChromium.run(
            TARGET,
            "--window-size=1280,4000",
            "--dump-dom",
            copy.toAbsolutePath().toUri().toString());
    Matcher m = Pattern.compile("data-svg-sizes=\"([^\"]*)\"").matcher(dom.stdout());
    assertTrue(m.find(), "probe did not run: " + dom.stderr());
    String[] sizes = m.group(1).trim().split(" ");
    long charts = Pattern.compile("<svg role=\"img\"").matcher(html).results().count();
    assertEquals(charts, sizes.length, m.group(1));
    for (String size : sizes) {
      String[] wh = size.split("x");
      assertTrue(Integer.parseInt(wh[0]) > 0 && Integer.parseInt(wh[1]) > 0, "empty SVG " + size);
    }
  }

  @Test
  void screenshotForPeople() throws Exception {
    HeadlessChromium.requireBrowser();
    Path png = TARGET.resolve("report.png").toAbsolutePath();
    Files.deleteIfExists(png);
    HeadlessChromium.Result shot =
        HeadlessChromium.run(
            TARGET,
            "--hide-scrollbars",
            "--window-size=1280,4000",
            "--screenshot=" + png,
            page.toUri().toString());
    assertNoConsoleErrors(shot.stderr());
    assertTrue(Files.size(png) > 10_000, "screenshot written to " + png);
  }

  static void assertNoConsoleErrors(String stderr) {
    for (String line : stderr.split("\n")) {
      boolean console = line.contains(":CONSOLE(") || line.contains("Uncaught");
      boolean blocked =
          line.contains("Refused to") || line.contains("net::ERR") || line.contains("Not allowed");
      assertFalse(console || blocked, "browser console: " + line);
    }
  }
}
