package org.tipevidence.common.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values of an Open SDG "Disaggregation Level" column, resolved value by value. */
class MixedBreakdownTest {
  @ParameterizedTest(name = "''{0}'' -> {1}={2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|total|_T",
        "Total|total|_T",
        "All|total|_T",
        "Male|sex|M",
        "Female|sex|F",
        "17 Years and Under|age|Y0T17",
        "18 Years and Over|age|Y_GE18",
        "Sexual exploitation|form|SEX_EXPL",
        "Forced labour|form|FRC_LAB",
        "Other forms of exploitation|form|OTH_PUR",
      })
  void resolvesEachValueAgainstTheCodeLists(String raw, String dimension, String code) {
    MixedBreakdown b = MixedBreakdown.resolve(raw);
    assertEquals(dimension, b.dimension());
    assertEquals(code, b.code());
    assertEquals(Optional.of(dimension + "=" + code), MixedBreakdown.encoded(raw));
  }

  @Test
  void aLabelTwoListsClaimIsAmbiguousNotGuessed() {
    MixedBreakdown other = MixedBreakdown.resolve("Other");
    assertFalse(other.resolved());
    assertTrue(other.ambiguous());
    assertEquals(Optional.of("?sex _O|form OTH_PUR"), MixedBreakdown.encoded("Other"));
  }

  @Test
  void anUnknownLabelMatchesNothing() {
    assertEquals(Optional.empty(), MixedBreakdown.encoded("Urban"));
    assertEquals(Optional.empty(), MixedBreakdown.encoded("25 to 34"));
  }

  @Test
  void upToBandsReadAsFromZero() {
    assertEquals(Optional.of(AgeGroup.Y0T17), AgeGroup.normalise("17 and under"));
    assertEquals(Optional.of(AgeGroup.Y0T17), AgeGroup.normalise("17 years or younger"));
  }
}
