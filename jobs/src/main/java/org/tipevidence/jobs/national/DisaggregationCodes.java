package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.col;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

  static final Function<String, Optional<String>> SEX = l -> Sex.normalise(l).map(Sex::code);
  static final Function<String, Optional<String>> AGE =
      l -> AgeGroup.normalise(l).map(AgeGroup::code);
  static final Function<String, Optional<String>> FORM =
      l -> ExploitationForm.normalise(l).map(ExploitationForm::code);

  /** The form of exploitation a 16.2.2 series code encodes. */
  static final Function<String, Optional<String>> FORM_OF_SERIES =
      l -> ExploitationForm.fromSeries(l).map(ExploitationForm::code);

  /**
   * The codes of {@code _sex_label}, {@code _age_label} and the {@code more} columns, keyed by
   * column, from one pass over {@code labelled}.
   */
  static Map<String, Column> codes(
      Dataset<Row> labelled, Map<String, Function<String, Optional<String>>> more) {
    Map<String, Function<String, Optional<String>>> lists = new TreeMap<>(more);
    lists.put("_sex_label", SEX);
    lists.put("_age_label", AGE);
    return CodeLiterals.normalised(labelled, lists);
  }

  /** Adds {@code _sex} and {@code _age} from {@link #codes}. */
  static Dataset<Row> withSexAndAge(Dataset<Row> labelled, Map<String, Column> codes) {
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
}
