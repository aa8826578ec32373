package org.tipevidence.jobs.progress;

import static org.apache.spark.sql.functions.bit_count;
import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.codes.CodeBitSet;

/**
 * The countries of a series-year or series as fixed-width bit words over the run's country codes
 * ({@link CodeBitSet}), so the aggregations that combine countries stay Spark hash aggregates (a
 * {@code collect_set} makes them object aggregates, which sort past a few hundred groups per task
 * and create a buffer object per group). Columns {@code _cw0, _cw1, ...}; an empty set is zeros.
 */
final class CountryBits implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String INDEX = "_country_index";
  private static final String WORD = "_cw";

  private final CodeBitSet dictionary;

  private CountryBits(CodeBitSet dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * The run's country codes: the distinct {@code country_iso3} of the observations, a dimension of
   * at most a few hundred codes (one small job; observations are read from their Parquet files).
   */
  static CountryBits of(Dataset<Row> observations) {
    List<String> codes =
        observations
            .select(col("country_iso3"))
            .where(col("country_iso3").isNotNull())
            .distinct()
            .collectAsList()
            .stream()
            .map(r -> r.getString(0))
            .toList();
    return new CountryBits(CodeBitSet.of(codes));
  }

  /** {@code rows} with {@code _country_index} (null when country_iso3 is), by a broadcast join. */
  Dataset<Row> withIndex(SparkSession spark, Dataset<Row> rows) {
    StructType schema =
        new StructType()
            .add("_country_code", DataTypes.StringType, false)
            .add(INDEX, DataTypes.IntegerType, false);
    List<Row> table = new ArrayList<>();
    List<String> codes = dictionary.codes();
    for (int i = 0; i < codes.size(); i++) {
      table.add(RowFactory.create(codes.get(i), i));
    }
    Dataset<Row> index = spark.createDataFrame(table, schema);
    return rows.join(
            broadcast(index), col("country_iso3").equalTo(col("_country_code")), "left_outer")
        .drop("_country_code");
  }

  /** Aggregates: the set of the rows' {@code _country_index}, one bit_or per word. */
  List<Column> collect() {
    List<Column> out = new ArrayList<>();
    Column index = col(INDEX);
    for (int w = 0; w < dictionary.words(); w++) {
      int low = w * CodeBitSet.WORD_BITS;
      Column inWord = index.geq(low).and(index.lt(low + CodeBitSet.WORD_BITS));
      Column bit = call_function("shiftleft", lit(1L), index.minus(low));
      out.add(bit_or(when(inWord, bit)).as(word(w)));
    }
    return out;
  }

  /** The word columns' names, {@code _cw0, _cw1, ...}. */
  List<String> wordColumns() {
    List<String> out = new ArrayList<>();
    for (int w = 0; w < dictionary.words(); w++) {
      out.add(word(w));
    }
    return out;
  }

  /** The set's size (a null word, from no country at all, counts as empty). */
  Column size() {
    Column n = lit(0);
    for (int w = 0; w < dictionary.words(); w++) {
      n = n.plus(when(col(word(w)).isNull(), lit(0)).otherwise(bit_count(col(word(w)))));
    }
    return n;
  }

  /**
   * The one country of a one-country set, else null: the single bit {@code 2^k} of a word gives
   * {@code k = bit_count(2^k - 1)}; bit 63 makes the word negative (and {@code - 1} would
   * overflow).
   */
  Column single() {
    Column position = lit(null).cast(DataTypes.IntegerType);
    for (int w = dictionary.words() - 1; w >= 0; w--) {
      Column word = col(word(w));
      position =
          when(word.lt(0L), lit(w * CodeBitSet.WORD_BITS + CodeBitSet.WORD_BITS - 1))
              .when(word.gt(0L), lit(w * CodeBitSet.WORD_BITS).plus(bit_count(word.minus(1L))))
              .otherwise(position);
    }
    Column codes = lit(dictionary.codes().toArray(String[]::new));
    return when(size().equalTo(1), try_element_at(codes, position.plus(1)));
  }

  /** The set's codes, sorted, from a row holding the {@code _cw*} columns. */
  List<String> codes(Row row) {
    return dictionary.decode(words(row));
  }

  /** The set's words from a row holding the {@code _cw*} columns (nulls are empty words). */
  private long[] words(Row row) {
    long[] words = new long[dictionary.words()];
    for (int w = 0; w < words.length; w++) {
      Object v = row.get(row.fieldIndex(word(w)));
      words[w] = v == null ? 0L : (Long) v;
    }
    return words;
  }

  private static String word(int w) {
    return WORD + w;
  }
}
