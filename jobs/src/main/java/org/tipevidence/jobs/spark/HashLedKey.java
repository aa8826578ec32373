package org.tipevidence.jobs.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * Grouping columns led by their xxhash64, for aggregations that collect ({@code collect_list},
 * {@code collect_set}). Such an object aggregation falls back to sorting past a few hundred groups
 * per task, and its sort prefix is the first grouping column: led by one long, rows are ordered
 * without comparing the key's strings. The grouping is still by the columns themselves, so the
 * result is exact whatever the hash; drop {@link #HASH} afterwards if the output keeps the key.
 */
public final class HashLedKey {
  /** The leading column's name. */
  public static final String HASH = "_key_hash";

  private HashLedKey() {}

  public static Column[] of(List<String> names) {
    Column[] key = names.stream().map(n -> col(n)).toArray(Column[]::new);
    List<Column> out = new ArrayList<>();
    out.add(xxhash64(key).as(HASH));
    out.addAll(List.of(key));
    return out.toArray(Column[]::new);
  }
}
