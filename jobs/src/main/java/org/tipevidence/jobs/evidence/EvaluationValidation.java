package org.tipevidence.jobs.evidence;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;
import static org.tipevidence.jobs.evidence.EvaluationColumns.COUNTRY;
import static org.tipevidence.jobs.evidence.EvaluationColumns.CRIME_TYPE;
import static org.tipevidence.jobs.evidence.EvaluationColumns.DECIMALS;
import static org.tipevidence.jobs.evidence.EvaluationColumns.DESIGN;
import static org.tipevidence.jobs.evidence.EvaluationColumns.EFFECT;
import static org.tipevidence.jobs.evidence.EvaluationColumns.EFFECT_CI_HIGH;
import static org.tipevidence.jobs.evidence.EvaluationColumns.EFFECT_CI_LOW;
import static org.tipevidence.jobs.evidence.EvaluationColumns.EFFECT_MEASURE;
import static org.tipevidence.jobs.evidence.EvaluationColumns.EFFECT_SE;
import static org.tipevidence.jobs.evidence.EvaluationColumns.INTERVENTION;
import static org.tipevidence.jobs.evidence.EvaluationColumns.MEANS;
import static org.tipevidence.jobs.evidence.EvaluationColumns.NUM;
import static org.tipevidence.jobs.evidence.EvaluationColumns.OUTCOME;
import static org.tipevidence.jobs.evidence.EvaluationColumns.PRECOMPUTED;
import static org.tipevidence.jobs.evidence.EvaluationColumns.PROGRAMME_ID;
import static org.tipevidence.jobs.evidence.EvaluationColumns.REQUIRED;
import static org.tipevidence.jobs.evidence.EvaluationColumns.RISK_OF_BIAS;
import static org.tipevidence.jobs.evidence.EvaluationColumns.STUDY_ID;
import static org.tipevidence.jobs.evidence.EvaluationColumns.TWO_BY_TWO;
import static org.tipevidence.jobs.evidence.EvaluationColumns.WHOLE_NUMBERS;
import static org.tipevidence.jobs.evidence.EvaluationColumns.YEAR;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.tipevidence.common.evidence.Coded;
import org.tipevidence.common.evidence.EffectMeasure;
import org.tipevidence.common.evidence.Intervention;
import org.tipevidence.common.evidence.Outcome;
import org.tipevidence.common.evidence.RiskOfBias;
import org.tipevidence.common.evidence.StudyDesign;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.validate.CodeLiterals;
import org.tipevidence.jobs.validate.NumberColumns;
import org.tipevidence.jobs.validate.Rule;

/**
 * Row rules for evaluations.csv as Spark expressions: fields present, vocabulary terms known,
 * numbers parse, exactly one complete data block. Adds typed {@code e_*} and {@code <column>_num}
 * columns and the {@link Rule#VERDICT}. Whether the numbers make a valid effect size (events within
 * totals, SD above 0, CI around its estimate) is judged by common's EffectSizes in {@link
 * EffectSizeMapper}.
 */
final class EvaluationValidation {
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2100;
  static final List<String> CRIME_TYPES = List.of("TIP", "SOM");

  static final String DATA_TYPE = "e_data_type";
  static final String TWO_BY_TWO_TYPE = "two_by_two";
  static final String MEANS_TYPE = "means";
  static final String EFFECT_SE_TYPE = "effect_se";
  static final String EFFECT_CI_TYPE = "effect_ci";

  private EvaluationValidation() {}

  static Dataset<Row> apply(Dataset<Row> raw) {
    Dataset<Row> typed =
        raw.withColumn("e_study_id", trim(col(STUDY_ID)))
            .withColumn(
                "e_programme_id", when(blank(PROGRAMME_ID).equalTo(false), trim(col(PROGRAMME_ID))))
            .withColumn("e_intervention", term(INTERVENTION))
            .withColumn("e_pillar", CodeLiterals.lookup(term(INTERVENTION), pillars()))
            .withColumn("e_outcome", term(OUTCOME))
            .withColumn("e_design", term(DESIGN))
            .withColumn("e_risk_of_bias", term(RISK_OF_BIAS))
            .withColumn(
                "e_effect_measure",
                when(blank(EFFECT_MEASURE).equalTo(false), term(EFFECT_MEASURE)))
            .withColumn("e_year", NumberColumns.whole(col(YEAR)).cast(DataTypes.IntegerType))
            .withColumn("e_country", upper(trim(col(COUNTRY))))
            .withColumn("e_crime_type", upper(trim(col(CRIME_TYPE))));
    for (String c : WHOLE_NUMBERS) {
      typed = typed.withColumn(c + NUM, NumberColumns.whole(col(c)));
    }
    for (String c : DECIMALS) {
      typed = typed.withColumn(c + NUM, NumberColumns.decimal(col(c)));
    }
    Column has2x2 = anyGiven(TWO_BY_TWO);
    Column hasMeans = anyGiven(MEANS);
    Column hasEffect = anyGiven(PRECOMPUTED);
    Column blocks = count(has2x2).plus(count(hasMeans)).plus(count(hasEffect));
    typed =
        typed
            .withColumn("_blocks", blocks)
            .withColumn(
                DATA_TYPE,
                when(blocks.notEqual(1), lit(null).cast("string"))
                    .when(has2x2, lit(TWO_BY_TWO_TYPE))
                    .when(hasMeans, lit(MEANS_TYPE))
                    .when(blank(EFFECT_SE).equalTo(false), lit(EFFECT_SE_TYPE))
                    .otherwise(lit(EFFECT_CI_TYPE)));
    return typed.withColumn(Rule.VERDICT, Rule.firstBroken(rules())).drop("_blocks");
  }

  static List<Rule> rules() {
    List<Rule> rules = Rule.parseErrorsThenRequired(REQUIRED);
    rules.add(vocabulary(INTERVENTION, Intervention.values()));
    rules.add(vocabulary(OUTCOME, Outcome.values()));
    rules.add(vocabulary(DESIGN, StudyDesign.values()));
    rules.add(vocabulary(RISK_OF_BIAS, RiskOfBias.values()));
    rules.add(vocabulary(EFFECT_MEASURE, EffectMeasure.values()));
    rules.add(
        new Rule(
            ReasonCode.INVALID_VALUE,
            CRIME_TYPE,
            col("e_crime_type").isin(CRIME_TYPES.toArray()).equalTo(false),
            concat(quoted(CRIME_TYPE), lit(", allowed TIP (trafficking) or SOM (smuggling)"))));
    rules.add(
        new Rule(
            ReasonCode.INVALID_COUNTRY_CODE,
            COUNTRY,
            CodeLiterals.isCountry(col("e_country")).equalTo(false),
            quoted(COUNTRY)));
    rules.add(new Rule(ReasonCode.UNPARSEABLE_NUMBER, YEAR, col("e_year").isNull(), quoted(YEAR)));
    rules.add(
        new Rule(
            ReasonCode.INVALID_VALUE,
            YEAR,
            col("e_year").lt(MIN_YEAR).or(col("e_year").gt(MAX_YEAR)),
            concat(
                quoted(YEAR), lit(", expected a publication year " + MIN_YEAR + ".." + MAX_YEAR))));
    for (String c : WHOLE_NUMBERS) {
      rules.add(unparseable(c, " (a whole number)"));
    }
    for (String c : DECIMALS) {
      rules.add(unparseable(c, ""));
    }
    rules.add(
        new Rule(
            ReasonCode.MISSING_REQUIRED_FIELD,
            "",
            col("_blocks").equalTo(0),
            lit(
                "no effect data: give events and totals per arm, or means, SDs and sizes per arm,"
                    + " or effect with effect_se or a 95% CI")));
    rules.add(
        new Rule(
            ReasonCode.INVALID_VALUE,
            "",
            col("_blocks").gt(1),
            lit(
                "more than one data block (2x2 table, means/SDs, precomputed effect) is filled in;"
                    + " keep exactly one per row")));
    Column single = col("_blocks").equalTo(1);
    for (String c : TWO_BY_TWO) {
      rules.add(incomplete(c, single.and(col(DATA_TYPE).equalTo(TWO_BY_TWO_TYPE)), "2x2 table"));
    }
    for (String c : MEANS) {
      rules.add(incomplete(c, single.and(col(DATA_TYPE).equalTo(MEANS_TYPE)), "means block"));
    }
    Column precomputed = single.and(col(DATA_TYPE).isin(EFFECT_SE_TYPE, EFFECT_CI_TYPE));
    rules.add(incomplete(EFFECT, precomputed, "precomputed effect"));
    // A lone CI bound is a transcription slip even when an SE is given.
    rules.add(
        incomplete(EFFECT_CI_LOW, precomputed.and(blank(EFFECT_CI_HIGH).equalTo(false)), "95% CI"));
    rules.add(
        incomplete(EFFECT_CI_HIGH, precomputed.and(blank(EFFECT_CI_LOW).equalTo(false)), "95% CI"));
    rules.add(
        new Rule(
            ReasonCode.MISSING_REQUIRED_FIELD,
            EFFECT_SE,
            precomputed.and(blank(EFFECT_SE)).and(blank(EFFECT_CI_LOW)).and(blank(EFFECT_CI_HIGH)),
            lit("a precomputed effect needs effect_se or effect_ci_low and effect_ci_high")));
    return rules;
  }

  /** Vocabulary code: trimmed, lower case (codes are lower_snake_case; input case varies). */
  private static Column term(String column) {
    return lower(trim(col(column)));
  }

  private static <E extends Enum<E> & Coded> Rule vocabulary(String column, E[] values) {
    List<String> codes = Arrays.stream(values).map(Coded::code).toList();
    Column unknown =
        blank(column).equalTo(false).and(term(column).isin(codes.toArray()).equalTo(false));
    return new Rule(
        ReasonCode.UNKNOWN_VOCABULARY_TERM,
        column,
        unknown,
        concat(quoted(column), lit(" is not one of: " + String.join(", ", codes))));
  }

  private static Rule unparseable(String column, String hint) {
    return new Rule(
        ReasonCode.UNPARSEABLE_NUMBER,
        column,
        blank(column).equalTo(false).and(col(column + NUM).isNull()),
        concat(quoted(column), lit(hint)));
  }

  private static Rule incomplete(String column, Column inBlock, String block) {
    return new Rule(
        ReasonCode.MISSING_REQUIRED_FIELD,
        column,
        inBlock.and(blank(column)),
        lit(column + " (the row's " + block + " is incomplete)"));
  }

  static Map<String, String> pillars() {
    Map<String, String> pillars = new LinkedHashMap<>();
    for (Intervention i : Intervention.values()) {
      pillars.put(i.code(), i.pillar().code());
    }
    return pillars;
  }

  static Column blank(String column) {
    return Rule.blank(column);
  }

  private static Column anyGiven(List<String> columns) {
    Column any = lit(false);
    for (String c : columns) {
      any = any.or(blank(c).equalTo(false));
    }
    return any;
  }

  private static Column count(Column flag) {
    return when(flag, 1).otherwise(0);
  }

  private static Column quoted(String column) {
    return concat(lit(column + " '"), coalesce(col(column), lit("")), lit("'"));
  }
}
