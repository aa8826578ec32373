package org.tipevidence.jobs.publish;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** A dataset the run publishes: its name (contract), tier, partition columns and content. */
public record OutputDataset(String name, Tier tier, List<String> partitionBy, Dataset<Row> data) {
  public String relativePath() {
    return tier.folder() + "/" + name;
  }
}
