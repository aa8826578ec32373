package org.tipevidence.jobs.validate;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;
import org.tipevidence.common.number.PlainNumber;

/**
 * {@link PlainNumber}'s rule as Spark built-in expressions (no UDF): text becomes a number only
 * when it is a plain decimal and finite; anything else is null, so the {@code unparseable_number}
 * rule catches it.
 */
public final class NumberColumns {
  /** 2^53: above it a double no longer holds every whole number. */
  private static final double MAX_EXACT = 9_007_199_254_740_992d;

  private NumberColumns() {}

  /** The finite double a plain decimal text holds, or null. */
  public static Column decimal(Column text) {
    Column t = trim(text);
    Column d = t.try_cast(DataTypes.DoubleType);
    // NaN compares greater than any number in Spark, so this also excludes NaN.
    return when(t.rlike(PlainNumber.PATTERN).and(abs(d).leq(lit(Double.MAX_VALUE))), d);
  }

  /** The whole number a plain decimal text holds (3 and 3.0 alike), or null (3.5, 1e300). */
  public static Column whole(Column text) {
    Column d = decimal(text);
    return when(d.equalTo(floor(d)).and(abs(d).leq(lit(MAX_EXACT))), d.cast(DataTypes.LongType));
  }

  /** Whether a parsed number has a fractional part (null stays null). */
  public static Column fractional(Column number) {
    return number.notEqual(floor(number));
  }

  /** What is wrong with text that {@link #decimal} rejected, in the submitter's words. */
  public static Column problem(String column, Column text) {
    Column t = trim(text);
    Column lowered = lower(t);
    Column what =
        when(t.rlike(PlainNumber.PATTERN), lit(" is too large to be a finite number"))
            .when(
                lowered.contains("inf").or(lowered.contains("nan")), lit(" is not a finite number"))
            .otherwise(
                lit(" is not a plain decimal number (digits, optional sign, '.', exponent)"));
    return concat(lit(column + " '"), t, lit("'"), what);
  }
}
