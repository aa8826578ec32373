package org.tipevidence.common.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tipevidence.common.codes.Direction;

class ProgressEnumsTest {

  @Test
  void statusCodesAreStable() {
    // These codes are persisted; changing one is a breaking change.
    assertEquals(
        List.of(
            "target_achieved",
            "on_track",
            "moderate_progress",
            "limited_progress",
            "deterioration",
            "insufficient_data",
            "not_assessable"),
        Arrays.stream(ProgressStatus.values()).map(ProgressStatus::code).toList());
    for (ProgressStatus s : ProgressStatus.values()) {
      assertEquals(s, ProgressStatus.fromCode(s.code()));
      assertFalse(s.label().isBlank());
    }
    assertFalse(ProgressStatus.NOT_ASSESSABLE.isAssessed());
    assertFalse(ProgressStatus.INSUFFICIENT_DATA.isAssessed());
    assertTrue(ProgressStatus.DETERIORATION.isAssessed());
    assertThrows(IllegalArgumentException.class, () -> ProgressStatus.fromCode("on track"));
  }

  @ParameterizedTest
  @CsvSource({
    "increase, INCREASE",
    "Decrease, DECREASE",
    " increase , INCREASE",
    "positive, INCREASE",
    "negative, DECREASE"
  })
  void parsesDirection(String s, Direction expected) {
    assertEquals(expected, Direction.fromString(s));
  }

  @Test
  void directionSignsAndBadInput() {
    assertEquals(1, Direction.INCREASE.sign());
    assertEquals(-1, Direction.DECREASE.sign());
    assertEquals("decrease", Direction.DECREASE.json());
    assertTrue(Direction.DECREASE.meets(10, 10));
    assertFalse(Direction.DECREASE.meets(10.1, 10));
    assertTrue(Direction.INCREASE.meets(10, 10));
    assertThrows(IllegalArgumentException.class, () -> Direction.fromString("up"));
    assertThrows(IllegalArgumentException.class, () -> Direction.fromString(null));
  }
}
