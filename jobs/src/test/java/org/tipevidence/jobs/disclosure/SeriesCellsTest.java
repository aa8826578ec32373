package org.tipevidence.jobs.disclosure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** One series' value cells to one row holding them as an array (no Spark needed). */
class SeriesCellsTest {
  @Test
  void aSeriesCellsBecomeOneArrayAfterItsKey() {
    List<Row> rows =
        List.of(
            RowFactory.create("P1", null, 2020, true, "count_below_threshold", false),
            RowFactory.create("P1", null, 2019, false, null, true));
    Row series = SeriesCells.perSeries(rows, 2);
    assertEquals("P1", series.get(0));
    assertEquals(null, series.get(1));
    assertArrayEquals(
        new Row[] {
          RowFactory.create(2020, true, "count_below_threshold", false),
          RowFactory.create(2019, false, null, true)
        },
        (Row[]) series.get(2));
  }

  @Test
  void theArrayIsTypedLikeCollectListOfTheCellStruct() {
    StructType in =
        new StructType()
            .add("_c_scope_id", DataTypes.StringType, true)
            .add("year", DataTypes.IntegerType, true)
            .add("suppressed", DataTypes.BooleanType, false);
    StructType out = SeriesCells.perSeriesSchema(in, 1);
    assertEquals(in.apply("_c_scope_id"), out.apply("_c_scope_id"));
    ArrayType cells = (ArrayType) out.apply(SeriesCells.CELLS).dataType();
    assertEquals(false, cells.containsNull());
    assertEquals(
        new StructType()
            .add("year", DataTypes.IntegerType, true)
            .add("suppressed", DataTypes.BooleanType, false),
        cells.elementType());
  }
}
