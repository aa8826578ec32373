package org.tipevidence.jobs.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.evidence.EffectDirection;
import org.tipevidence.common.evidence.EffectMeasure;
import org.tipevidence.common.evidence.MetaAnalysis;
import org.tipevidence.common.evidence.MetaMethod;
import org.tipevidence.common.evidence.MetaResult;
import org.tipevidence.common.evidence.MetaStatus;
import org.tipevidence.common.evidence.Outcome;
import org.tipevidence.common.evidence.RiskOfBias;
import org.tipevidence.common.evidence.StudyDesign;

/**
 * Pools one synthesis cell (a row holding the cell's keys and its list of studies) with common's
 * MetaAnalysis and returns the evidence_synthesis row. Numbers that do not apply (NaN in common)
 * are written as null.
 */
final class PoolCell implements MapFunction<Row, Row> {
  static final StructType SCHEMA =
      new StructType()
          .add("level", DataTypes.StringType, false)
          .add("group_id", DataTypes.StringType, false)
          .add("crime_type", DataTypes.StringType, false)
          .add("pillar", DataTypes.StringType, false)
          .add("intervention", DataTypes.StringType, true)
          .add("outcome", DataTypes.StringType, false)
          .add("effect_measure", DataTypes.StringType, false)
          .add("k", DataTypes.IntegerType, false)
          .add("n_studies", DataTypes.IntegerType, false)
          .add("n_low_risk_of_bias", DataTypes.IntegerType, false)
          .add("n_rct", DataTypes.IntegerType, false)
          .add("estimate", DataTypes.DoubleType, true)
          .add("se", DataTypes.DoubleType, true)
          .add("statistic", DataTypes.DoubleType, true)
          .add("p_value", DataTypes.DoubleType, true)
          .add("ci_low", DataTypes.DoubleType, true)
          .add("ci_high", DataTypes.DoubleType, true)
          .add("pi_low", DataTypes.DoubleType, true)
          .add("pi_high", DataTypes.DoubleType, true)
          .add("tau2", DataTypes.DoubleType, true)
          .add("tau2_se", DataTypes.DoubleType, true)
          .add("tau", DataTypes.DoubleType, true)
          .add("i2", DataTypes.DoubleType, true)
          .add("h2", DataTypes.DoubleType, true)
          .add("q", DataTypes.DoubleType, true)
          .add("q_df", DataTypes.IntegerType, true)
          .add("q_p_value", DataTypes.DoubleType, true)
          .add("method", DataTypes.StringType, false)
          .add("knapp_hartung", DataTypes.BooleanType, false)
          .add("ci_method", DataTypes.StringType, false)
          .add("fallback", DataTypes.StringType, true)
          .add("n_excluded", DataTypes.IntegerType, false)
          .add("excluded_reason", DataTypes.StringType, true)
          .add("status", DataTypes.StringType, false)
          .add("estimate_natural", DataTypes.DoubleType, true)
          .add("ci_low_natural", DataTypes.DoubleType, true)
          .add("ci_high_natural", DataTypes.DoubleType, true)
          .add("pi_low_natural", DataTypes.DoubleType, true)
          .add("pi_high_natural", DataTypes.DoubleType, true)
          .add("direction", DataTypes.StringType, false);

  private final EvidenceSettings settings;

  PoolCell(EvidenceSettings settings) {
    this.settings = settings;
  }

  @Override
  public Row call(Row cell) {
    String level = cell.getAs("level");
    String crimeType = cell.getAs("crime_type");
    String pillar = cell.getAs("pillar");
    String intervention = cell.getAs("intervention");
    String outcomeCode = cell.getAs("outcome");
    String measureCode = cell.getAs("effect_measure");
    // Sorted by file and line so the floating-point sums, and so the output, never depend on the
    // order collect_list happened to see.
    List<Row> studies = new ArrayList<>(cell.<Row>getList(cell.fieldIndex("studies")));
    studies.sort(
        Comparator.<Row, String>comparing(s -> s.getAs("source_file"))
            .thenComparing(s -> s.<Long>getAs("source_line")));
    // Studies flagged in evidence_effects (double zeros) are counted, not pooled.
    List<Row> pooledStudies = new ArrayList<>();
    Set<String> reasons = new TreeSet<>();
    for (Row s : studies) {
      String exclusion = s.getAs("pooling_exclusion");
      if (exclusion == null) {
        pooledStudies.add(s);
      } else {
        reasons.add(exclusion);
      }
    }
    int excluded = studies.size() - pooledStudies.size();
    double[] yi = new double[pooledStudies.size()];
    double[] vi = new double[pooledStudies.size()];
    Set<String> ids = new HashSet<>();
    Set<String> lowRisk = new HashSet<>();
    Set<String> rcts = new HashSet<>();
    for (int i = 0; i < pooledStudies.size(); i++) {
      Row s = pooledStudies.get(i);
      yi[i] = s.getAs("yi");
      vi[i] = s.getAs("vi");
      String id = s.getAs("study_id");
      ids.add(id);
      if (RiskOfBias.LOW.code().equals(s.getAs("risk_of_bias"))) {
        lowRisk.add(id);
      }
      if (StudyDesign.RCT.code().equals(s.getAs("design"))) {
        rcts.add(id);
      }
    }
    MetaResult r = MetaAnalysis.pool(yi, vi, settings.method(), settings.knappHartung());
    String fallback = null;
    if (r.status() == MetaStatus.NOT_CONVERGED) {
      fallback = settings.method().code() + "_not_converged_used_dl";
      r = MetaAnalysis.pool(yi, vi, MetaMethod.DL, settings.knappHartung());
    }
    EffectMeasure measure = EffectMeasure.fromCode(measureCode).orElseThrow();
    Outcome outcome = Outcome.fromCode(outcomeCode).orElseThrow();
    String groupId =
        String.join(
            ":",
            level,
            crimeType,
            intervention == null ? pillar : intervention,
            outcomeCode,
            measureCode);
    boolean pooled = r.k() > 1;
    return RowFactory.create(
        level,
        groupId,
        crimeType,
        pillar,
        intervention,
        outcomeCode,
        measureCode,
        r.k(),
        ids.size(),
        lowRisk.size(),
        rcts.size(),
        orNull(r.estimate()),
        orNull(r.se()),
        orNull(r.statistic()),
        orNull(r.pValue()),
        orNull(r.ci().low()),
        orNull(r.ci().high()),
        orNull(r.pi().low()),
        orNull(r.pi().high()),
        orNull(r.heterogeneity().tau2()),
        orNull(r.heterogeneity().tau2Se()),
        orNull(r.heterogeneity().tau()),
        orNull(r.heterogeneity().i2()),
        orNull(r.heterogeneity().h2()),
        orNull(r.heterogeneity().q()),
        pooled ? r.heterogeneity().df() : null,
        orNull(r.heterogeneity().pValue()),
        r.method().code(),
        r.knappHartung(),
        r.knappHartung() && pooled ? "knapp_hartung_t" : "wald_z",
        fallback,
        excluded,
        reasons.isEmpty() ? null : String.join(";", reasons),
        r.status().code(),
        orNull(measure.toNaturalScale(r.estimate())),
        orNull(measure.toNaturalScale(r.ci().low())),
        orNull(measure.toNaturalScale(r.ci().high())),
        orNull(measure.toNaturalScale(r.pi().low())),
        orNull(measure.toNaturalScale(r.pi().high())),
        EffectDirection.of(outcome, r.estimate(), r.ci().low(), r.ci().high()).code());
  }

  private static Double orNull(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
