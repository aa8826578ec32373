package org.tipevidence.jobs.evidence;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Pools effects per crime type x intervention x outcome x effect measure, and per crime type x
 * pillar x outcome x effect measure. Measures and crime types are grouping keys, so no pooled cell
 * ever mixes them. Each cell's studies are collected into one small list and pooled by common's
 * MetaAnalysis in one typed map over the cells. Studies are few by nature (tens, read on the
 * driver): both groupings run in one partition, with no shuffle, and the cells stay in one.
 */
final class EvidenceSynthesis {
  static final String LEVEL = "level";
  static final String INTERVENTION_LEVEL = "intervention";
  static final String PILLAR_LEVEL = "pillar";
  static final String STUDIES = "studies";

  private EvidenceSynthesis() {}

  static Dataset<Row> pool(Dataset<Row> effects, EvidenceSettings settings) {
    Column study =
        struct(
            col("source_file"),
            col("source_line"),
            col("study_id"),
            col("yi"),
            col("vi"),
            col("design"),
            col("risk_of_bias"),
            col("pooling_exclusion"));
    Dataset<Row> studies = effects.coalesce(1);
    Dataset<Row> byIntervention =
        studies
            .groupBy("crime_type", "pillar", "intervention", "outcome", "effect_measure")
            .agg(collect_list(study).as(STUDIES))
            .withColumn(LEVEL, lit(INTERVENTION_LEVEL));
    Dataset<Row> byPillar =
        studies
            .groupBy("crime_type", "pillar", "outcome", "effect_measure")
            .agg(collect_list(study).as(STUDIES))
            .withColumn("intervention", lit(null).cast("string"))
            .withColumn(LEVEL, lit(PILLAR_LEVEL));
    Dataset<Row> cells =
        byIntervention
            .unionByName(byPillar)
            .select(
                LEVEL, "crime_type", "pillar", "intervention", "outcome", "effect_measure", STUDIES)
            .coalesce(1);
    return cells.map(new PoolCell(settings), Encoders.row(PoolCell.SCHEMA));
  }
}
