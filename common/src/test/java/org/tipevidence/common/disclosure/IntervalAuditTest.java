package org.tipevidence.common.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalAuditTest {
  private static final SuppressionRule K5 = SuppressionRule.of(5);

  /** A programme table 6 = 1 + 5 after the exact-attack rule: F primary, M complementary. */
  private static DisclosureTable pinnedByLabels() {
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(1.0, CellState.PUBLISHED, "F")
        .add(5.0, CellState.PUBLISHED, "M")
        .add(6.0, CellState.PUBLISHED, "_T");
    ComplementarySuppression.protect(t, K5);
    return t;
  }

  @Test
  void smallCellPinnedOnlyByTheLabelsIsCaught() {
    DisclosureTable t = pinnedByLabels();
    assertEquals(CellState.COMPLEMENTARY, t.cell("M").state());
    assertEquals(List.of(), DifferencingAttack.all(t, 1), "no exact attack recovers F");
    // M is 0 or >= 5 and F is 1..4 with F + M = 6: M = 5, so F = 1.
    IntervalAudit.Result r = IntervalAudit.audit(t, K5);
    assertTrue(r.auditable());
    assertEquals(1, r.failures().size());
    IntervalAudit.Failure f = r.failures().get(0);
    assertEquals(CellKey.of("F"), f.cell());
    assertEquals(1.0, f.low());
    assertEquals(1.0, f.high());
  }

  @Test
  void protectionWithTheAuditWithholdsMoreUntilItPasses() {
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(1.0, CellState.PUBLISHED, "F")
        .add(5.0, CellState.PUBLISHED, "M")
        .add(6.0, CellState.PUBLISHED, "_T");
    ComplementarySuppression.protect(t, K5, true);
    assertEquals(CellState.COMPLEMENTARY, t.cell("_T").state(), "the only cell left to withhold");
    assertTrue(IntervalAudit.audit(t, K5).protectedTable());
  }

  @Test
  void intervalThatReachesNeitherZeroNorKFails() {
    // 5 = 2 + 3, both primary: the rest of the table bounds F to 1..4 whatever its label says.
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(2.0, CellState.PRIMARY, "F")
        .add(3.0, CellState.PRIMARY, "M")
        .add(5.0, CellState.PUBLISHED, "_T");
    List<IntervalAudit.Failure> failures = IntervalAudit.audit(t, K5).failures();
    assertEquals(2, failures.size());
    assertEquals("[1, 4]", failures.get(0).reach());
  }

  @Test
  void wideIntervalsPass() {
    // 9 = 2 + 7: F without its label is 0..9 (reaches 0); with it 1..4, M then 5..8.
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(2.0, CellState.PRIMARY, "F")
        .add(7.0, CellState.COMPLEMENTARY, "M")
        .add(9.0, CellState.PUBLISHED, "_T");
    assertTrue(IntervalAudit.audit(t, K5).protectedTable());
  }

  @Test
  void boundsAcrossDimensionsPinACellNoSingleEquationDoes() {
    // Issue 21's GLOTIP pattern with primary age cells: the sex margin gives the male total 8 - 6 =
    // 2, so its two age cells, each at least 1, are both 1. No single equation with a published
    // total shows it, and exact elimination only knows M/C + M/A = 2.
    DisclosureTable t = new DisclosureTable(List.of("sex", "age"));
    t.add(8.0, CellState.PUBLISHED, "_T", "_T")
        .add(6.0, CellState.PUBLISHED, "F", "_T")
        .add(null, CellState.CENSORED, "M", "_T")
        .add(null, CellState.PRIMARY, "M", "C")
        .add(null, CellState.PRIMARY, "M", "A");
    assertEquals(
        List.of(CellKey.of("M", "_T")),
        DifferencingAttack.all(t, 1).stream().map(Disclosure::cell).distinct().toList(),
        "exact attacks find only the (censored) male total");
    List<IntervalAudit.Failure> failures = IntervalAudit.audit(t, K5).failures();
    assertEquals(2, failures.size(), () -> failures.toString());
    assertEquals(1.0, failures.get(0).high());
  }

  @Test
  void inconsistentMarginsAreReportedNotGuessed() {
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(2.0, CellState.PRIMARY, "F")
        .add(30.0, CellState.PUBLISHED, "M")
        .add(20.0, CellState.PUBLISHED, "_T");
    IntervalAudit.Result r = IntervalAudit.audit(t, K5);
    assertFalse(r.auditable());
    assertTrue(r.protectedTable());
  }
}
