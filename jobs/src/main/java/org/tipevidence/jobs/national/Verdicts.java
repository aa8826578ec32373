package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.validate.Rule;

/**
 * Verdicts built in steps: a later step only judges rows every earlier step passed, so a row keeps
 * the first (most basic) reason it was quarantined for.
 */
final class Verdicts {
  private Verdicts() {}

  static Column passed() {
    return col(Rule.VERDICT).isNull();
  }

  /** Applies {@code rules} to rows that have no verdict yet. */
  static Dataset<Row> then(Dataset<Row> data, List<Rule> rules) {
    return thenChecks(data, rules.stream().map(Check::of).toList());
  }

  /** Applies {@code checks} (worded rules) to rows that have no verdict yet. */
  static Dataset<Row> thenChecks(Dataset<Row> data, List<Check> checks) {
    Column next = Check.firstBroken(checks);
    if (!List.of(data.columns()).contains(Rule.VERDICT)) {
      return data.withColumn(Rule.VERDICT, next);
    }
    return data.withColumn(Rule.VERDICT, when(passed(), next).otherwise(col(Rule.VERDICT)));
  }

  /**
   * A row-set verdict (duplicates, sibling categories): a row keeps the verdict it has, else gets
   * {@code outcome} where {@code broken}; chain {@code .when} for further cases.
   */
  static Column keepElse(Column broken, Column outcome) {
    return when(passed().equalTo(false), col(Rule.VERDICT)).when(broken, outcome);
  }

  /** A verdict struct in the shape {@link Rule#firstBroken} builds. */
  static Column outcome(ReasonCode code, String column, Column detail) {
    return outcome(code, column, code.problem(), detail, code.fix());
  }

  static Column outcome(ReasonCode code, String column, Column detail, String fix) {
    return outcome(code, column, code.problem(), detail, fix);
  }

  /**
   * With wording that suits published sources, where the submission wording ("resubmit with a later
   * reported_at") makes no sense.
   */
  static Column outcome(ReasonCode code, String column, String problem, Column detail, String fix) {
    return struct(
        lit(code.code()).as(Rule.REASON_CODE),
        lit(column).as(Rule.COLUMN),
        concat(lit(problem + ": "), coalesce(detail, lit("")), lit(" (" + fix + ")"))
            .as(Rule.REASON));
  }
}
