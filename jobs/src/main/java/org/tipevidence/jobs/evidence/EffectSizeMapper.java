package org.tipevidence.jobs.evidence;

import static org.tipevidence.jobs.evidence.EvaluationColumns.EFFECT;
import static org.tipevidence.jobs.evidence.EvaluationColumns.EFFECT_CI_HIGH;
import static org.tipevidence.jobs.evidence.EvaluationColumns.EFFECT_CI_LOW;
import static org.tipevidence.jobs.evidence.EvaluationColumns.EFFECT_SE;
import static org.tipevidence.jobs.evidence.EvaluationColumns.EVENTS_CONTROL;
import static org.tipevidence.jobs.evidence.EvaluationColumns.EVENTS_TREATMENT;
import static org.tipevidence.jobs.evidence.EvaluationColumns.MEAN_CONTROL;
import static org.tipevidence.jobs.evidence.EvaluationColumns.MEAN_TREATMENT;
import static org.tipevidence.jobs.evidence.EvaluationColumns.NUM;
import static org.tipevidence.jobs.evidence.EvaluationColumns.N_CONTROL;
import static org.tipevidence.jobs.evidence.EvaluationColumns.N_TREATMENT;
import static org.tipevidence.jobs.evidence.EvaluationColumns.SD_CONTROL;
import static org.tipevidence.jobs.evidence.EvaluationColumns.SD_TREATMENT;
import static org.tipevidence.jobs.evidence.EvaluationColumns.TOTAL_CONTROL;
import static org.tipevidence.jobs.evidence.EvaluationColumns.TOTAL_TREATMENT;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.evidence.EffectDirection;
import org.tipevidence.common.evidence.EffectResult;
import org.tipevidence.common.evidence.EffectSize;
import org.tipevidence.common.evidence.EffectSizes;
import org.tipevidence.common.evidence.Outcome;
import org.tipevidence.jobs.validate.Rule;

/**
 * Per-row effect sizes: common's EffectSizes on each row that passed the row rules. This is per-row
 * arithmetic no built-in function offers (exact Hedges' J via log-gamma, zero-cell rules), so it is
 * one typed map over the rows. A rejected effect fills the row's verdict, so the row goes to
 * quarantine like any other.
 */
final class EffectSizeMapper implements MapFunction<Row, Row> {
  static final String MEASURE = "effect_measure";
  static final String YI = "yi";
  static final String VI = "vi";
  static final String SE = "se";
  static final String CI_LOW = "ci_low";
  static final String CI_HIGH = "ci_high";
  static final String ZERO_CELL_CORRECTED = "zero_cell_corrected";
  static final String DIRECTION = "direction";
  static final String POOLING_EXCLUSION = "pooling_exclusion";

  /** {@link #POOLING_EXCLUSION} of a 2x2 study that says nothing about a ratio. */
  static final String DOUBLE_ZERO = "double_zero";

  private final EvidenceSettings settings;

  EffectSizeMapper(EvidenceSettings settings) {
    this.settings = settings;
  }

  /** The input schema plus the effect columns. */
  static StructType outputSchema(StructType input) {
    return input
        .add(MEASURE, DataTypes.StringType, true)
        .add(YI, DataTypes.DoubleType, true)
        .add(VI, DataTypes.DoubleType, true)
        .add(SE, DataTypes.DoubleType, true)
        .add(CI_LOW, DataTypes.DoubleType, true)
        .add(CI_HIGH, DataTypes.DoubleType, true)
        .add(ZERO_CELL_CORRECTED, DataTypes.BooleanType, true)
        .add(DIRECTION, DataTypes.StringType, true)
        .add(POOLING_EXCLUSION, DataTypes.StringType, true);
  }

  @Override
  public Row call(Row row) {
    int width = row.length();
    Object[] values = new Object[width + 9];
    for (int i = 0; i < width; i++) {
      values[i] = row.get(i);
    }
    if (!row.isNullAt(row.fieldIndex(Rule.VERDICT))) {
      return RowFactory.create(values);
    }
    EvaluationEffect.Inputs in = inputs(row);
    EvaluationEffect.Outcome outcome = EvaluationEffect.compute(in, settings.mdPooledSd());
    if (outcome.result() instanceof EffectResult.Invalid bad) {
      values[row.fieldIndex(Rule.VERDICT)] =
          RowFactory.create(bad.reason().code(), outcome.column(), outcome.reason());
      return RowFactory.create(values);
    }
    EffectSize es = outcome.result().value().orElseThrow();
    Outcome studied = Outcome.fromCode(row.getAs("e_outcome")).orElseThrow();
    values[width] = es.measure().code();
    values[width + 1] = es.yi();
    values[width + 2] = es.vi();
    values[width + 3] = es.se();
    values[width + 4] = es.ciLow();
    values[width + 5] = es.ciHigh();
    values[width + 6] = es.zeroCellCorrected();
    values[width + 7] = EffectDirection.of(studied, es.yi(), es.ciLow(), es.ciHigh()).code();
    values[width + 8] = excluded(in, es) ? DOUBLE_ZERO : null;
    return RowFactory.create(values);
  }

  /** Whether the run leaves this study out of pooling (kept in evidence_effects, flagged). */
  private boolean excluded(EvaluationEffect.Inputs in, EffectSize es) {
    return settings.dropDoubleZero()
        && EvaluationValidation.TWO_BY_TWO_TYPE.equals(in.dataType())
        && EffectSizes.isDoubleZero(
            es.measure(), in.events1(), in.total1(), in.events2(), in.total2());
  }

  /** The number parsed from an evaluation column (its {@code _num} twin); null when blank. */
  private static <T> T num(Row row, String column) {
    return row.getAs(column + NUM);
  }

  private static EvaluationEffect.Inputs inputs(Row row) {
    return new EvaluationEffect.Inputs(
        row.getAs(EvaluationValidation.DATA_TYPE),
        row.getAs("e_effect_measure"),
        num(row, EVENTS_TREATMENT),
        num(row, TOTAL_TREATMENT),
        num(row, EVENTS_CONTROL),
        num(row, TOTAL_CONTROL),
        num(row, MEAN_TREATMENT),
        num(row, SD_TREATMENT),
        num(row, N_TREATMENT),
        num(row, MEAN_CONTROL),
        num(row, SD_CONTROL),
        num(row, N_CONTROL),
        num(row, EFFECT),
        num(row, EFFECT_SE),
        num(row, EFFECT_CI_LOW),
        num(row, EFFECT_CI_HIGH));
  }
}
