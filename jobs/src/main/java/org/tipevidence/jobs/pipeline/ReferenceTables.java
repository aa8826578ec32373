package org.tipevidence.jobs.pipeline;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.validate.ReferenceData;

/**
 * What {@link ReferenceStage} returns: the checked reference tables (programmes, population,
 * targets) and the lookups built from them.
 *
 * @param data the lookups the row rules join (broadcast)
 * @param acceptedTargets accepted targets rows (targets.csv and the targets of IATI files)
 * @param checked each table's quarantine and data quality
 */
public record ReferenceTables(
    ReferenceData data, Dataset<Row> acceptedTargets, List<CheckedInput> checked) {}
