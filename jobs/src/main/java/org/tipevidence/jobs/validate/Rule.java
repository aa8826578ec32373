package org.tipevidence.jobs.validate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.tipevidence.common.dhis2.Dhis2Translation;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.ingest.RawRecords;

/**
 * A row rule as a Spark expression: when {@code broken} is true the row is quarantined with {@code
 * code}, naming {@code column} and a detail that says what was found.
 */
public record Rule(ReasonCode code, String column, Column broken, Column detail) {
  public static final String REASON_CODE = "reason_code";
  public static final String REASON = "reason";
  public static final String COLUMN = "column";
  public static final String VERDICT = "_verdict";

  /**
   * The rules for a reader's {@code parse_error} ("code: detail"), checked before any field rule:
   * the header, the text encoding, then anything else the reader could not parse.
   */
  public static List<Rule> parseErrors() {
    Column error = col(RawRecords.PARSE_ERROR);
    Column detail = regexp_replace(error, "^[a-z_]+: ", "");
    List<Rule> rules =
        new java.util.ArrayList<>(
            List.of(
                new Rule(
                    ReasonCode.HEADER_MISMATCH, "", error.startsWith("header_mismatch: "), detail),
                new Rule(
                    ReasonCode.INVALID_TEXT_ENCODING,
                    "",
                    error.startsWith("invalid_text_encoding: "),
                    detail)));
    rules.addAll(dhis2Errors(error, detail));
    // Readers of richer formats (IATI) decide some field rules themselves and name the code.
    for (ReasonCode code : READER_CODES) {
      rules.add(new Rule(code, "", error.startsWith(code.code() + ": "), detail));
    }
    rules.add(new Rule(ReasonCode.MALFORMED_RECORD, "", error.isNotNull(), detail));
    return rules;
  }

  /** What the DHIS2 readers cannot translate (common's Dhis2Translation), named by DHIS2 field. */
  private static List<Rule> dhis2Errors(Column error, Column detail) {
    List<Rule> rules = new java.util.ArrayList<>();
    for (String field : List.of("dataElement", "orgUnit", "categoryOptionCombo")) {
      String prefix = Dhis2Translation.UNMAPPED + field + " ";
      rules.add(new Rule(ReasonCode.UNMAPPED_DHIS2_CODE, field, error.startsWith(prefix), detail));
    }
    rules.add(
        new Rule(
            ReasonCode.UNSUPPORTED_PERIOD,
            "period",
            error.startsWith(Dhis2Translation.UNSUPPORTED_PERIOD),
            detail));
    rules.add(
        new Rule(ReasonCode.NO_VALUE, "", error.startsWith(Dhis2Translation.NO_VALUE), detail));
    return rules;
  }

  /** Reason codes a reader may put before its {@code parse_error} ("code: detail"). */
  private static final List<ReasonCode> READER_CODES =
      List.of(
          ReasonCode.MISSING_REQUIRED_FIELD,
          ReasonCode.INVALID_PERIOD,
          ReasonCode.UNKNOWN_DISAGGREGATION_CODE,
          ReasonCode.UNMAPPED_INDICATOR,
          ReasonCode.MAPPING_MISMATCH,
          ReasonCode.OUT_OF_SCOPE,
          ReasonCode.CONFLICTING_DUPLICATE);

  /**
   * {@link #parseErrors()} without the record-level encoding check, for a reader with its own,
   * finer encoding rule on the fields it reads (the reader fills fields of such records).
   */
  public static List<Rule> parseErrorsExceptEncoding() {
    Column error = col(RawRecords.PARSE_ERROR);
    Column detail = regexp_replace(error, "^[a-z_]+: ", "");
    Column encoding = error.startsWith("invalid_text_encoding: ");
    return List.of(
        new Rule(ReasonCode.HEADER_MISMATCH, "", error.startsWith("header_mismatch: "), detail),
        new Rule(
            ReasonCode.MALFORMED_RECORD,
            "",
            error.isNotNull().and(encoding.equalTo(false)),
            detail));
  }

  /** {@link #parseErrors()} followed by a reader's field rules. */
  public static List<Rule> afterParseErrors(Rule... fieldRules) {
    List<Rule> rules = new ArrayList<>(parseErrors());
    rules.addAll(List.of(fieldRules));
    return rules;
  }

  /**
   * The opening of a table reader's rules: {@link #parseErrors()}, then {@code
   * missing_required_field} for each of {@code required}, in order. The list is the reader's to add
   * its field rules to.
   */
  public static List<Rule> parseErrorsThenRequired(List<String> required) {
    List<Rule> rules = new ArrayList<>(parseErrors());
    for (String column : required) {
      rules.add(new Rule(ReasonCode.MISSING_REQUIRED_FIELD, column, blank(column), lit(column)));
    }
    return rules;
  }

  /** A cell that is missing or only white space. */
  public static Column blank(String column) {
    return col(column).isNull().or(trim(col(column)).equalTo(""));
  }

  /**
   * The first broken rule as a struct (reason_code, column, reason), or null when the row passes.
   * Declaration order is check order, so the user is told about the most basic problem first.
   */
  public static Column firstBroken(List<Rule> rules) {
    Column verdict = null;
    for (Rule rule : rules) {
      Column reason =
          concat(
              lit(rule.code().problem() + ": "),
              coalesce(rule.detail(), lit("")),
              lit(" (" + rule.code().fix() + ")"));
      Column outcome =
          struct(
              lit(rule.code().code()).as(REASON_CODE),
              lit(rule.column()).as(COLUMN),
              reason.as(REASON));
      Column broken = coalesce(rule.broken(), lit(false));
      verdict = verdict == null ? when(broken, outcome) : verdict.when(broken, outcome);
    }
    return verdict;
  }
}
