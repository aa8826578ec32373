package org.tipevidence.jobs.validate;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_to_timestamp;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;
import static org.tipevidence.jobs.validate.SubmissionColumns.AGE;
import static org.tipevidence.jobs.validate.SubmissionColumns.COUNTRY;
import static org.tipevidence.jobs.validate.SubmissionColumns.FORM;
import static org.tipevidence.jobs.validate.SubmissionColumns.INDICATOR;
import static org.tipevidence.jobs.validate.SubmissionColumns.PERIOD;
import static org.tipevidence.jobs.validate.SubmissionColumns.PROGRAMME_ID;
import static org.tipevidence.jobs.validate.SubmissionColumns.REPORTED_AT;
import static org.tipevidence.jobs.validate.SubmissionColumns.SEX;
import static org.tipevidence.jobs.validate.SubmissionColumns.VALUE;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.tipevidence.common.codes.CodeList;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.ingest.CodeColumn;
import org.tipevidence.jobs.ingest.RecordReader;

/**
 * Row rules for outcome submissions. Adds typed columns ({@code value_num}, {@code year}, {@code
 * period_start}, ...) and a {@link Rule#VERDICT} struct that is null for rows that pass. Lookups
 * against the programme register, the mapping and the population table are broadcast joins.
 */
public final class SubmissionValidation {
  private static final String PERIOD_PATTERN = "^([0-9]{4})(-Q([1-4]))?$";

  private SubmissionValidation() {}

  /** The code columns the reader adds ({@link RecordReader}): normalised sex, age and form. */
  public static final List<CodeColumn> CODES =
      List.of(
          new CodeColumn("_sex", SEX, CodeList.SEX),
          new CodeColumn("_age", AGE, CodeList.AGE_GROUP),
          new CodeColumn("_form", FORM, CodeList.EXPLOITATION_FORM));

  /**
   * @param raw records read with {@link #CODES} (so {@code _sex}, {@code _age}, {@code _form} hold
   *     the normalised codes, null when unknown)
   */
  public static Dataset<Row> apply(Dataset<Row> raw, ReferenceData reference) {
    Dataset<Row> typed =
        raw.withColumn("_country", upper(trim(col(COUNTRY))))
            .withColumn("value_num", NumberColumns.decimal(col(VALUE)))
            .withColumn("_year_txt", regexp_extract(trim(col(PERIOD)), PERIOD_PATTERN, 1))
            .withColumn("_quarter_txt", regexp_extract(trim(col(PERIOD)), PERIOD_PATTERN, 3))
            .withColumn(
                "year",
                when(
                    col("_year_txt").notEqual(""),
                    col("_year_txt").try_cast(DataTypes.IntegerType)))
            .withColumn(
                "quarter",
                when(
                    col("_quarter_txt").notEqual(""),
                    col("_quarter_txt").try_cast(DataTypes.IntegerType)))
            .withColumn(
                "period_start",
                make_date(
                    col("year"),
                    coalesce(col("quarter").minus(1).multiply(3).plus(1), lit(1)),
                    lit(1)))
            .withColumn(
                "period_end",
                last_day(
                    make_date(col("year"), coalesce(col("quarter").multiply(3), lit(12)), lit(1))))
            .withColumn("reported_ts", try_to_timestamp(trim(col(REPORTED_AT))));

    Dataset<Row> joined =
        typed
            .join(
                broadcast(reference.programmes()),
                trim(col(PROGRAMME_ID)).equalTo(col("p_programme_id")),
                "left")
            .join(
                broadcast(reference.mapping()),
                trim(col(INDICATOR)).equalTo(col("m_local_code")),
                "left")
            .join(
                broadcast(reference.population()),
                col("pop_country")
                    .equalTo(col("_country"))
                    .and(col("pop_year").equalTo(col("year"))),
                "left");

    return joined.withColumn(Rule.VERDICT, Rule.firstBroken(rules()));
  }

  private static Column blank(String column) {
    return col(column).isNull().or(trim(col(column)).equalTo(""));
  }

  private static Column quoted(String column) {
    return concat(lit(column + " '"), coalesce(col(column), lit("")), lit("'"));
  }

  static List<Rule> rules() {
    Column isPercent = col("m_unit").equalTo("PERCENT");
    Column isCount = col("m_unit").equalTo("NUMBER");
    Column anyRequiredBlank =
        blank(PROGRAMME_ID)
            .or(blank(COUNTRY))
            .or(blank(INDICATOR))
            .or(blank(PERIOD))
            .or(blank(VALUE))
            .or(blank(REPORTED_AT));
    Column firstBlank =
        when(blank(PROGRAMME_ID), lit(PROGRAMME_ID))
            .when(blank(COUNTRY), lit(COUNTRY))
            .when(blank(INDICATOR), lit(INDICATOR))
            .when(blank(PERIOD), lit(PERIOD))
            .when(blank(VALUE), lit(VALUE))
            .otherwise(lit(REPORTED_AT));
    return Rule.afterParseErrors(
        new Rule(ReasonCode.MISSING_REQUIRED_FIELD, "", anyRequiredBlank, firstBlank),
        new Rule(
            ReasonCode.UNKNOWN_PROGRAMME,
            PROGRAMME_ID,
            col("p_programme_id").isNull(),
            quoted(PROGRAMME_ID)),
        new Rule(
            ReasonCode.INVALID_COUNTRY_CODE,
            COUNTRY,
            CodeLiterals.isCountry(col("_country")).equalTo(false),
            quoted(COUNTRY)),
        new Rule(
            ReasonCode.COUNTRY_NOT_IN_PROGRAMME,
            COUNTRY,
            array_contains(col("p_countries"), col("_country")).equalTo(false),
            concat(quoted(COUNTRY), lit(" is not in "), concat_ws(";", col("p_countries")))),
        new Rule(ReasonCode.INVALID_PERIOD, PERIOD, col("period_start").isNull(), quoted(PERIOD)),
        new Rule(
            ReasonCode.PERIOD_OUTSIDE_PROGRAMME,
            PERIOD,
            col("period_end").lt(col("p_start_date")).or(col("period_start").gt(col("p_end_date"))),
            concat(
                quoted(PERIOD),
                lit(" vs programme dates "),
                col("p_start_date").cast("string"),
                lit(".."),
                col("p_end_date").cast("string"))),
        new Rule(ReasonCode.UNKNOWN_DISAGGREGATION_CODE, SEX, col("_sex").isNull(), quoted(SEX)),
        new Rule(ReasonCode.UNKNOWN_DISAGGREGATION_CODE, AGE, col("_age").isNull(), quoted(AGE)),
        new Rule(ReasonCode.UNKNOWN_DISAGGREGATION_CODE, FORM, col("_form").isNull(), quoted(FORM)),
        new Rule(
            ReasonCode.UNMAPPED_INDICATOR,
            INDICATOR,
            col("m_local_code").isNull(),
            quoted(INDICATOR)),
        new Rule(
            ReasonCode.CRIME_TYPE_MISMATCH,
            INDICATOR,
            col("m_crime_type").notEqual(col("p_crime_type")),
            concat(
                quoted(INDICATOR),
                lit(" is "),
                col("m_crime_type"),
                lit(", programme is "),
                col("p_crime_type"))),
        new Rule(
            ReasonCode.UNPARSEABLE_NUMBER,
            VALUE,
            col("value_num").isNull(),
            NumberColumns.problem(VALUE, col(VALUE))),
        new Rule(
            ReasonCode.NEGATIVE_COUNT, VALUE, isCount.and(col("value_num").lt(0)), quoted(VALUE)),
        new Rule(
            ReasonCode.FRACTIONAL_COUNT,
            VALUE,
            col("m_person_count").and(NumberColumns.fractional(col("value_num"))),
            concat(quoted(VALUE), lit(" counts persons ("), col("m_local_code"), lit(")"))),
        new Rule(
            ReasonCode.PERCENTAGE_OUT_OF_RANGE,
            VALUE,
            isPercent.and(col("value_num").lt(0).or(col("value_num").gt(100))),
            quoted(VALUE)),
        new Rule(
            ReasonCode.INVALID_TIMESTAMP,
            REPORTED_AT,
            col("reported_ts").isNull(),
            quoted(REPORTED_AT)),
        new Rule(
            ReasonCode.MISSING_POPULATION,
            COUNTRY,
            col("m_scaling").equalTo("per_100k").and(col("population").isNull()),
            concat(
                lit("no population for "), col(COUNTRY), lit(" in "), col("year").cast("string"))));
  }
}
