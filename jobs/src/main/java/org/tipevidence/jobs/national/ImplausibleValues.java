package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
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
 * Plausibility of large values, by consistency first and history second (docs/national-data.md,
 * "Implausible values"):
 *
 * <ol>
 *   <li>A part (any row that is not the total) above {@link #MIN_VALUE} never exceeds the total of
 *       the same country, year and indicator.
 *   <li>A spike far beyond the series' own history (value &gt; {@link #MIN_VALUE}, at least {@link
 *       #MIN_OTHER_YEARS} other years, value &gt; {@link #FACTOR} × the largest of them, censored
 *       years at their upper bound) is implausible unless it is a part consistent with its total
 *       (at most the total, the total itself not a spike): the total corroborates the jump.
 * </ol>
 *
 * Comparing with the history's maximum rather than its median keeps genuine step changes (the UK's
 * NRM counts grew tenfold from 2017 over several years). Small parts above their totals are left
 * alone: GLOTIP's breakdowns come from other channels than its totals and need not add up (239 rows
 * of the 2023 release, all below 1,000).
 */
final class ImplausibleValues {
  static final double MIN_VALUE = 1000;
  static final int MIN_OTHER_YEARS = 3;
  static final double FACTOR = 10;

  private ImplausibleValues() {}

  /**
   * @param series columns that identify one series (country, indicator, disaggregation)
   * @param history the value to compare against (e.g. the upper bound when censored)
   * @param isTotal true on the total row of {@code totalScope}
   * @param totalScope the columns a part shares with its total (country, indicator, year)
   */
  static Dataset<Row> apply(
      Dataset<Row> data,
      List<Column> series,
      Column year,
      Column value,
      Column history,
      Column isTotal,
      List<Column> totalScope) {
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
    Column spike =
        value
            .gt(MIN_VALUE)
            .and(size(col("_others")).geq(MIN_OTHER_YEARS))
            .and(value.gt(col("_max_other").multiply(FACTOR)));
    Dataset<Row> withSpike = withHistory.withColumn("_spike", spike);
    Column total =
        max(when(Verdicts.passed().and(isTotal).and(col("_spike").equalTo(false)), history))
            .over(Window.partitionBy(totalScope.toArray(new Column[0])));
    Dataset<Row> withTotal = withSpike.withColumn("_total", total);
    Column part = isTotal.equalTo(false);
    Column aboveTotal = part.and(value.gt(MIN_VALUE)).and(value.gt(col("_total")));
    Column consistent = part.and(col("_total").isNotNull()).and(value.leq(col("_total")));
    Column aboveDetail =
        concat(
            lit("value "),
            format_number(value, 0),
            lit(" is a part of the total "),
            format_number(col("_total"), 0),
            lit(" of the same country, year and indicator and cannot exceed it"));
    Column spikeDetail =
        concat(
            lit("value "),
            format_number(value, 0),
            lit(" is over " + (int) FACTOR + " times the largest of the series' "),
            size(col("_others")).cast("string"),
            lit(" other years ("),
            format_number(col("_max_other"), 0),
            when(isTotal, lit("); as the total it has nothing to be checked against"))
                .otherwise(
                    lit(
                        "); no plausible total of the same country, year and indicator"
                            + " corroborates it")));
    Column verdict =
        when(Verdicts.passed().equalTo(false), col(Rule.VERDICT))
            .when(aboveTotal, Verdicts.outcome(ReasonCode.IMPLAUSIBLE_VALUE, "value", aboveDetail))
            .when(
                col("_spike").and(consistent.equalTo(false)),
                Verdicts.outcome(ReasonCode.IMPLAUSIBLE_VALUE, "value", spikeDetail));
    return withTotal
        .withColumn(Rule.VERDICT, verdict)
        .drop("_hist", "_others", "_max_other", "_spike", "_total");
  }
}
