package org.tipevidence.jobs.spark;

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
 * Runs a Java function once per group of rows sharing a key (a disclosure table instance, a series'
 * years). Rows are sent to a partition by the hash of the key and sorted by that hash and then the
 * key itself, so each group's rows arrive together; one pass over each sorted partition hands every
 * group to the function. Rows travel flat: no object aggregation (a {@code collect_list} is planned
 * as a partial and a final aggregation, each of which falls back to sorting past a few hundred
 * groups per task, and at 100 M rows its spill merge ran out of heap), no nested array of structs
 * to rebuild; the one sort orders by one long first. The grouping compares the key's values, so two
 * keys sharing a hash are still two groups. Rows within a group come in no particular order, and a
 * group must fit in memory (groups here are at most a few hundred rows).
 */
public final class KeyGroups {
  private KeyGroups() {}

  private static final String HASH = "_group_hash";

  /** One group's rows (in the input's column order) to output rows. */
  public interface PerGroup extends Serializable {
    Iterator<Row> apply(List<Row> rows) throws Exception;
  }

  public static Dataset<Row> flatMap(
      Dataset<Row> table, List<String> key, PerGroup perGroup, StructType output) {
    int[] keyIndex = key.stream().mapToInt(k -> table.schema().fieldIndex(k)).toArray();
    Column[] keyCols = key.stream().map(k -> col(k)).toArray(Column[]::new);
    List<Column> order = new ArrayList<>();
    order.add(col(HASH));
    order.addAll(List.of(keyCols));
    MapPartitionsFunction<Row, Row> each = rows -> new Groups(rows, keyIndex, perGroup);
    return table
        .withColumn(HASH, xxhash64(keyCols))
        .repartition(col(HASH))
        .sortWithinPartitions(order.toArray(Column[]::new))
        .drop(HASH)
        .mapPartitions(each, Encoders.row(output));
  }

  /**
   * The output rows of a sorted partition's groups, one group at a time: consecutive rows with
   * equal key values are one group.
   */
  static final class Groups implements Iterator<Row> {
    private final Iterator<Row> sorted;
    private final int[] keyIndex;
    private final PerGroup perGroup;
    private Row pending;
    private Iterator<Row> current = Collections.emptyIterator();

    Groups(Iterator<Row> sorted, int[] keyIndex, PerGroup perGroup) {
      this.sorted = sorted;
      this.keyIndex = keyIndex;
      this.perGroup = perGroup;
      this.pending = sorted.hasNext() ? sorted.next() : null;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && pending != null) {
        List<Row> group = new ArrayList<>();
        Row first = pending;
        group.add(first);
        pending = null;
        while (sorted.hasNext()) {
          Row r = sorted.next();
          if (!sameKey(first, r)) {
            pending = r;
            break;
          }
          group.add(r);
        }
        try {
          current = perGroup.apply(group);
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
