package org.tipevidence.jobs.disclosure;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.jobs.spark.HashLedKey;

/**
 * Runs a Java function once per table instance. The rows of an instance are gathered with the
 * built-in {@code collect_list(struct(*))} (an object hash aggregate with partial aggregation, no
 * per-row key function), then one flatMap per instance: the protected tables are aggregated
 * series-year cells, at most a few hundred rows per instance.
 */
final class TableInstances {
  private TableInstances() {}

  /** One instance's rows (in the input's column order) to output rows. */
  interface PerTable extends Serializable {
    Iterator<Row> apply(List<Row> rows) throws Exception;
  }

  static Dataset<Row> flatMap(
      Dataset<Row> table, List<String> key, PerTable perTable, StructType output) {
    // Led by the key's hash, so the collecting aggregation's fallback sort compares longs.
    Column[] keys = HashLedKey.of(key);
    Column[] all = Arrays.stream(table.columns()).map(c -> col(c)).toArray(Column[]::new);
    FlatMapFunction<Row, Row> each = g -> perTable.apply(g.getList(0));
    return table
        .groupBy(keys)
        .agg(collect_list(struct(all)).as("_instance_rows"))
        .select(col("_instance_rows"))
        .flatMap(each, Encoders.row(output));
  }
}
