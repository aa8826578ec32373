package org.tipevidence.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormulaGuardTest {
  @Test
  void neutralisesEveryOwaspTrigger() {
    for (String formula :
        new String[] {
          "=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1:A9)", "+1+cmd|' /C calc'!A0", "-2+3",
          "\t=1", "\r=1", "  =1", "\uFF1D1+1"
        }) {
      assertTrue(FormulaGuard.looksLikeFormula(formula), formula);
      assertEquals("'" + formula, FormulaGuard.neutralise(formula));
    }
  }

  @Test
  void leavesOrdinaryTextAlone() {
    for (String text : new String[] {"Fiscalía", "a=b", "NGO @ border", "", "5 victims"}) {
      assertFalse(FormulaGuard.looksLikeFormula(text), text);
      assertEquals(text, FormulaGuard.neutralise(text));
    }
    assertNull(FormulaGuard.neutralise(null));
  }
}
