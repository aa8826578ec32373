package org.tipevidence.common.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReasonCodeTest {
  @Test
  void codesAreStableLowerSnakeCaseAndRoundTrip() {
    for (ReasonCode reason : ReasonCode.values()) {
      assertTrue(reason.code().matches("[a-z][a-z0-9_]*"), reason.code());
      assertEquals(reason, ReasonCode.fromCode(reason.code()).orElseThrow());
      assertFalse(reason.fix().isBlank(), reason + " must say how to fix it");
    }
    assertEquals("unknown_programme", ReasonCode.UNKNOWN_PROGRAMME.code());
  }

  @Test
  void describeSaysProblemDetailAndFix() {
    assertEquals(
        "a count cannot be negative: value '-3' (correct the value)",
        ReasonCode.NEGATIVE_COUNT.describe("value '-3'"));
  }

  @Test
  void supersededIsNotAnError() {
    assertFalse(ReasonCode.SUPERSEDED.isError());
    assertTrue(ReasonCode.DUPLICATE_ROW.isError());
  }
}
