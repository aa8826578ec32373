package org.tipevidence.jobs.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.tipevidence.jobs.testing.SharedSpark;

/** Labels are collected per column: many columns in one pass never multiply into combinations. */
class CodeLiteralsTest {
  private static final Function<String, Optional<String>> EVEN =
      l -> Integer.parseInt(l) % 2 == 0 ? Optional.of("E" + l) : Optional.empty();

  @Test
  void columnsWithFewLabelsEachPassHoweverManyTheirCombinations() {
    // 200 x 200 = 40,000 label combinations, 200 labels per column.
    Dataset<Row> data =
        SharedSpark.get()
            .range(40_000)
            .selectExpr("cast(id % 200 as string) as a", "cast(id div 200 as string) as b");
    Map<String, Column> codes = CodeLiterals.normalised(data, Map.of("a", EVEN, "b", EVEN));
    List<Row> rows =
        data.where("a = '4' and b = '7'")
            .select(codes.get("a").as("ca"), codes.get("b").as("cb"))
            .collectAsList();
    assertEquals(1, rows.size());
    assertEquals("E4", rows.get(0).getString(0));
    assertEquals(null, rows.get(0).get(1), "an unknown label gives null");
  }

  @Test
  void aColumnWithTooManyLabelsIsNamed() {
    Dataset<Row> data =
        SharedSpark.get()
            .range(CodeLiterals.MAX_DISTINCT_LABELS + 1)
            .selectExpr("'2' as few", "cast(id as string) as many");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> CodeLiterals.normalised(data, Map.of("few", EVEN, "many", EVEN)));
    assertTrue(e.getMessage().contains("column many"), e.getMessage());
  }
}
