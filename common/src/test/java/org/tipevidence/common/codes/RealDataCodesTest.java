package org.tipevidence.common.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.testing.SharedData;

/**
 * Every disaggregation label in the real GLOTIP and UN SDG files in {@code shared/data} maps to a
 * code. Skips when {@code shared/} is absent (a user's clone).
 */
class RealDataCodesTest {

  @Test
  void glotipLabelsAllNormalise() throws IOException {
    Path data = SharedData.require("");
    Path f = data.resolve("glotip/data_glotip_release_2023-05-30.csv");
    assumeTrue(Files.exists(f), "GLOTIP file absent");
    List<List<String>> rows = csv(f);
    List<String> header = rows.get(0);
    int iso = header.indexOf("Iso3_code");
    int dim = header.indexOf("Dimension");
    int cat = header.indexOf("Category");
    int sex = header.indexOf("Sex");
    int age = header.indexOf("Age");
    Set<String> sexes = new TreeSet<>();
    Set<String> ages = new TreeSet<>();
    Set<String> forms = new TreeSet<>();
    Set<String> isos = new TreeSet<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      sexes.add(r.get(sex));
      ages.add(r.get(age));
      isos.add(r.get(iso));
      if (r.get(dim).equals("by form of exploitation")) {
        forms.add(r.get(cat));
      }
    }
    assertEquals(Set.of("Female", "Male", "Other", "Total", "Unknown"), sexes);
    assertAllMap(sexes, Sex::normalise);
    assertAllMap(ages, AgeGroup::normalise);
    assertAllMap(forms, ExploitationForm::normalise);
    assertEquals(
        Set.of("SEX_EXPL", "FRC_LAB", "OTH_PUR"),
        new TreeSet<>(
            forms.stream().map(c -> ExploitationForm.normalise(c).get().code()).toList()));
    List<String> bad = new ArrayList<>();
    for (String c : isos) {
      if (!c.isEmpty() && CountryCodes.classify(c) == CountryCodes.Kind.INVALID) {
        bad.add(c);
      }
    }
    assertEquals(
        List.of("Aruba/Curacao"), bad, "GLOTIP codes that are neither country nor aggregate");
  }

  @Test
  void unSdgDdfCodesAllNormalise() throws IOException {
    Path data = SharedData.require("");
    Path dir = data.resolve("un_sdg");
    assumeTrue(Files.isDirectory(dir), "UN SDG extract absent");
    Set<String> ages = new TreeSet<>();
    Set<String> sexes = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f :
          files
              .filter(p -> p.getFileName().toString().matches("ddf--datapoints--(vc_htf|sl_tlf).*"))
              .toList()) {
        List<List<String>> rows = csv(f);
        int a = rows.get(0).indexOf("age");
        int s = rows.get(0).indexOf("sex");
        for (List<String> r : rows.subList(1, rows.size())) {
          if (a >= 0) {
            ages.add(r.get(a));
          }
          if (s >= 0) {
            sexes.add(r.get(s));
          }
        }
      }
    }
    assertTrue(ages.containsAll(Set.of("allage", "lt18y", "18", "5_17")), ages.toString());
    assertAllMap(ages, AgeGroup::normalise);
    assertAllMap(sexes, Sex::normalise);
    assertEquals("Y0T17", AgeGroup.normalise("lt18y").get().code());
    assertEquals("Y_GE18", AgeGroup.normalise("18").get().code());
  }

  private static void assertAllMap(
      Set<String> labels, Function<String, ? extends java.util.Optional<?>> f) {
    List<String> unmapped = labels.stream().filter(l -> f.apply(l).isEmpty()).toList();
    assertEquals(List.of(), unmapped, "labels without a code");
  }

  /** Minimal RFC 4180 reader (quoted fields with commas and doubled quotes). */
  private static List<List<String>> csv(Path f) throws IOException {
    String text = Files.readString(f, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
