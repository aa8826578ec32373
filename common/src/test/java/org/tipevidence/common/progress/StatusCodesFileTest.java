package org.tipevidence.common.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusCodesFileTest {

  /** The file the build wrote (not a fresh json()) lists exactly ProgressStatus, in order. */
  @Test
  void builtFileListsEveryStatusInOrder() throws Exception {
    JsonNode codes =
        new ObjectMapper().readTree(StatusCodesFile.fromClasspath()).get("status_codes");
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (ProgressStatus s : ProgressStatus.values()) {
      expected.add(s.code() + "|" + s.label() + "|" + (s.ordinal() + 1) + "|" + s.isAssessed());
    }
    for (JsonNode c : codes) {
      actual.add(
          c.get("code").asText()
              + "|"
              + c.get("label").asText()
              + "|"
              + c.get("order").asInt()
              + "|"
              + c.get("verdict").asBoolean());
    }
    assertEquals(expected, actual);
  }
}
