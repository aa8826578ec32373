package org.tipevidence.common.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ComplementarySuppressionTest {
  private static final SuppressionRule K5 = SuppressionRule.of(5);

  private static Set<String> suppressed(DisclosureTable t) {
    Set<String> out = new TreeSet<>();
    for (Cell c : t.cells()) {
      if (c.state().isSuppressed()) {
        out.add(c.key() + ":" + c.state().code());
      }
    }
    return out;
  }

  private static void assertSafe(DisclosureTable t) {
    assertEquals(List.of(), DifferencingAttack.all(t, 1), () -> "recoverable cells in\n" + t);
  }

  @Test
  void oneDimensionSmallCellGetsOneComplement() {
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(3.0, CellState.PUBLISHED, "F")
        .add(10.0, CellState.PUBLISHED, "M")
        .add(13.0, CellState.PUBLISHED, "_T");
    assertEquals(1, ComplementarySuppression.protect(t, K5));
    assertEquals(Set.of("F:primary", "M:complementary"), suppressed(t));
    assertEquals(13.0, t.cell("_T").value(), "the total stays published");
    assertSafe(t);
  }

  @Test
  void partsThatDoNotAddUpAreStillProtected() {
    // GLOTIP-like: other and unknown sex exist and parts do not sum to the total.
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(null, CellState.CENSORED, "F")
        .add(20.0, CellState.PUBLISHED, "M")
        .add(7.0, CellState.PUBLISHED, "_U")
        .add(0.0, CellState.PUBLISHED, "_O")
        .add(31.0, CellState.PUBLISHED, "_T");
    List<Disclosure> before = DifferencingAttack.margins(t);
    assertEquals(1, before.size());
    assertEquals(4.0, before.get(0).recovered(), "31 - 20 - 7 - 0: an estimate, but close");
    ComplementarySuppression.protect(t, K5);
    assertEquals(Set.of("F:censored", "_U:complementary"), suppressed(t), "smallest positive part");
    assertSafe(t);
  }

  @Test
  void loneBreakdownForcesTheTotal() {
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(3.0, CellState.PUBLISHED, "F").add(8.0, CellState.PUBLISHED, "_T");
    ComplementarySuppression.protect(t, K5);
    assertEquals(Set.of("F:primary", "_T:complementary"), suppressed(t));
    assertSafe(t);
  }

  @Test
  void zeroIsNotSuppressedAndNotPreferredAsComplement() {
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(2.0, CellState.PUBLISHED, "F")
        .add(0.0, CellState.PUBLISHED, "M")
        .add(40.0, CellState.PUBLISHED, "_U")
        .add(42.0, CellState.PUBLISHED, "_T");
    ComplementarySuppression.protect(t, K5);
    assertEquals(Set.of("F:primary", "_U:complementary"), suppressed(t));
    assertEquals(0.0, t.cell("M").value());
    assertSafe(t);
  }

  /**
   * Sex x age with all margins. The first complement in the age margin of F opens a lone unknown in
   * the sex margin of age B, so the rule must iterate; preferring cells that close an open equation
   * yields the 4-cell rectangle instead of 6 cells.
   */
  @Test
  void twoDimensionsNeedIterationAndEndInARectangle() {
    DisclosureTable t = sexByAge();
    int added = ComplementarySuppression.protect(t, K5);
    assertEquals(3, added);
    assertEquals(
        Set.of("F|A:primary", "F|B:complementary", "M|A:complementary", "M|B:complementary"),
        suppressed(t));
    assertSafe(t);
  }

  @Test
  void primaryOnlyIsRecoverableAlongBothMargins() {
    DisclosureTable t = sexByAge();
    K5.applyPrimary(t);
    List<Disclosure> found = DifferencingAttack.margins(t);
    assertEquals(2, found.size(), "via the sex margin of A and the age margin of F");
    for (Disclosure d : found) {
      assertEquals(CellKey.of("F", "A"), d.cell());
      assertEquals(3.0, d.recovered());
    }
  }

  @Test
  void deterministicWhateverTheInsertionOrder() {
    DisclosureTable a = sexByAge();
    DisclosureTable b = new DisclosureTable(List.of("sex", "age"));
    List<Cell> cells = new java.util.ArrayList<>(sexByAge().cells());
    java.util.Collections.reverse(cells);
    cells.forEach(c -> b.add(c.key(), c.value(), c.state()));
    ComplementarySuppression.protect(a, K5);
    ComplementarySuppression.protect(b, K5);
    assertEquals(suppressed(a), suppressed(b));
  }

  @Test
  void residualPinnedByLowerBoundsGetsAThirdCell() {
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(1.0, CellState.PUBLISHED, "F")
        .add(1.0, CellState.PUBLISHED, "M")
        .add(10.0, CellState.PUBLISHED, "_U")
        .add(12.0, CellState.PUBLISHED, "_T");
    K5.applyPrimary(t);
    assertEquals(List.of(), DifferencingAttack.margins(t), "two unknowns: no lone one");
    List<Disclosure> pinned = DifferencingAttack.lowerBounds(t, 1);
    assertEquals(2, pinned.size(), "12 - 10 = 2 = two cells of at least 1: both are 1");
    ComplementarySuppression.apply(t, 1);
    assertEquals(Set.of("F:primary", "M:primary", "_U:complementary"), suppressed(t));
    assertSafe(t);
  }

  @Test
  void bridgeBetweenTwoProtectedBlocksIsFoundAndFixed() {
    DisclosureTable t = BridgeTable.build();
    assertEquals(List.of(), DifferencingAttack.margins(t), "every margin has 0 or 2+ unknowns");
    List<Disclosure> linear = DifferencingAttack.linear(t);
    assertEquals(1, linear.size());
    assertEquals(CellKey.of("r2", "c3"), linear.get(0).cell());
    assertEquals(BridgeTable.value(2, 3), linear.get(0).recovered(), 1e-9);
    int added = ComplementarySuppression.apply(t, 1);
    assertTrue(added >= 1);
    assertSafe(t);
  }

  @Test
  void threeDimensionsWithCensoredAndDuplicateCellsEndSafe() {
    DisclosureTable t = new DisclosureTable(List.of("sex", "age", "form"));
    String[] sexes = {"F", "M", "_T"};
    String[] ages = {"Y0T17", "Y_GE18", "_T"};
    String[] forms = {"SEX_EXPL", "FRC_LAB", "_T"};
    double[][] leaf = {
      {2, 30}, {7, 1}, {15, 40}, {3, 22}
    }; // (F,child),(F,adult),(M,child),(M,adult)
    for (int s = 0; s < 3; s++) {
      for (int a = 0; a < 3; a++) {
        for (int f = 0; f < 3; f++) {
          double v = 0;
          for (int s2 = 0; s2 < 2; s2++) {
            for (int a2 = 0; a2 < 2; a2++) {
              for (int f2 = 0; f2 < 2; f2++) {
                if ((s == 2 || s == s2) && (a == 2 || a == a2) && (f == 2 || f == f2)) {
                  v += leaf[s2 * 2 + a2][f2];
                }
              }
            }
          }
          t.add(v, CellState.PUBLISHED, sexes[s], ages[a], forms[f]);
        }
      }
    }
    t.add(null, CellState.CENSORED, "M", "Y_GE18", "SEX_EXPL"); // duplicate key, censored twin
    ComplementarySuppression.protect(t, K5);
    assertEquals(CellState.CENSORED, t.cell("M", "Y_GE18", "SEX_EXPL").state());
    assertEquals(3.0, t.cell("M", "Y_GE18", "SEX_EXPL").value(), "value of the reported twin");
    assertSafe(t);
  }

  @Test
  void duplicateKeysMergeToTheMoreProtectiveStateWhateverTheOrder() {
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(null, CellState.CENSORED, "F").add(11.0, CellState.PUBLISHED, "F");
    t.add(12.0, CellState.PUBLISHED, "M").add(9.0, CellState.PUBLISHED, "M");
    assertEquals(new Cell(CellKey.of("F"), 11.0, CellState.CENSORED), t.cell("F"));
    assertEquals(9.0, t.cell("M").value(), "the smaller figure");
  }

  /**
   * GLOTIP shape: "other forms" only as a total while the other forms are broken down by sex. Exact
   * additivity forces that cell to 0 whatever is suppressed; the protection must neither report it
   * as recovered nor suppress the whole table trying to hide it.
   */
  @Test
  void cellFixedByAnIncompleteBreakdownIsNotChasedAcrossTheTable() {
    DisclosureTable t = new DisclosureTable(List.of("sex", "form"));
    t.add(53.0, CellState.PUBLISHED, "_T", "_T")
        .add(31.0, CellState.PUBLISHED, "F", "_T")
        .add(22.0, CellState.PUBLISHED, "M", "_T")
        .add(20.0, CellState.PUBLISHED, "_T", "SEX")
        .add(33.0, CellState.PUBLISHED, "_T", "FRC")
        .add(null, CellState.CENSORED, "_T", "OTH")
        .add(12.0, CellState.PUBLISHED, "F", "SEX")
        .add(19.0, CellState.PUBLISHED, "F", "FRC")
        .add(8.0, CellState.PUBLISHED, "M", "SEX")
        .add(14.0, CellState.PUBLISHED, "M", "FRC");
    assertEquals(Set.of(CellKey.of("_T", "OTH")), DifferencingAttack.determinedByStructure(t));
    ComplementarySuppression.protect(t, K5);
    assertSafe(t);
    assertEquals(CellState.PUBLISHED, t.cell("_T", "_T").state(), "the grand total stays");
    assertTrue(t.suppressedCount() < 10, t::toString);
  }

  static DisclosureTable sexByAge() {
    DisclosureTable t = new DisclosureTable(List.of("sex", "age"));
    t.add(3.0, CellState.PUBLISHED, "F", "A")
        .add(8.0, CellState.PUBLISHED, "F", "B")
        .add(40.0, CellState.PUBLISHED, "F", "C")
        .add(51.0, CellState.PUBLISHED, "F", "_T")
        .add(6.0, CellState.PUBLISHED, "M", "A")
        .add(30.0, CellState.PUBLISHED, "M", "B")
        .add(9.0, CellState.PUBLISHED, "M", "C")
        .add(45.0, CellState.PUBLISHED, "M", "_T")
        .add(9.0, CellState.PUBLISHED, "_T", "A")
        .add(38.0, CellState.PUBLISHED, "_T", "B")
        .add(49.0, CellState.PUBLISHED, "_T", "C")
        .add(96.0, CellState.PUBLISHED, "_T", "_T");
    return t;
  }
}
