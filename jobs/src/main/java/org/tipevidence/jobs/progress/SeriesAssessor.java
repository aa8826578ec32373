package org.tipevidence.jobs.progress;

import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.codes.Direction;
import org.tipevidence.common.progress.ProgressAssessment;
import org.tipevidence.common.progress.ProgressInput;
import org.tipevidence.common.progress.ProgressRobustness;
import org.tipevidence.common.progress.ProgressStatus;
import org.tipevidence.common.progress.ProgressThresholds;
import org.tipevidence.common.trend.MannKendall;
import org.tipevidence.common.trend.OlsTrend;
import org.tipevidence.common.trend.SenSlope;

/**
 * The per-series computation that no built-in expresses: the chosen method's assessment, OLS, Mann–
 * Kendall, Sen and the robustness re-assessment, all from {@code common}. Runs inside one typed
 * {@code map} over rows that already hold the series' points (never on the driver).
 *
 * <p>Rules decided before the method runs:
 *
 * <ul>
 *   <li>The base year is the series' own: its targets.csv row's baseline_year, else the mapping's
 *       base_year, else the run's; no value in or after it → insufficient_data.
 *   <li>The mapping's natural_limit and progress_thresholds go into the assessment (Open SDG).
 *   <li>Base or latest year censored (GLOTIP {@code <5}) → not_assessable: the change since the
 *       base is unknown, and treating {@code <5} as 0 or 5 would invent it. Trend statistics are
 *       still reported from the uncensored points.
 *   <li>Robustness: status_low / status_high are the method's status when the latest value is the
 *       one implied by the OLS slope CI's lower / upper bound ({@link ProgressRobustness}); they
 *       are null when the main status is not a verdict or the CI is undefined (fewer than 3
 *       points), and status_robust is then false.
 * </ul>
 */
final class SeriesAssessor implements MapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  static final String CENSORED_REASON =
      "censored base/latest value (reported as '<5'): the change since the base year is unknown";

  /**
   * series_progress: DESIGN.md §4 columns first, then the extras documented in docs/progress.md;
   * the last three are the per-indicator settings the assessment used (docs/progress.md
   * "Per-indicator settings").
   */
  static final StructType SCHEMA =
      StructType.fromDDL(
          """
          scope_type STRING,
          scope_id STRING,
          country_iso3 STRING,
          sdg_indicator STRING,
          series_code STRING,
          sex STRING,
          age_group STRING,
          exploitation_form STRING,
          base_year INT,
          base_value DOUBLE,
          latest_year INT,
          latest_value DOUBLE,
          target_year INT,
          target_value DOUBLE,
          direction STRING,
          cagr_actual DOUBLE,
          cagr_required DOUBLE,
          progress_ratio DOUBLE,
          status STRING NOT NULL,
          method STRING NOT NULL,
          trend_slope DOUBLE,
          trend_slope_low DOUBLE,
          trend_slope_high DOUBLE,
          mk_p_value DOUBLE,
          sen_slope DOUBLE,
          n_points INT NOT NULL,
          sdg_target STRING,
          crime_type STRING,
          indicator_code STRING,
          unit STRING,
          source STRING,
          aggregation STRING,
          countries ARRAY<STRING>,
          score DOUBLE,
          reason STRING,
          status_low STRING,
          status_high STRING,
          status_robust BOOLEAN NOT NULL,
          sen_slope_low DOUBLE,
          sen_slope_high DOUBLE,
          mk_s BIGINT,
          mk_z DOUBLE,
          target_source STRING NOT NULL,
          censored_points INT NOT NULL,
          has_censored BOOLEAN NOT NULL,
          person_count BOOLEAN,
          population_weighted BOOLEAN,
          partial_years INT NOT NULL,
          configured_base_year INT NOT NULL,
          natural_limit DOUBLE,
          progress_thresholds STRING
          """);

  private final ProgressSettings settings;
  private final CountryBits countries;

  SeriesAssessor(ProgressSettings settings, CountryBits countries) {
    this.settings = settings;
    this.countries = countries;
  }

  @Override
  public Row call(Row in) {
    List<Double> years = in.getList(in.fieldIndex("_trend_years"));
    List<Double> values = in.getList(in.fieldIndex("_trend_values"));
    double[] t = years.stream().mapToDouble(Double::doubleValue).toArray();
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    OlsTrend ols = OlsTrend.fit(t, v);
    MannKendall mk = MannKendall.test(t, v);
    SenSlope sen = SenSlope.estimate(t, v);

    Integer baseYear = in.getAs("base_year");
    Integer latestYear = in.getAs("latest_year");
    Double baseValue = in.getAs("base_value");
    Double latestValue = in.getAs("latest_value");
    Integer targetYear = in.getAs("target_year");
    Double targetValue = in.getAs("target_value");
    int nPoints = in.<Integer>getAs("n_points");
    String method = settings.method().name();

    ProgressAssessment a;
    ProgressInput input = null;
    Direction direction = parseDirection(in.getAs("direction"));
    if (baseYear == null) {
      a =
          verdictless(
              ProgressStatus.INSUFFICIENT_DATA,
              noDataReason(in.getAs(IndicatorProgress.BASE_YEAR)),
              method);
    } else if (in.<Boolean>getAs("_base_censored") || in.<Boolean>getAs("_latest_censored")) {
      a = verdictless(ProgressStatus.NOT_ASSESSABLE, CENSORED_REASON, method);
    } else if (direction == null) {
      a =
          verdictless(
              ProgressStatus.NOT_ASSESSABLE,
              "unknown direction '" + in.getAs("direction") + "'",
              method);
    } else {
      input =
          new ProgressInput(
              baseYear,
              baseValue,
              latestYear,
              latestValue,
              nPoints,
              targetYear == null ? ProgressInput.DEFAULT_TARGET_YEAR : targetYear,
              targetValue,
              direction,
              in.getAs(IndicatorProgress.NATURAL_LIMIT),
              thresholds(in));
      a = settings.method().assess(input);
    }

    String low = null;
    String high = null;
    if (input != null && a.status().isAssessed() && ols.hasCi()) {
      low = robustnessStatus(input, ols.slopeCiLower());
      high = robustnessStatus(input, ols.slopeCiUpper());
    }
    boolean robust = low != null && low.equals(a.status().code()) && high.equals(a.status().code());
    int censoredPoints = in.<Integer>getAs("censored_points");

    return RowFactory.create(
        in.getAs("scope_type"),
        in.getAs("scope_id"),
        in.getAs("country_iso3"),
        in.getAs("sdg_indicator"),
        in.getAs("series_code"),
        in.getAs("sex"),
        in.getAs("age_group"),
        in.getAs("exploitation_form"),
        baseYear,
        baseValue,
        latestYear,
        latestValue,
        targetValue == null ? null : targetYear,
        targetValue,
        in.getAs("direction"),
        a.cagrActual(),
        a.cagrRequired(),
        finite(a.ratio()),
        a.status().code(),
        method,
        finite(ols.slope()),
        finite(ols.slopeCiLower()),
        finite(ols.slopeCiUpper()),
        finite(mk.pValue()),
        finite(sen.slope()),
        nPoints,
        in.getAs("sdg_target"),
        in.getAs("crime_type"),
        in.getAs("indicator_code"),
        in.getAs("unit"),
        in.getAs("source"),
        in.getAs("aggregation"),
        countries.codes(in).toArray(String[]::new),
        a.score(),
        a.reason(),
        low,
        high,
        robust,
        finite(sen.ciLower()),
        finite(sen.ciUpper()),
        mk.n() < 2 ? null : mk.s(),
        finite(mk.z()),
        targetValue == null ? "none" : in.<String>getAs("target_source"),
        censoredPoints,
        censoredPoints > 0,
        in.getAs("person_count"),
        in.getAs("population_weighted"),
        in.<Integer>getAs("partial_years"),
        in.<Integer>getAs(IndicatorProgress.BASE_YEAR),
        in.getAs(IndicatorProgress.NATURAL_LIMIT),
        describe(thresholds(in)));
  }

  /** The mapping's progress_thresholds for this series, or null for the method's defaults. */
  private static ProgressThresholds thresholds(Row in) {
    Double high = in.getAs(IndicatorProgress.HIGH);
    Double med = in.getAs(IndicatorProgress.MED);
    Double low = in.getAs(IndicatorProgress.LOW);
    return high == null && med == null && low == null
        ? null
        : new ProgressThresholds(high, med, low);
  }

  private static String describe(ProgressThresholds th) {
    if (th == null) {
      return null;
    }
    List<String> parts = new java.util.ArrayList<>();
    if (th.high() != null) {
      parts.add("high=" + th.high());
    }
    if (th.med() != null) {
      parts.add("med=" + th.med());
    }
    if (th.low() != null) {
      parts.add("low=" + th.low());
    }
    return String.join(";", parts);
  }

  private static String noDataReason(int baseYear) {
    return "no complete year of data in or after the base year " + baseYear;
  }

  private String robustnessStatus(ProgressInput input, double slope) {
    return ProgressRobustness.assessWithSlope(settings.method(), input, slope).status().code();
  }

  private static ProgressAssessment verdictless(ProgressStatus s, String reason, String method) {
    return new ProgressAssessment(s, reason, null, null, null, null, method);
  }

  private static Direction parseDirection(String s) {
    try {
      return Direction.fromString(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** NaN and infinities become null: Parquet readers handle a missing value better than NaN. */
  private static Double finite(Double d) {
    return d == null || !Double.isFinite(d) ? null : d;
  }

  private static Double finite(double d) {
    return Double.isFinite(d) ? d : null;
  }
}
