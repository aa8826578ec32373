package org.tipevidence.jobs.progress;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.tipevidence.jobs.testing.SampleRun;
import org.tipevidence.jobs.testing.SharedSpark;

/** target_progress publishes the same mean score whatever order its series arrive in. */
class TargetProgressTest {
  @Test
  void meanScoreDoesNotDependOnTheOrderOfSeries() {
    SparkSession spark = SharedSpark.get();
    Dataset<Row> published =
        spark
            .read()
            .parquet(SampleRun.output().resolve("current/published/series_progress").toString());
    // One scored series three times over, so every copy counts alike (headline or not).
    Row first = published.where(col("score").isNotNull()).first();
    // Added as doubles, 0.1 + 0.2 + 0.3 and 0.3 + 0.2 + 0.1 differ in the last bit.
    assertNotEquals((0.1 + 0.2) + 0.3, (0.3 + 0.2) + 0.1);
    double[] scores = {0.1, 0.2, 0.3};
    List<Row> forward = new ArrayList<>();
    List<Row> backward = new ArrayList<>();
    int score = published.schema().fieldIndex("score");
    for (int i = 0; i < 3; i++) {
      forward.add(withScore(first, score, scores[i]));
      backward.add(0, forward.get(i));
    }
    StructType register =
        new StructType()
            .add("p_programme_id", DataTypes.StringType)
            .add("p_lead_agency", DataTypes.StringType)
            .add("p_pillar", DataTypes.StringType);
    Dataset<Row> noRegister = spark.createDataFrame(List.of(), register);
    double meanForward = globalMean(spark.createDataFrame(forward, published.schema()), noRegister);
    double meanBackward =
        globalMean(spark.createDataFrame(backward, published.schema()), noRegister);
    assertEquals(0.2, meanForward, 1e-15);
    assertEquals(meanForward, meanBackward, 0.0, "bit for bit");
  }

  private static Row withScore(Row row, int index, double score) {
    Object[] values = new Object[row.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = i == index ? score : row.get(i);
    }
    return RowFactory.create(values);
  }

  private static double globalMean(Dataset<Row> seriesProgress, Dataset<Row> register) {
    return TargetProgress.build(seriesProgress.coalesce(1), register)
        .where(col("scope_type").equalTo("global"))
        .first()
        .<Double>getAs("mean_score");
  }
}
