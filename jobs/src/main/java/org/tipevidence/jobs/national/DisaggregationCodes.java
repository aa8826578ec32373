package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.col;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tipevidence.common.codes.AgeGroup;
import org.tipevidence.common.codes.ExploitationForm;
import org.tipevidence.common.codes.Sex;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.validate.CodeLiterals;

/** The adapters' shared code-list lookups on their {@code _*_label} columns. */
final class DisaggregationCodes {
  private DisaggregationCodes() {}

  /** Adds {@code _sex} and {@code _age} from {@code _sex_label} and {@code _age_label}. */
  static Dataset<Row> sexAndAge(Dataset<Row> labelled) {
    Map<String, Function<String, Optional<String>>> lists =
        Map.of(
            "_sex_label", l -> Sex.normalise(l).map(Sex::code),
            "_age_label", l -> AgeGroup.normalise(l).map(AgeGroup::code));
    Map<String, Column> codes = CodeLiterals.normalised(labelled, lists);
    return labelled
        .withColumn("_sex", codes.get("_sex_label"))
        .withColumn("_age", codes.get("_age_label"));
  }

  /**
   * The code-list check every adapter of keyed data makes: the label in {@code _<code>_label}
   * (named {@code what} in the detail, as read) gave no code in {@code _<code>}; {@code column} is
   * the file's own column.
   */
  static Check known(String code, String what, String column) {
    return Check.rule(
        ReasonCode.UNKNOWN_DISAGGREGATION_CODE,
        column,
        col("_" + code).isNull(),
        SharedChecks.quoted(what, col("_" + code + "_label")));
  }

  /** The form of exploitation a 16.2.2 series code in {@code _series} encodes, else null. */
  static Column formOfSeries(Dataset<Row> labelled) {
    return CodeLiterals.normalised(
        labelled, "_series", l -> ExploitationForm.fromSeries(l).map(ExploitationForm::code));
  }
}
