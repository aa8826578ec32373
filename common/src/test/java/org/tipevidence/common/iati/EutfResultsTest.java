package org.tipevidence.common.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.csv.CsvParser;
import org.tipevidence.common.csv.CsvRecord;
import org.tipevidence.common.iati.IatiAchievement.Result;
import org.tipevidence.common.iati.IatiAchievement.Status;
import org.tipevidence.common.number.PlainNumber;

/**
 * The achievement rules on a real results framework: the EU Trust Fund for Africa's 15,278
 * indicator-period rows flattened from its IATI export (shared/data/iati_eutf, see its
 * PROVENANCE.md), whose targets are numbers, text, percentages, NULL and zero.
 */
class EutfResultsTest {
  private static final Path RELATIVE =
      Path.of("shared", "data", "iati_eutf", "data", "processed", "EUTF_akvo_results.csv");

  static Path file() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(RELATIVE))) {
        return d.resolve(RELATIVE);
      }
    }
    return null;
  }

  @Test
  void everyPeriodGetsOneRuleAndTheFiguresMatchTheProvenanceCounts() throws IOException {
    Path file = file();
    assumeTrue(file != null, "Skipping: shared/data/iati_eutf not found above the working folder");
    Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    int rows = 0;
    int bothNumeric = 0;
    int zeroTargets = 0;
    int overTarget = 0;
    int overZeroTarget = 0;
    int achievedOverOne = 0;
    double trafficking = 0;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CsvParser csv = new CsvParser(in);
      List<String> header = csv.next().fields();
      int title = header.indexOf("title");
      int target = header.indexOf("target");
      int actual = header.indexOf("actual");
      while (csv.hasNext()) {
        CsvRecord r = csv.next();
        assertTrue(!r.isMalformed(), "line " + r.line() + ": " + r.error());
        rows++;
        String t = r.fields().get(target);
        String a = r.fields().get(actual);
        Result result = IatiAchievement.of(t, a);
        byStatus.merge(result.status(), 1, Integer::sum);
        OptionalDouble tn = PlainNumber.parse(t);
        OptionalDouble an = PlainNumber.parse(a);
        if (tn.isPresent() && an.isPresent()) {
          bothNumeric++;
          zeroTargets += tn.getAsDouble() == 0 ? 1 : 0;
          overTarget += an.getAsDouble() > tn.getAsDouble() ? 1 : 0;
          boolean overZero = tn.getAsDouble() <= 0 && an.getAsDouble() > tn.getAsDouble();
          overZeroTarget += overZero ? 1 : 0;
        }
        if (result.status() == Status.ACHIEVEMENT) {
          // The figure is exactly actual / target, recomputed from the text independently.
          assertEquals(
              Double.parseDouble(a.strip()) / Double.parseDouble(t.strip()), result.ratio());
          achievedOverOne += result.ratio() > 1 ? 1 : 0;
          if (r.fields().get(title).contains("victims of trafficking")) {
            trafficking += result.ratio();
          }
        }
      }
    }
    // Conservation: every row gets exactly one rule.
    assertEquals(15_278, rows);
    assertEquals(rows, byStatus.values().stream().mapToInt(Integer::intValue).sum());
    // PROVENANCE.md: 2,983 rows with numeric target and actual, 104 over target, 23 zero targets.
    assertEquals(2_983, bothNumeric);
    assertEquals(23, zeroTargets);
    assertEquals(104, overTarget);
    // Zero targets never become a ratio; over-target rows with a positive target do.
    assertEquals(overTarget - overZeroTarget, achievedOverOne);
    assertTrue(byStatus.get(Status.NO_TARGET) > 9_000, byStatus.toString());
    assertTrue(byStatus.get(Status.TEXT_TARGET) > 0, byStatus.toString());
    assertTrue(byStatus.get(Status.PERCENT_TARGET) > 0, byStatus.toString());
    assertTrue(trafficking > 0, "the trafficking indicator has achieved periods");
  }
}
