package org.tipevidence.common.codes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeBitSetTest {
  @Test
  void codesAreNumberedInSortOrderAndSetsDecodeSorted() {
    CodeBitSet dictionary = CodeBitSet.of(Arrays.asList("NER", "MLI", null, "BFA", "MLI"));
    assertEquals(List.of("BFA", "MLI", "NER"), dictionary.codes());
    assertEquals(1, dictionary.words());
    assertEquals(0, dictionary.index("BFA"));
    assertEquals(2, dictionary.index("NER"));
    assertEquals(-1, dictionary.index("TCD"));
    assertEquals(-1, dictionary.index(null));
    long[] set = dictionary.setOf(List.of("NER", "BFA"));
    assertArrayEquals(new long[] {0b101}, set);
    assertEquals(List.of("BFA", "NER"), dictionary.decode(set));
    assertEquals(List.of(), dictionary.decode(new long[] {0}));
  }

  @Test
  void everyCountryOfTheIsoListFitsAndSurvivesAllWordBoundaries() {
    List<String> all = new ArrayList<>(CountryCodes.countries());
    CodeBitSet dictionary = CodeBitSet.of(all);
    assertEquals((all.size() + 63) / 64, dictionary.words());
    assertEquals(all.stream().sorted().toList(), dictionary.decode(dictionary.setOf(all)));
    // The last code of each word and the first of the next (bits 63 and 64, 127 and 128).
    List<String> edges =
        List.of(all.get(63), all.get(64), all.get(127), all.get(128), all.get(all.size() - 1));
    long[] set = dictionary.setOf(edges);
    assertEquals(Long.MIN_VALUE, set[0], "bit 63 is the sign bit of word 0");
    assertEquals(edges.stream().sorted().toList(), dictionary.decode(set));
  }

  @Test
  void anEmptyDictionaryStillHasOneWord() {
    CodeBitSet empty = CodeBitSet.of(List.of());
    assertEquals(1, empty.words());
    assertEquals(List.of(), empty.decode(new long[] {0}));
  }

  @Test
  void unknownCodesAndBitsPastTheEndAreErrors() {
    CodeBitSet dictionary = CodeBitSet.of(List.of("MLI"));
    assertThrows(IllegalArgumentException.class, () -> dictionary.setOf(List.of("NER")));
    assertThrows(IllegalArgumentException.class, () -> dictionary.decode(new long[] {0b10}));
  }
}
