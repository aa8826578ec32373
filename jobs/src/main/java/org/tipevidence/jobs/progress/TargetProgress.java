package org.tipevidence.jobs.progress;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.tipevidence.common.progress.ProgressStatus;

/**
 * {@code target_progress}: SDG target × crime type × scope, built with Spark's built-in aggregates.
 * Each series counts towards every scope it belongs to: its programme, the programme's lead agency
 * and pillar (programme series only), its country (any series with a single country: national
 * series and single-country programme series) and {@code global} (every series). TIP and SOM are
 * separate rows: {@code crime_type} is part of the key.
 *
 * <p>Overall {@code status} (documented in docs/progress.md): computed from the headline series
 * (sex, age group and exploitation form all {@code _T}) when the group has any, else from all its
 * series, so an indicator reported in thirteen disaggregations does not outvote one reported as a
 * total.
 *
 * <ul>
 *   <li>When any of those series has an Open SDG score: the Open SDG rule ({@code
 *       OpenSdgAggregation}) — target_achieved when every scored series achieved its target, else
 *       the mean score's band ([2.5, 5] on_track, [0, 2.5) moderate_progress, [-2.5, 0)
 *       limited_progress, below deterioration).
 *   <li>Otherwise (methods without scores): the most frequent verdict among assessed series, ties
 *       going to the worse status.
 *   <li>No verdict at all: insufficient_data when every series is insufficient_data, else
 *       not_assessable.
 * </ul>
 */
public final class TargetProgress {
  private TargetProgress() {}

  /** Verdict statuses from best to worst; the position is the tie-break rank. */
  private static final List<ProgressStatus> VERDICTS =
      List.of(
          ProgressStatus.TARGET_ACHIEVED,
          ProgressStatus.ON_TRACK,
          ProgressStatus.MODERATE_PROGRESS,
          ProgressStatus.LIMITED_PROGRESS,
          ProgressStatus.DETERIORATION);

  /**
   * @param seriesProgress the series_progress dataset
   * @param register the programme register (p_programme_id, p_lead_agency, p_pillar)
   */
  public static Dataset<Row> build(Dataset<Row> seriesProgress, Dataset<Row> register) {
    Column isProgramme = col("scope_type").equalTo("programme");
    RegisterLookup programmes = RegisterLookup.of(register);
    Column scopes =
        array(
            scope(isProgramme, "programme", col("scope_id")),
            scope(isProgramme, "lead_agency", programmes.leadAgency(col("scope_id"))),
            scope(isProgramme, "pillar", programmes.pillar(col("scope_id"))),
            scope(col("country_iso3").isNotNull(), "country", col("country_iso3")),
            scope(lit(true), "global", lit("global")));
    Dataset<Row> memberships =
        seriesProgress
            .withColumn("headline", headline())
            .withColumn("_scope", explode(scopes))
            .where(col("_scope.id").isNotNull())
            .select(
                col("sdg_target"),
                col("crime_type"),
                col("_scope.type").as("scope_type"),
                col("_scope.id").as("scope_id"),
                col("scope_type").as("series_scope_type"),
                col("status"),
                col("score"),
                col("headline"));

    List<Column> aggregates = new ArrayList<>();
    aggregates.add(count(lit(1)).as("n_series"));
    aggregates.add(count_if(col("headline")).as("n_headline_series"));
    aggregates.add(
        count_if(col("series_scope_type").equalTo("programme")).as("n_programme_series"));
    aggregates.add(count_if(col("series_scope_type").equalTo("country")).as("n_national_series"));
    for (ProgressStatus s : ProgressStatus.values()) {
      aggregates.add(count_if(col("status").equalTo(s.code())).as("n_" + s.code()));
    }
    // The same figures over headline series only, for the overall status.
    Column basis = col("headline");
    aggregates.add(count_if(basis).as("_h_n"));
    aggregates.add(exactMean(when(basis, col("score"))).as("_h_mean_score"));
    aggregates.add(count_if(basis.and(col("score").isNotNull())).as("_h_scored"));
    aggregates.add(
        count_if(
                basis
                    .and(col("score").isNotNull())
                    .and(col("status").notEqual(ProgressStatus.TARGET_ACHIEVED.code())))
            .as("_h_scored_not_achieved"));
    aggregates.add(
        count_if(basis.and(col("status").equalTo(ProgressStatus.INSUFFICIENT_DATA.code())))
            .as("_h_insufficient"));
    for (ProgressStatus s : VERDICTS) {
      aggregates.add(count_if(basis.and(col("status").equalTo(s.code()))).as("_h_n_" + s.code()));
    }
    aggregates.add(exactMean(col("score")).as("_a_mean_score"));
    aggregates.add(count(col("score")).as("_a_scored"));
    aggregates.add(
        count_if(
                col("score")
                    .isNotNull()
                    .and(col("status").notEqual(ProgressStatus.TARGET_ACHIEVED.code())))
            .as("_a_scored_not_achieved"));

    Dataset<Row> grouped =
        memberships
            .groupBy("sdg_target", "crime_type", "scope_type", "scope_id")
            .agg(
                aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));

    Column useHeadline = col("_h_n").gt(0);
    Column headlineStatus =
        overallStatus(
            col("_h_n"),
            col("_h_mean_score"),
            col("_h_scored"),
            col("_h_scored_not_achieved"),
            col("_h_insufficient"),
            "_h_n_");
    Column allStatus =
        overallStatus(
            col("n_series"),
            col("_a_mean_score"),
            col("_a_scored"),
            col("_a_scored_not_achieved"),
            col("n_" + ProgressStatus.INSUFFICIENT_DATA.code()),
            "n_");
    Column meanScore = when(useHeadline, col("_h_mean_score")).otherwise(col("_a_mean_score"));
    Column scoredCount = when(useHeadline, col("_h_scored")).otherwise(col("_a_scored"));
    List<Column> out = new ArrayList<>();
    for (String c :
        List.of(
            "sdg_target",
            "scope_type",
            "scope_id",
            "crime_type",
            "n_series",
            "n_headline_series",
            "n_programme_series",
            "n_national_series")) {
      out.add(col(c));
    }
    for (ProgressStatus s : ProgressStatus.values()) {
      out.add(col("n_" + s.code()));
    }
    out.add(when(useHeadline, headlineStatus).otherwise(allStatus).as("status"));
    out.add(
        when(scoredCount.gt(0), lit("open_sdg_mean_score"))
            .otherwise(lit("most_frequent_worse_on_tie"))
            .as("status_rule"));
    out.add(when(useHeadline, lit("headline")).otherwise(lit("all")).as("status_basis"));
    out.add(meanScore.as("mean_score"));
    out.add(scoredCount.cast("int").as("n_scored"));
    return grouped.select(out.toArray(Column[]::new));
  }

  private static Column scope(Column applies, String type, Column id) {
    return struct(lit(type).as("type"), when(applies, id).as("id"));
  }

  static Column headline() {
    return col("sex")
        .equalTo("_T")
        .and(col("age_group").equalTo("_T"))
        .and(col("exploitation_form").equalTo("_T"));
  }

  /**
   * The documented overall-status rule over one set of series; {@code countPrefix + code} names the
   * per-verdict count columns of that set.
   */
  private static Column overallStatus(
      Column n,
      Column meanScore,
      Column scored,
      Column scoredNotAchieved,
      Column insufficient,
      String countPrefix) {
    Column scoreBand =
        when(meanScore.geq(2.5), lit(ProgressStatus.ON_TRACK.code()))
            .when(meanScore.geq(0), lit(ProgressStatus.MODERATE_PROGRESS.code()))
            .when(meanScore.geq(-2.5), lit(ProgressStatus.LIMITED_PROGRESS.code()))
            .otherwise(lit(ProgressStatus.DETERIORATION.code()));
    // Struct comparison is field by field: the higher count wins, then the worse (higher) rank.
    Column[] candidates = new Column[VERDICTS.size()];
    Column assessed = lit(0L);
    for (int i = 0; i < VERDICTS.size(); i++) {
      Column count = col(countPrefix + VERDICTS.get(i).code());
      candidates[i] =
          struct(count.as("n"), lit(i).as("rank"), lit(VERDICTS.get(i).code()).as("status"));
      assessed = assessed.plus(count);
    }
    Column mostFrequent = greatest(candidates).getField("status");
    return when(
            scored.gt(0),
            when(scoredNotAchieved.equalTo(0), lit(ProgressStatus.TARGET_ACHIEVED.code()))
                .otherwise(scoreBand))
        .when(assessed.gt(0), mostFrequent)
        .when(insufficient.equalTo(n), lit(ProgressStatus.INSUFFICIENT_DATA.code()))
        .otherwise(lit(ProgressStatus.NOT_ASSESSABLE.code()));
  }

  /**
   * Scores lie in [-5, 5]: rounding one to 18 decimals moves it by under 1e-18, far below a
   * double's precision at that scale.
   */
  private static final DecimalType SCORE_SUM = DataTypes.createDecimalType(38, 18);

  /**
   * The mean of scores added as decimals: a sum of doubles depends on the order rows arrive in,
   * which changes with partitioning (core count, cluster, a new plan), so the same inputs could
   * publish means that differ in the last bits. Decimal addition is exact, so the published mean is
   * the same whatever the order.
   */
  private static Column exactMean(Column score) {
    return avg(score.cast(SCORE_SUM)).cast(DataTypes.DoubleType);
  }
}
