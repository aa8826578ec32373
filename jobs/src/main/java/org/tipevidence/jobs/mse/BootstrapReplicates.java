package org.tipevidence.jobs.mse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.mse.CaptureHistoryTable;
import org.tipevidence.common.mse.MseBootstrap;

/**
 * Bootstrap replicates and jackknife fits of every accepted table as one Spark dataset of task ids,
 * so the fits (each a full stepwise selection) spread over the executors. Task id ranges: table t
 * owns [offset_t, offset_t + B + rows_t): the first B are replicates 0..B−1, the rest jackknife
 * deletions of rows 0..rows_t−1. A replicate depends only on (seed, index), so the values do not
 * depend on partitioning or executor count. Memory stays bounded: per table, B + rows doubles.
 */
final class BootstrapReplicates implements Serializable {
  private static final long serialVersionUID = 1L;

  static final StructType TASK_SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("table", DataTypes.IntegerType, false),
              DataTypes.createStructField("jackknife", DataTypes.BooleanType, false),
              DataTypes.createStructField("index", DataTypes.IntegerType, false),
              DataTypes.createStructField("value", DataTypes.DoubleType, false)));

  static final StructType VALUES_SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("table", DataTypes.IntegerType, false),
              DataTypes.createStructField(
                  "replicates", DataTypes.createArrayType(DataTypes.DoubleType), true),
              DataTypes.createStructField(
                  "jackknife", DataTypes.createArrayType(DataTypes.DoubleType), true)));

  private final MseBootstrap[] boots;
  private final long[] offsets;
  private final long seed;
  private final int replicates;

  private BootstrapReplicates(
      List<CaptureHistoryTable> tables, long seed, int replicates, double threshold) {
    // Each replicate reruns the same model selection as the point estimate.
    this.boots =
        tables.stream().map(t -> new MseBootstrap(t, threshold)).toArray(MseBootstrap[]::new);
    this.offsets = new long[tables.size() + 1];
    for (int t = 0; t < tables.size(); t++) {
      offsets[t + 1] = offsets[t] + replicates + tables.get(t).numRows();
    }
    this.seed = seed;
    this.replicates = replicates;
  }

  /**
   * Per table: {@code table} (index into {@code tables}), {@code replicates} (array of B values in
   * index order, NaN = failed fit) and {@code jackknife} (one value per input row, in row order).
   * Tables get no row when the bootstrap is off (B = 0).
   */
  static Dataset<Row> compute(
      SparkSession spark, List<CaptureHistoryTable> tables, MseSettings settings) {
    if (settings.replicates() == 0 || tables.isEmpty()) {
      return spark.createDataFrame(List.of(), VALUES_SCHEMA);
    }
    BootstrapReplicates plan =
        new BootstrapReplicates(
            tables, settings.seed(), settings.replicates(), settings.effectiveThreshold());
    long total = plan.offsets[tables.size()];
    int partitions =
        (int) Math.max(1, Math.min(total, 4L * spark.sparkContext().defaultParallelism()));
    Dataset<Row> values =
        spark
            .range(0, total, 1, partitions)
            .map((MapFunction<Long, Row>) plan::task, Encoders.row(TASK_SCHEMA));
    Column pair = struct(col("index"), col("value"));
    return values
        .groupBy(col("table"))
        .agg(
            sort_array(collect_list(when(col("jackknife").equalTo(false), pair))).as("_reps"),
            sort_array(collect_list(when(col("jackknife"), pair))).as("_jack"))
        .select(
            col("table"),
            transform(col("_reps"), p -> p.getField("value")).as("replicates"),
            transform(col("_jack"), p -> p.getField("value")).as("jackknife"));
  }

  private Row task(long id) {
    int t = 0;
    while (id >= offsets[t + 1]) {
      t++;
    }
    long k = id - offsets[t];
    if (k < replicates) {
      return RowFactory.create(t, false, (int) k, boots[t].replicate(seed, (int) k));
    }
    int row = (int) (k - replicates);
    return RowFactory.create(t, true, row, boots[t].jackknifeEstimate(row));
  }
}
