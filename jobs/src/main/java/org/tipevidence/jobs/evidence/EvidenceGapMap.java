package org.tipevidence.jobs.evidence;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.evidence.Intervention;
import org.tipevidence.common.evidence.Outcome;
import org.tipevidence.common.evidence.RiskOfBias;
import org.tipevidence.common.evidence.StudyDesign;

/**
 * The evidence gap map: every crime type x intervention x outcome of the vocabularies, so empty
 * cells (the gaps) are rows too. Counts cover all of a cell's studies; the estimate, direction and
 * certainty come from the cell's dominant effect measure (the one with most effects, then most
 * studies, then the first code alphabetically), pooled or single-study as in evidence_synthesis.
 *
 * <p>Every input is a few hundred rows at most, so all of it runs in one partition: the counts, the
 * ranking and the joins need no shuffle and no broadcast, and the map is written in one task.
 */
final class EvidenceGapMap {
  static final List<String> KEY = List.of("crime_type", "intervention", "outcome");

  /** The grid's position of a cell: the map's rows keep the vocabularies' order. */
  private static final String CELL = "_cell";

  /** Join hint that keeps a join inside the one partition (no broadcast exchange and its job). */
  private static final String IN_PARTITION = "shuffle_hash";

  private EvidenceGapMap() {}

  static Dataset<Row> build(Dataset<Row> effects, Dataset<Row> synthesis) {
    Column study = col("study_id");
    // Distinct counts as sizes of sets (nulls left out, as countDistinct does): several
    // countDistinct would expand the rows and lose the one partition, so shuffle twice.
    Dataset<Row> counts =
        effects
            .coalesce(1)
            .groupBy("crime_type", "intervention", "outcome")
            .agg(
                distinct(study).as("n_studies"),
                count(lit(1)).as("n_effects"),
                distinct(when(col("risk_of_bias").equalTo(RiskOfBias.LOW.code()), study))
                    .as("n_low_risk_of_bias"),
                distinct(when(col("design").equalTo(StudyDesign.RCT.code()), study)).as("n_rct"),
                distinct(col("effect_measure")).as("n_measures"));
    Dataset<Row> dominant =
        synthesis
            .where(col(EvidenceSynthesis.LEVEL).equalTo(EvidenceSynthesis.INTERVENTION_LEVEL))
            .coalesce(1)
            .withColumn(
                "_rank",
                row_number()
                    .over(
                        Window.partitionBy("crime_type", "intervention", "outcome")
                            .orderBy(
                                col("k").desc(), col("n_studies").desc(), col("effect_measure"))))
            .where(col("_rank").equalTo(1))
            // The dominant pool's counts, apart from the cell's counts they are joined with.
            .withColumnRenamed("n_studies", "d_n_studies")
            .withColumnRenamed("n_low_risk_of_bias", "d_n_low_risk_of_bias")
            .withColumnRenamed("n_rct", "d_n_rct")
            .select(
                Stream.concat(
                        Stream.of("crime_type", "intervention", "outcome"),
                        RateCell.POOL_COLUMNS.stream())
                    .map(c -> col(c))
                    .toArray(Column[]::new));
    Dataset<Row> cells =
        grid(effects.sparkSession())
            .coalesce(1)
            .join(counts.hint(IN_PARTITION), scalaKey(), "left")
            .join(dominant.hint(IN_PARTITION), scalaKey(), "left")
            .orderBy(CELL)
            .select(RateCell.INPUT_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
    return cells.map(new RateCell(), Encoders.row(RateCell.SCHEMA));
  }

  /** The number of distinct non-null values, as countDistinct gives it (a long). */
  private static Column distinct(Column value) {
    return size(collect_set(value)).cast(DataTypes.LongType);
  }

  /**
   * All crime type x intervention x outcome cells of the vocabularies (a few hundred rows), with
   * their position in that order.
   */
  static Dataset<Row> grid(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (String crimeType : EvaluationValidation.CRIME_TYPES) {
      for (Intervention intervention : Intervention.values()) {
        for (Outcome outcome : Outcome.values()) {
          rows.add(
              RowFactory.create(
                  crimeType,
                  intervention.code(),
                  intervention.pillar().code(),
                  outcome.code(),
                  rows.size()));
        }
      }
    }
    StructType schema =
        new StructType()
            .add("crime_type", DataTypes.StringType, false)
            .add("intervention", DataTypes.StringType, false)
            .add("pillar", DataTypes.StringType, false)
            .add("outcome", DataTypes.StringType, false)
            .add(CELL, DataTypes.IntegerType, false);
    return spark.createDataFrame(rows, schema);
  }

  private static scala.collection.immutable.Seq<String> scalaKey() {
    return scala.jdk.javaapi.CollectionConverters.asScala(KEY).toList();
  }
}
