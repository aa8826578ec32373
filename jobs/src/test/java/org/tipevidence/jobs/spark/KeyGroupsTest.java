package org.tipevidence.jobs.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** The grouping of a sorted partition into groups (no Spark needed). */
class KeyGroupsTest {
  @Test
  void consecutiveRowsWithEqualKeysAreOneGroupAndAKeyChangeStartsTheNext() {
    // Rows as the sort delivers them: by key hash, then key. "A|1" and "B|1" stand for two keys
    // that share a hash: adjacent, yet two groups because their values differ.
    List<Row> sorted =
        List.of(
            RowFactory.create("A", 1, 10.0),
            RowFactory.create("A", 1, 11.0),
            RowFactory.create("B", 1, 12.0),
            RowFactory.create("B", 2, 13.0),
            RowFactory.create(null, 2, 14.0),
            RowFactory.create(null, 2, 15.0));
    List<List<Double>> seen = new ArrayList<>();
    KeyGroups.PerGroup record =
        rows -> {
          List<Double> values = new ArrayList<>();
          rows.forEach(r -> values.add(r.getDouble(2)));
          seen.add(values);
          return List.of(RowFactory.create(values.size())).iterator();
        };
    Iterator<Row> out = new KeyGroups.Groups(sorted.iterator(), new int[] {0, 1}, record);
    List<Integer> sizes = new ArrayList<>();
    out.forEachRemaining(r -> sizes.add(r.getInt(0)));
    assertEquals(List.of(2, 1, 1, 2), sizes);
    assertEquals(
        List.of(List.of(10.0, 11.0), List.of(12.0), List.of(13.0), List.of(14.0, 15.0)), seen);
  }

  @Test
  void anEmptyPartitionHasNoGroups() {
    KeyGroups.PerGroup never =
        rows -> {
          throw new AssertionError("no group expected");
        };
    assertFalse(new KeyGroups.Groups(List.<Row>of().iterator(), new int[] {0}, never).hasNext());
  }

  @Test
  void aGroupWithNoOutputRowsIsSkipped() {
    List<Row> sorted = List.of(RowFactory.create("A"), RowFactory.create("B"));
    KeyGroups.PerGroup onlyB =
        rows ->
            rows.get(0).getString(0).equals("B")
                ? List.of(RowFactory.create("out")).iterator()
                : List.<Row>of().iterator();
    Iterator<Row> out = new KeyGroups.Groups(sorted.iterator(), new int[] {0}, onlyB);
    assertEquals("out", out.next().getString(0));
    assertFalse(out.hasNext());
  }
}
