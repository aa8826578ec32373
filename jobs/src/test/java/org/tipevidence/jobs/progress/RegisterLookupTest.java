package org.tipevidence.jobs.progress;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.tipevidence.jobs.testing.SharedSpark;

class RegisterLookupTest {
  private final SparkSession spark = SharedSpark.get();

  @Test
  void looksUpRegisteredIdsAndGivesNullForOthers() {
    StructType schema =
        new StructType()
            .add("p_programme_id", DataTypes.StringType)
            .add("p_lead_agency", DataTypes.StringType)
            .add("p_pillar", DataTypes.StringType);
    RegisterLookup lookup =
        RegisterLookup.of(
            spark.createDataFrame(
                List.of(
                    RowFactory.create("P1", "IOM", "protection"),
                    RowFactory.create("P2", null, "prevention")),
                schema));
    Dataset<String> ids =
        spark.createDataset(Arrays.asList("P1", "P2", "NER", null), Encoders.STRING());
    List<Row> rows =
        ids.select(lookup.leadAgency(col("value")), lookup.pillar(col("value"))).collectAsList();
    assertEquals(
        List.of(
            RowFactory.create("IOM", "protection"),
            RowFactory.create(null, "prevention"),
            RowFactory.create(null, null),
            RowFactory.create(null, null)),
        rows);
  }

  @Test
  void anEmptyRegisterFindsNothing() {
    StructType schema =
        new StructType()
            .add("p_programme_id", DataTypes.StringType)
            .add("p_lead_agency", DataTypes.StringType)
            .add("p_pillar", DataTypes.StringType);
    RegisterLookup lookup = RegisterLookup.of(spark.createDataFrame(List.of(), schema));
    List<Row> rows =
        spark
            .createDataset(List.of("P1"), Encoders.STRING())
            .select(lookup.leadAgency(col("value")))
            .collectAsList();
    assertEquals(List.of(RowFactory.create((Object) null)), rows);
  }
}
