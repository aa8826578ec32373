package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Column;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.validate.Rule;

/**
 * A row rule whose problem and fix may be worded for the case rather than taken from the reason
 * code (a national file that reuses an SDG code needs "this is not the SDG indicator", not "use an
 * allowed value").
 */
record Check(
    ReasonCode code, String column, String problem, Column broken, Column detail, String fix) {

  static Check of(Rule rule) {
    return new Check(
        rule.code(),
        rule.column(),
        rule.code().problem(),
        rule.broken(),
        rule.detail(),
        rule.code().fix());
  }

  /** A rule worded as its reason code words it. */
  static Check rule(ReasonCode code, String column, Column broken, Column detail) {
    return of(new Rule(code, column, broken, detail));
  }

  static Check worded(
      ReasonCode code, String column, String problem, Column broken, Column detail, String fix) {
    return new Check(code, column, problem, broken, detail, fix);
  }

  /** The first broken check's verdict, or null when the row passes every check. */
  static Column firstBroken(List<Check> checks) {
    Column verdict = null;
    for (Check c : checks) {
      Column outcome = Verdicts.outcome(c.code, c.column, c.problem, c.detail, c.fix);
      Column broken = coalesce(c.broken, lit(false));
      verdict =
          verdict == null
              ? org.apache.spark.sql.functions.when(broken, outcome)
              : verdict.when(broken, outcome);
    }
    return verdict;
  }
}
