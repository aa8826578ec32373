package org.tipevidence.common.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
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

  @ParameterizedTest
  @CsvSource({"open_sdg", "unsd_2022", "expected_2030"})
  void methodsSurviveJavaSerialization(String name) throws Exception {
    // Spark ships the method inside task closures.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(ProgressMethods.byName(name));
    }
    ProgressMethod copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ProgressMethod) in.readObject();
    }
    ProgressInput input = OpenSdgMethodTest.lowerIsBetter(16.0);
    assertEquals(ProgressMethods.byName(name).assess(input), copy.assess(input));
  }
}
