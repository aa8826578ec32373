package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.validate.Rule;

/**
 * An isolated spike far beyond a series' own history is quarantined as {@code implausible_value}:
 * value &gt; {@link #MIN_VALUE}, at least {@link #MIN_OTHER_YEARS} other years in the same series,
 * and value &gt; {@link #FACTOR} × the largest of those other years (censored years count at their
 * upper bound). Comparing with the maximum rather than the median keeps genuine step changes (the
 * UK's NRM counts grew tenfold from 2017 over several years) while catching a lone figure ten times
 * anything the country ever reported.
 */
final class ImplausibleValues {
  static final double MIN_VALUE = 1000;
  static final int MIN_OTHER_YEARS = 3;
  static final double FACTOR = 10;

  private ImplausibleValues() {}

  /**
   * @param series columns that identify one series (country, indicator, disaggregation)
   * @param history the value to compare against (e.g. the upper bound when censored)
   */
  static Dataset<Row> apply(
      Dataset<Row> data, List<Column> series, Column year, Column value, Column history) {
    Column points =
        collect_list(
                when(
                    Verdicts.passed().and(history.isNotNull()),
                    struct(year.as("y"), history.as("v"))))
            .over(Window.partitionBy(series.toArray(new Column[0])));
    Dataset<Row> withHistory =
        data.withColumn("_hist", points)
            .withColumn("_others", filter(col("_hist"), p -> p.getField("y").notEqual(year)))
            .withColumn("_max_other", array_max(transform(col("_others"), p -> p.getField("v"))));
    Column broken =
        value
            .gt(MIN_VALUE)
            .and(size(col("_others")).geq(MIN_OTHER_YEARS))
            .and(value.gt(col("_max_other").multiply(FACTOR)));
    Column detail =
        concat(
            lit("value "),
            format_number(value, 0),
            lit(" is over " + (int) FACTOR + " times the largest of the series' "),
            size(col("_others")).cast("string"),
            lit(" other years ("),
            format_number(col("_max_other"), 0),
            lit(")"));
    Column verdict =
        when(Verdicts.passed().equalTo(false), col(Rule.VERDICT))
            .when(broken, Verdicts.outcome(ReasonCode.IMPLAUSIBLE_VALUE, "value", detail));
    return withHistory.withColumn(Rule.VERDICT, verdict).drop("_hist", "_others", "_max_other");
  }
}
