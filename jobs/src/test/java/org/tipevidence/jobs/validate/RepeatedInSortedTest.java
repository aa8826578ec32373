package org.tipevidence.jobs.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scan that finds repeated key hashes in a sorted partition (no Spark needed). */
class RepeatedInSortedTest {
  private static List<Long> repeated(Long... sorted) {
    List<Long> out = new ArrayList<>();
    Resubmissions.repeatedInSorted(List.of(sorted).iterator()).forEachRemaining(out::add);
    return out;
  }

  @Test
  void eachRepeatedValueOnceWhateverHowOften() {
    assertEquals(
        List.of(-5L, 3L, Long.MAX_VALUE),
        repeated(Long.MIN_VALUE, -5L, -5L, 0L, 3L, 3L, 3L, 4L, Long.MAX_VALUE, Long.MAX_VALUE));
  }

  @Test
  void nothingRepeatedNothingOut() {
    assertEquals(List.of(), repeated());
    assertEquals(List.of(), repeated(1L));
    assertEquals(List.of(), repeated(1L, 2L, 3L));
  }

  @Test
  void aRunAtTheStartAndOneAtTheEnd() {
    assertEquals(List.of(7L, 9L), repeated(7L, 7L, 8L, 9L, 9L));
    assertEquals(List.of(7L), repeated(7L, 7L, 7L, 7L));
  }
}
