package org.tipevidence.jobs.validate;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.try_element_at;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tipevidence.common.codes.CountryCodes;

/**
 * Code-list lookups as Spark expressions. The code lists live in {@code common} (one source of
 * truth, tested on the real files); here the distinct labels a column actually holds are normalised
 * once on the driver and the result becomes a literal map in the query plan, so each row is a
 * built-in map lookup, not a UDF call. Distinct labels of a code column are few.
 */
public final class CodeLiterals {
  /** More distinct labels than this means the column is not a code column; fail loudly. */
  static final int MAX_DISTINCT_LABELS = 10_000;

  private CodeLiterals() {}

  /**
   * For each column, an expression holding the normalised code of its label, or null when the label
   * is unknown. One pass over {@code data} collects each column's distinct labels ((column, label)
   * pairs, so unrelated columns never multiply into combinations), which is why callers name every
   * code column of a dataset in one call. Blank and null labels are passed to the normaliser as ""
   * (blank means total).
   */
  public static Map<String, Column> normalised(
      Dataset<Row> data, Map<String, Function<String, Optional<String>>> normalisers) {
    List<String> columns = new ArrayList<>(normalisers.keySet());
    Column[] pairs = new Column[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      pairs[i] = struct(lit(i).as("i"), coalesce(col(columns.get(i)), lit("")).as("label"));
    }
    // Over the limit in total means some column holds over MAX_DISTINCT_LABELS labels.
    List<Row> distinct =
        data.select(explode(array(pairs)).as("p"))
            .select(col("p.i"), col("p.label"))
            .distinct()
            .limit(columns.size() * (MAX_DISTINCT_LABELS + 1))
            .collectAsList();
    List<Map<String, String>> codes = new ArrayList<>();
    int[] labels = new int[columns.size()];
    columns.forEach(c -> codes.add(new TreeMap<>()));
    for (Row row : distinct) {
      int i = row.getInt(0);
      String label = row.getString(1);
      labels[i]++;
      normalisers.get(columns.get(i)).apply(label).ifPresent(code -> codes.get(i).put(label, code));
    }
    Map<String, Column> result = new TreeMap<>();
    for (int i = 0; i < columns.size(); i++) {
      if (labels[i] > MAX_DISTINCT_LABELS) {
        throw new IllegalStateException(
            "column " + columns.get(i) + " has over " + MAX_DISTINCT_LABELS + " distinct labels");
      }
      result.put(columns.get(i), lookup(coalesce(col(columns.get(i)), lit("")), codes.get(i)));
    }
    return result;
  }

  /** The same for one column (one pass over {@code data} per call). */
  public static Column normalised(
      Dataset<Row> data, String column, Function<String, Optional<String>> normaliser) {
    return normalised(data, Map.of(column, normaliser)).get(column);
  }

  /** Exact-key lookup in a literal map; null when absent. */
  public static Column lookup(Column key, Map<String, String> codes) {
    if (codes.isEmpty()) {
      return lit(null).cast("string");
    }
    List<Column> kv = new ArrayList<>();
    codes.forEach(
        (k, v) -> {
          kv.add(lit(k));
          kv.add(lit(v));
        });
    return try_element_at(map(kv.toArray(new Column[0])), key);
  }

  /** True when {@code code} (already trimmed and upper-cased) is an ISO 3166-1 alpha-3 code. */
  public static Column isCountry(Column code) {
    return code.isin(CountryCodes.countries().toArray());
  }
}
