package org.tipevidence.jobs.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputFormat;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.testing.SharedSpark;

/** Every kind's tally counted in one aggregation gives the rows each kind counts on its own. */
class DataQualityTest {

  private static Dataset<Row> checked(SparkSession spark, String values) {
    return spark.sql(
        "SELECT source_file, IF(reason IS NULL, NULL, named_struct('"
            + Rule.REASON_CODE
            + "', reason)) AS "
            + Rule.VERDICT
            + " FROM VALUES "
            + values
            + " AS t(source_file, reason)");
  }

  private static InputFile file(String label) {
    return new InputFile("/nowhere/" + label, label, InputFormat.CSV);
  }

  @Test
  void oneAggregationOverAllTalliesEqualsTheCountsOfEachKind() {
    SparkSession spark = SharedSpark.get();
    CheckedInput a =
        DataQuality.input(
                null,
                null,
                checked(
                    spark,
                    "('a.csv', NULL), ('a.csv', NULL), ('a.csv', 'negative_count'),"
                        + " ('a2.csv', 'negative_count')"),
                List.of(file("a.csv"), file("a2.csv"), file("empty.csv")))
            .labelled("kind_a", "observations");
    CheckedInput b =
        DataQuality.input(
                null,
                null,
                checked(spark, "('b.csv', 'x_extra'), ('b.csv', 'missing_required_field')"),
                List.of(file("b.csv"), file("b_empty.csv")),
                List.of("x_extra"))
            .labelled("kind_b", "evidence_effects");

    Dataset<Row> together = DataQuality.counts(a.tally().unionByName(b.tally(), true));
    Dataset<Row> apart = a.dataQuality().unionByName(b.dataQuality(), true);

    List<String> columns = Arrays.asList(together.columns());
    assertEquals(Arrays.asList(apart.columns()), columns, "same columns in the same order");
    assertEquals(
        List.of("source_file", "rows_read", "rows_accepted", "rows_quarantined"),
        columns.subList(0, 4));
    assertEquals(
        List.of("input_kind", "accepted_into", "x_extra"),
        columns.subList(columns.size() - 3, columns.size()));
    Map<String, Row> byFile = byFile(together);
    assertEquals(byFile(apart).toString(), byFile.toString());
    assertEquals(5, byFile.size(), "one row per listed file, empty ones included");

    Row aRow = byFile.get("a.csv");
    assertEquals(3L, aRow.<Long>getAs("rows_read"));
    assertEquals(2L, aRow.<Long>getAs("rows_accepted"));
    assertEquals(1L, aRow.<Long>getAs("rows_quarantined"));
    assertEquals(1L, aRow.<Long>getAs("negative_count"));
    assertNull(aRow.getAs("x_extra"), "a code of another kind is null, not zero");
    Row empty = byFile.get("empty.csv");
    assertEquals(0L, empty.<Long>getAs("rows_read"));
    assertEquals(0L, empty.<Long>getAs("negative_count"));
    assertEquals("kind_a", empty.getAs("input_kind"));
    Row bRow = byFile.get("b.csv");
    assertEquals(2L, bRow.<Long>getAs("rows_quarantined"));
    assertEquals(1L, bRow.<Long>getAs("x_extra"));
    assertEquals(1L, bRow.<Long>getAs("missing_required_field"));
    assertEquals("evidence_effects", bRow.getAs("accepted_into"));
    assertEquals(0L, byFile.get("b_empty.csv").<Long>getAs("x_extra"));
  }

  private static Map<String, Row> byFile(Dataset<Row> counted) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : counted.collectAsList()) {
      out.put(r.getAs("source_file"), r);
    }
    return out;
  }
}
