package org.tipevidence.jobs.pipeline;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tipevidence.jobs.publish.OutputDataset;

/**
 * Where the pipeline puts what it computes. Each dataset is computed once: {@link #output} takes an
 * output dataset (a run writes it to staging) and returns it as stored, so later stages read the
 * stored rows instead of re-running its lineage; {@link #keep} does the same for an intermediate
 * that several outputs share.
 */
public interface DatasetSink {
  /** Stores an output dataset; returns its stored form for the stages that read it. */
  Dataset<Row> output(OutputDataset dataset);

  /** {@link #output}, returning the dataset with its stored rows (what the run verifies). */
  default OutputDataset store(OutputDataset dataset) {
    return new OutputDataset(
        dataset.name(), dataset.tier(), dataset.partitionBy(), output(dataset));
  }

  /** Stores an intermediate several datasets read (never published); returns its stored form. */
  Dataset<Row> keep(String name, Dataset<Row> data);
}
