package org.tipevidence.jobs.evidence;

import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.evidence.CertaintyRule;
import org.tipevidence.common.evidence.EffectDirection;

/** One gap-map cell with its certainty label from common's {@link CertaintyRule}. */
final class RateCell implements MapFunction<Row, Row> {
  /** What the cell's dominant pool gives (the pool with most studies; {@link EvidenceGapMap}). */
  static final List<String> POOL_COLUMNS =
      List.of(
          "effect_measure",
          "k",
          "status",
          "estimate",
          "ci_low",
          "ci_high",
          "estimate_natural",
          "ci_low_natural",
          "ci_high_natural",
          "i2",
          "direction",
          "d_n_studies",
          "d_n_low_risk_of_bias",
          "d_n_rct");

  /** Columns the map reads, in order (the first 19 are copied to the output as they are). */
  static final List<String> INPUT_COLUMNS =
      Stream.concat(
              Stream.of(
                  "crime_type",
                  "intervention",
                  "pillar",
                  "outcome",
                  "n_studies",
                  "n_effects",
                  "n_low_risk_of_bias",
                  "n_rct",
                  "n_measures"),
              POOL_COLUMNS.stream())
          .toList();

  static final StructType SCHEMA =
      new StructType()
          .add("crime_type", DataTypes.StringType, false)
          .add("intervention", DataTypes.StringType, false)
          .add("pillar", DataTypes.StringType, false)
          .add("outcome", DataTypes.StringType, false)
          .add("n_studies", DataTypes.LongType, false)
          .add("n_effects", DataTypes.LongType, false)
          .add("n_low_risk_of_bias", DataTypes.LongType, false)
          .add("n_rct", DataTypes.LongType, false)
          .add("n_measures", DataTypes.LongType, false)
          .add("effect_measure", DataTypes.StringType, true)
          .add("k", DataTypes.IntegerType, true)
          .add("status", DataTypes.StringType, true)
          .add("estimate", DataTypes.DoubleType, true)
          .add("ci_low", DataTypes.DoubleType, true)
          .add("ci_high", DataTypes.DoubleType, true)
          .add("estimate_natural", DataTypes.DoubleType, true)
          .add("ci_low_natural", DataTypes.DoubleType, true)
          .add("ci_high_natural", DataTypes.DoubleType, true)
          .add("i2", DataTypes.DoubleType, true)
          .add("direction", DataTypes.StringType, false)
          .add("certainty", DataTypes.StringType, false)
          .add("certainty_start", DataTypes.StringType, true)
          .add("certainty_downgrades", DataTypes.StringType, true);

  @Override
  public Row call(Row in) {
    int studies = intOrZero(in, "d_n_studies");
    CertaintyRule.Rating rating =
        CertaintyRule.assess(
            new CertaintyRule.Evidence(
                studies,
                intOrZero(in, "d_n_low_risk_of_bias"),
                intOrZero(in, "d_n_rct"),
                doubleOrNaN(in, "i2"),
                doubleOrNaN(in, "ci_low"),
                doubleOrNaN(in, "ci_high")));
    Object[] out = new Object[SCHEMA.size()];
    for (int i = 0; i < 19; i++) {
      out[i] = in.get(i);
    }
    for (int i = 4; i <= 8; i++) {
      out[i] = in.isNullAt(i) ? 0L : in.getLong(i);
    }
    out[19] = in.isNullAt(19) ? EffectDirection.NOT_ESTIMABLE.code() : in.getString(19);
    out[20] = rating.certainty().code();
    out[21] = studies == 0 ? null : (rating.startedHigh() ? "high" : "low");
    out[22] = studies == 0 ? null : rating.downgradeCodes();
    return RowFactory.create(out);
  }

  private static int intOrZero(Row row, String column) {
    return row.isNullAt(row.fieldIndex(column)) ? 0 : row.<Integer>getAs(column);
  }

  private static double doubleOrNaN(Row row, String column) {
    return row.isNullAt(row.fieldIndex(column)) ? Double.NaN : row.<Double>getAs(column);
  }
}
