package org.tipevidence.jobs.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.tipevidence.jobs.publish.OutputDataset;

/**
 * For {@code validate} and tests: writes nothing. Outputs stay lazy; intermediates are cached in
 * executor memory and disk so the outputs that share them do not recompute them.
 */
public final class CachingSink implements DatasetSink {
  private final List<Dataset<Row>> cached = new ArrayList<>();

  @Override
  public Dataset<Row> output(OutputDataset dataset) {
    return dataset.data();
  }

  @Override
  public Dataset<Row> keep(String name, Dataset<Row> data) {
    Dataset<Row> kept = data.persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(kept);
    return kept;
  }

  /** Frees what {@link #keep} cached. */
  public void release() {
    cached.forEach(Dataset::unpersist);
    cached.clear();
  }
}
