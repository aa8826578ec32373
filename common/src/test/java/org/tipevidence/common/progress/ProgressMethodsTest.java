package org.tipevidence.common.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressMethodsTest {

  @ParameterizedTest
  @CsvSource({"open_sdg", "unsd_2022", "expected_2030"})
  void looksUpByStableName(String name) {
    assertEquals(name, ProgressMethods.byName(name).name());
    assertEquals(name, ProgressMethods.byName(" " + name.toUpperCase() + " ").name());
  }

  @Test
  void defaultIsOpenSdg() {
    assertEquals(List.of("open_sdg", "unsd_2022", "expected_2030"), ProgressMethods.names());
    assertInstanceOf(OpenSdgMethod.class, ProgressMethods.defaultMethod());
    assertEquals("open_sdg", ProgressMethods.DEFAULT_NAME);
  }

  @Test
  void unknownNameListsValidNames() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ProgressMethods.byName("eurostat"));
    assertTrue(e.getMessage().contains("open_sdg, unsd_2022, expected_2030"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ProgressMethods.byName(null));
  }
}
