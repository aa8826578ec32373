package org.tipevidence.jobs.evidence;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tipevidence.jobs.stage.CheckedInput;

/**
 * What the evidence stage produces.
 *
 * @param checked quarantine and data-quality rows of evaluations.csv (observations is null),
 *     labelled as accepted into {@code evidence_effects}
 * @param effects {@code evidence_effects}: one row per accepted study outcome
 * @param synthesis {@code evidence_synthesis}: pooled cells at intervention and pillar level
 */
public record EvidenceOutputs(CheckedInput checked, Dataset<Row> effects, Dataset<Row> synthesis) {

  /** {@code evidence_gap_map} built on this stage's own (lazy) effects and synthesis. */
  public Dataset<Row> gapMap() {
    return gapMap(effects, synthesis);
  }

  /**
   * {@code evidence_gap_map}: every intervention x outcome x crime type cell, from {@code
   * evidence_effects} and {@code evidence_synthesis} rows. A run passes their stored rows, so the
   * cells are not pooled a second time.
   */
  public static Dataset<Row> gapMap(Dataset<Row> effects, Dataset<Row> synthesis) {
    return EvidenceGapMap.build(effects, synthesis);
  }
}
