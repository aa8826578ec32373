package org.tipevidence.jobs.validate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tipevidence.common.validation.ReasonCode;

/**
 * Row rules for small reference tables described by a {@link TableSpec}. Numbers are parsed into
 * {@code <column>_num}; a duplicated key keeps its first row.
 */
public final class TableValidation {
  private TableValidation() {}

  public static Dataset<Row> apply(Dataset<Row> raw, TableSpec spec) {
    return apply(raw, spec, lit(0));
  }

  /**
   * As {@link #apply(Dataset, TableSpec)}; of valid rows with the same key, the lowest {@code
   * precedence} wins before file and line.
   */
  public static Dataset<Row> apply(Dataset<Row> raw, TableSpec spec, Column precedence) {
    Dataset<Row> typed = raw;
    for (String number : spec.numbers()) {
      typed = typed.withColumn(number + "_num", NumberColumns.decimal(col(number)));
    }
    List<Rule> rules = Rule.parseErrorsThenRequired(spec.required());
    if (spec.countryColumn() != null) {
      rules.add(
          new Rule(
              ReasonCode.INVALID_COUNTRY_CODE,
              spec.countryColumn(),
              CodeLiterals.isCountry(upper(trim(col(spec.countryColumn())))).equalTo(false),
              concat(lit("'"), col(spec.countryColumn()), lit("'"))));
    }
    for (String number : spec.numbers()) {
      Column blank = Rule.blank(number);
      rules.add(
          new Rule(
              ReasonCode.UNPARSEABLE_NUMBER,
              number,
              blank.equalTo(false).and(col(number + "_num").isNull()),
              NumberColumns.problem(number, col(number))));
      boolean signed = spec.signedNumbers().contains(number);
      Column mayBeNegative =
          signed && !spec.signedKeys().isEmpty()
              ? trim(col(spec.signedKeyColumn())).isin(spec.signedKeys().toArray())
              : lit(false);
      rules.add(
          new Rule(
              ReasonCode.NEGATIVE_COUNT,
              number,
              col(number + "_num").lt(0).and(not(mayBeNegative)),
              concat(
                  lit(number + " '"),
                  col(number),
                  lit(
                      signed
                          ? "' (negative only for indicators mapped to SCORE or CURRENCY_USD)"
                          : "'"))));
    }
    for (String whole : spec.wholes()) {
      rules.add(
          new Rule(
              whole.equals("population") ? ReasonCode.FRACTIONAL_COUNT : ReasonCode.INVALID_VALUE,
              whole,
              NumberColumns.fractional(col(whole + "_num")),
              concat(lit(whole + " '"), col(whole), lit("' must be a whole number"))));
    }
    Dataset<Row> checked = typed.withColumn(Rule.VERDICT, Rule.firstBroken(rules));
    Column key = concat_ws("|", spec.key().stream().map(k -> trim(col(k))).toArray(Column[]::new));
    return Resubmissions.firstWins(checked, key, precedence, spec.key().get(0));
  }
}
