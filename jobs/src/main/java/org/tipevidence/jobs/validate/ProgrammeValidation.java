package org.tipevidence.jobs.validate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_to_date;
import static org.apache.spark.sql.functions.upper;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tipevidence.common.validation.ReasonCode;

/** Row rules for programmes.csv; accepted programmes become the register the submissions use. */
public final class ProgrammeValidation {
  private static final List<String> PILLARS =
      List.of("prevention", "protection", "prosecution", "partnership");
  private static final List<String> CRIME_TYPES = List.of("TIP", "SOM");

  private ProgrammeValidation() {}

  public static Dataset<Row> apply(Dataset<Row> raw) {
    Dataset<Row> typed =
        raw.withColumn("p_programme_id", trim(col("programme_id")))
            .withColumn("p_crime_type", upper(trim(col("crime_type"))))
            .withColumn("p_pillar", trim(col("pillar")))
            .withColumn("p_lead_agency", trim(col("lead_agency")))
            .withColumn("p_intervention_type", trim(col("intervention_type")))
            .withColumn("p_countries", transform(split(col("countries"), ";"), c -> upper(trim(c))))
            .withColumn("p_start_date", try_to_date(trim(col("start_date")), "yyyy-MM-dd"))
            .withColumn("p_end_date", try_to_date(trim(col("end_date")), "yyyy-MM-dd"))
            .withColumn("p_budget_usd", NumberColumns.decimal(col("budget_usd")));
    Column badCountry = exists(col("p_countries"), c -> CodeLiterals.isCountry(c).equalTo(false));
    List<Rule> rules =
        Rule.afterParseErrors(
            new Rule(
                ReasonCode.MISSING_REQUIRED_FIELD,
                "programme_id",
                col("p_programme_id").isNull().or(col("p_programme_id").equalTo("")),
                lit("programme_id")),
            new Rule(
                ReasonCode.INVALID_VALUE,
                "pillar",
                col("p_pillar").isin(PILLARS.toArray()).equalTo(false),
                concat(lit("pillar '"), col("p_pillar"), lit("', allowed " + PILLARS))),
            new Rule(
                ReasonCode.INVALID_VALUE,
                "crime_type",
                col("p_crime_type").isin(CRIME_TYPES.toArray()).equalTo(false),
                concat(lit("crime_type '"), col("p_crime_type"), lit("', allowed TIP or SOM"))),
            new Rule(
                ReasonCode.INVALID_COUNTRY_CODE,
                "countries",
                badCountry,
                concat(lit("countries '"), col("countries"), lit("'"))),
            new Rule(
                ReasonCode.INVALID_VALUE,
                "start_date",
                col("p_start_date")
                    .isNull()
                    .or(col("p_end_date").isNull())
                    .or(col("p_start_date").gt(col("p_end_date"))),
                lit("start_date and end_date must be YYYY-MM-DD with start <= end")),
            new Rule(
                ReasonCode.UNPARSEABLE_NUMBER,
                "budget_usd",
                col("p_budget_usd").isNull().or(col("p_budget_usd").lt(0)),
                concat(lit("budget_usd '"), col("budget_usd"), lit("'"))));
    Dataset<Row> checked = typed.withColumn(Rule.VERDICT, Rule.firstBroken(rules));
    return Resubmissions.firstWins(checked, col("p_programme_id"));
  }

  /** Columns of the accepted register that the submission rules join on. */
  public static Dataset<Row> register(Dataset<Row> accepted) {
    return accepted.select(
        col("p_programme_id"),
        col("programme_name").as("p_programme_name"),
        col("p_lead_agency"),
        col("p_pillar"),
        col("p_intervention_type"),
        col("p_crime_type"),
        col("p_countries"),
        col("p_start_date"),
        col("p_end_date"),
        col("p_budget_usd"));
  }
}
