package org.tipevidence.jobs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Reads published outputs the way analysts are told to: through the _CURRENT pointer. */
public final class Outputs {
  private Outputs() {}

  public static Path current(Path outputDir) {
    try {
      return outputDir.resolve(Files.readString(outputDir.resolve("_CURRENT")).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Dataset<Row> read(Path outputDir, String tier, String dataset) {
    return SharedSpark.get()
        .read()
        .parquet(current(outputDir).resolve(tier).resolve(dataset).toString());
  }
}
