package org.tipevidence.jobs.validate;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_element_at;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;

/**
 * Code-list lookups as Spark literal maps: normalising a label is a built-in map lookup in the
 * query plan, not a UDF. Keys are matched case-insensitively after trimming.
 */
public final class CodeLiterals {
  private CodeLiterals() {}

  /** Looks {@code raw} up in {@code labels} (lower-cased keys); null when unknown. */
  public static Column lookup(Column raw, Map<String, String> labels) {
    Map<String, String> sorted = new TreeMap<>();
    labels.forEach((k, v) -> sorted.put(k.toLowerCase(java.util.Locale.ROOT), v));
    List<Column> kv = new ArrayList<>();
    sorted.forEach(
        (k, v) -> {
          kv.add(lit(k));
          kv.add(lit(v));
        });
    return try_element_at(map(kv.toArray(new Column[0])), lower(trim(raw)));
  }
}
