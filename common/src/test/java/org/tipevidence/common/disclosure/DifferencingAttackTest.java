package org.tipevidence.common.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The attack on deliberately unsafe tables, as a published reader would see them. */
class DifferencingAttackTest {
  @Test
  void loneSuppressedPartIsTotalMinusKnownParts() {
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(null, CellState.SUPPRESSED, "F")
        .add(10.0, CellState.PUBLISHED, "M")
        .add(13.0, CellState.PUBLISHED, "_T");
    List<Disclosure> found = DifferencingAttack.all(t, 1);
    assertEquals(1, found.size());
    assertEquals(CellKey.of("F"), found.get(0).cell());
    assertEquals(Disclosure.Method.MARGIN, found.get(0).method());
    assertEquals("sex", found.get(0).dimension());
    assertEquals(3.0, found.get(0).recovered());
  }

  @Test
  void loneSuppressedTotalIsTheSumOfItsParts() {
    DisclosureTable t = new DisclosureTable(List.of("sex", "age"));
    t.add(6.0, CellState.PUBLISHED, "_T", "Y0T17")
        .add(0.0, CellState.PUBLISHED, "_T", "Y_GE18")
        .add(null, CellState.SUPPRESSED, "_T", "_T");
    List<Disclosure> found = DifferencingAttack.margins(t);
    assertEquals(1, found.size());
    assertEquals(CellKey.of("_T", "_T"), found.get(0).cell());
    assertEquals("age", found.get(0).dimension());
    assertEquals(6.0, found.get(0).recovered());
  }

  @Test
  void publishedCellWithoutFigureIsTreatedAsAbsent() {
    // "_U" has no figure and no flag: the attacker assumes F + M = total, the pessimistic reading.
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(null, CellState.SUPPRESSED, "F")
        .add(10.0, CellState.PUBLISHED, "M")
        .add(null, CellState.PUBLISHED, "_U")
        .add(13.0, CellState.PUBLISHED, "_T");
    assertEquals(1, DifferencingAttack.margins(t).size());
  }

  @Test
  void twoUnknownsWithRoomAreSafe() {
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(null, CellState.SUPPRESSED, "F")
        .add(null, CellState.SUPPRESSED, "M")
        .add(13.0, CellState.PUBLISHED, "_T");
    assertEquals(List.of(), DifferencingAttack.all(t, 1));
  }

  @Test
  void equationWithoutItsTotalIsNoEquation() {
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(null, CellState.SUPPRESSED, "F").add(10.0, CellState.PUBLISHED, "M");
    assertEquals(List.of(), DifferencingAttack.all(t, 1));
  }

  @Test
  void lowerBoundsPinTwoOnes() {
    DisclosureTable t = new DisclosureTable(List.of("sex"));
    t.add(null, CellState.SUPPRESSED, "F")
        .add(null, CellState.SUPPRESSED, "M")
        .add(10.0, CellState.PUBLISHED, "_U")
        .add(12.0, CellState.PUBLISHED, "_T");
    List<Disclosure> found = DifferencingAttack.all(t, 1);
    assertEquals(2, found.size());
    assertEquals(Disclosure.Method.LOWER_BOUNDS, found.get(0).method());
    assertEquals(1.0, found.get(0).recovered());
    assertEquals(List.of(), DifferencingAttack.lowerBounds(t, 0), "bound 0 leaves room");
  }
}
