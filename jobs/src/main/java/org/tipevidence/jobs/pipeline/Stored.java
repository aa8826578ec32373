package org.tipevidence.jobs.pipeline;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tipevidence.jobs.publish.OutputDataset;

/**
 * What a writing stage returns: its output datasets as the sink stored them, in the order handed
 * over. Later stages read these stored rows, never the lineage that built them.
 */
public record Stored(List<OutputDataset> datasets) {
  public Stored {
    datasets = List.copyOf(datasets);
  }

  /** The stored rows of the dataset called {@code name}. */
  public Dataset<Row> data(String name) {
    return datasets.stream()
        .filter(d -> d.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no stored dataset " + name))
        .data();
  }
}
