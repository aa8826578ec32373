package org.tipevidence.common.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainNumberTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e309", "-1e309", "Infinity", "-Infinity", "NaN", "inf", "12d", "12f", "0x10", "0x1p4",
        "1,000", "12a", "", " ", "+", ".", "1e", "e5", "1.2.3", "١٢"
      })
  void rejectsWhatJavaOrSparkWouldSilentlyAccept(String text) {
    assertEquals(OptionalDouble.empty(), PlainNumber.parse(text), text);
  }

  @Test
  void acceptsPlainDecimals() {
    assertEquals(12.0, PlainNumber.parse(" 12 ").orElseThrow());
    assertEquals(-3.5, PlainNumber.parse("-3.5").orElseThrow());
    assertEquals(0.5, PlainNumber.parse(".5").orElseThrow());
    assertEquals(5.0, PlainNumber.parse("5.").orElseThrow());
    assertEquals(1200.0, PlainNumber.parse("1.2E3").orElseThrow());
    assertEquals(1.7e308, PlainNumber.parse("1.7e308").orElseThrow());
  }

  @Test
  void wholeNumbers() {
    assertTrue(PlainNumber.isWhole(3.0));
    assertFalse(PlainNumber.isWhole(3.5));
    assertFalse(PlainNumber.isWhole(Double.NaN));
    assertFalse(PlainNumber.isWhole(Double.POSITIVE_INFINITY));
  }

  @Test
  void problemsAreInTheSubmittersWords() {
    assertTrue(PlainNumber.problem("1e309").contains("too large"));
    assertTrue(PlainNumber.problem("NaN").contains("not a finite number"));
    assertTrue(PlainNumber.problem("12d").contains("not a plain decimal"));
  }
}
