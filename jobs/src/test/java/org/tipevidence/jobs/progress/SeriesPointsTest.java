package org.tipevidence.jobs.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** One series' scope-years to one row, with SQL's null rules for the combined columns. */
class SeriesPointsTest {
  private static final int KEY = SeriesKey.SERIES.size();
  private static final int WORDS = 2;

  /** A scope-year in the column order {@link SeriesPoints#gather} selects. */
  private static Row year(
      int year,
      Double value,
      boolean censored,
      boolean complete,
      Long word0,
      Long word1,
      Boolean personCount,
      Boolean populationWeighted) {
    List<Object> v = new ArrayList<>();
    for (int i = 0; i < KEY; i++) {
      v.add("k" + i);
    }
    v.addAll(Arrays.asList(year, value, censored, complete, word0, word1));
    v.add(personCount);
    v.add(populationWeighted);
    return RowFactory.create(v.toArray());
  }

  private static Row gather(Row... years) {
    var out = new SeriesPoints(KEY, WORDS, null).apply(List.of(years));
    Row series = out.next();
    assertFalse(out.hasNext());
    return series;
  }

  @Test
  void pointsAreSortedByYearAndWordsAndFlagsCombined() {
    Row series =
        gather(
            year(2021, 3.0, false, true, 0b10L, null, false, null),
            year(2019, null, true, true, 0b01L, null, true, null),
            year(2020, 2.0, false, false, null, 0b100L, null, null));
    for (int i = 0; i < KEY; i++) {
      assertEquals("k" + i, series.get(i));
    }
    Row[] points = (Row[]) series.get(KEY);
    assertEquals(List.of(2019, 2020, 2021), Arrays.stream(points).map(p -> p.getInt(0)).toList());
    assertEquals(RowFactory.create(2019, null, true, true), points[0]);
    assertEquals(RowFactory.create(2020, 2.0, false, false), points[1]);
    assertEquals(0b11L, series.get(KEY + 1), "bit_or ignores nulls");
    assertEquals(0b100L, series.get(KEY + 2));
    assertTrue(series.getBoolean(KEY + 3), "bool_or of false, true, null");
    assertNull(series.get(KEY + 4), "bool_and of nulls only is null, as in SQL");
  }

  @Test
  void aWordNoYearHasIsNullAndAFalseYearMakesBoolAndFalse() {
    Row series =
        gather(
            year(2020, 1.0, false, true, 0b1L, null, null, true),
            year(2021, 1.0, false, true, 0b1L, null, null, false));
    assertEquals(0b1L, series.get(KEY + 1));
    assertNull(series.get(KEY + 2));
    assertNull(series.get(KEY + 3), "bool_or of nulls only is null");
    assertFalse(series.getBoolean(KEY + 4));
  }
}
