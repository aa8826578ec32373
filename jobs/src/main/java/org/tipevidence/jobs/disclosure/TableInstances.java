package org.tipevidence.jobs.disclosure;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.xxhash64;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Runs a Java function once per table instance. Rows are sent to a partition by the hash of the
 * instance key and sorted by that hash and then the key itself, so each instance's rows arrive
 * together; one pass over each sorted partition hands every instance to the function. Rows travel
 * flat (no per-instance object aggregation, no nested array of structs to rebuild), and the sort
 * orders by one long first. The grouping compares the key's values, so two keys sharing a hash are
 * still two instances. Instances are aggregated series-year cells, at most a few hundred rows.
 */
final class TableInstances {
  private TableInstances() {}

  private static final String HASH = "_instance_hash";

  /** One instance's rows (in the input's column order) to output rows. */
  interface PerTable extends Serializable {
    Iterator<Row> apply(List<Row> rows) throws Exception;
  }

  static Dataset<Row> flatMap(
      Dataset<Row> table, List<String> key, PerTable perTable, StructType output) {
    int[] keyIndex = key.stream().mapToInt(k -> table.schema().fieldIndex(k)).toArray();
    Column[] keyCols = key.stream().map(k -> col(k)).toArray(Column[]::new);
    List<Column> order = new ArrayList<>();
    order.add(col(HASH));
    order.addAll(List.of(keyCols));
    MapPartitionsFunction<Row, Row> each = rows -> new Instances(rows, keyIndex, perTable);
    return table
        .withColumn(HASH, xxhash64(keyCols))
        .repartition(col(HASH))
        .sortWithinPartitions(order.toArray(Column[]::new))
        .drop(HASH)
        .mapPartitions(each, Encoders.row(output));
  }

  /**
   * The output rows of a sorted partition's instances, one instance at a time: consecutive rows
   * with equal key values are one instance.
   */
  static final class Instances implements Iterator<Row> {
    private final Iterator<Row> sorted;
    private final int[] keyIndex;
    private final PerTable perTable;
    private Row pending;
    private Iterator<Row> current = Collections.emptyIterator();

    Instances(Iterator<Row> sorted, int[] keyIndex, PerTable perTable) {
      this.sorted = sorted;
      this.keyIndex = keyIndex;
      this.perTable = perTable;
      this.pending = sorted.hasNext() ? sorted.next() : null;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && pending != null) {
        List<Row> instance = new ArrayList<>();
        Row first = pending;
        instance.add(first);
        pending = null;
        while (sorted.hasNext()) {
          Row r = sorted.next();
          if (!sameKey(first, r)) {
            pending = r;
            break;
          }
          instance.add(r);
        }
        try {
          current = perTable.apply(instance);
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      return current.hasNext();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }

    private boolean sameKey(Row a, Row b) {
      for (int i : keyIndex) {
        if (!Objects.equals(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
  }
}
