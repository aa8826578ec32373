package org.tipevidence.jobs.pipeline;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Checks, on what was actually written, that every input row is accounted for: per file, rows read
 * = rows accepted + rows quarantined, the quarantine holds exactly the quarantined rows, and the
 * dataset accepted rows went to holds exactly the accepted ones. Works on per-file counts, so only
 * one small row per file reaches the driver.
 */
public final class Conservation {
  private Conservation() {}

  /** Problems found (empty when every row is accounted for). */
  public static List<String> check(
      Dataset<Row> dataQuality, Dataset<Row> quarantine, Map<String, Dataset<Row>> acceptedInto) {
    Map<String, Long> quarantined = countsByFile(quarantine);
    Map<String, Map<String, Long>> accepted = new HashMap<>();
    acceptedInto.forEach((name, data) -> accepted.put(name, countsByFile(data)));
    List<String> problems = new ArrayList<>();
    for (Row row :
        dataQuality
            .select(
                "source_file", "rows_read", "rows_accepted", "rows_quarantined", "accepted_into")
            .collectAsList()) {
      String file = row.getString(0);
      long read = row.getLong(1);
      long ok = row.getLong(2);
      long bad = row.getLong(3);
      String into = row.getString(4);
      if (read != ok + bad) {
        problems.add(file + ": read " + read + " != accepted " + ok + " + quarantined " + bad);
      }
      long inQuarantine = quarantined.getOrDefault(file, 0L);
      if (inQuarantine != bad) {
        problems.add(file + ": quarantine holds " + inQuarantine + " rows, expected " + bad);
      }
      Map<String, Long> target = accepted.get(into);
      if (target != null && target.getOrDefault(file, 0L) != ok) {
        problems.add(
            file
                + ": "
                + into
                + " holds "
                + target.getOrDefault(file, 0L)
                + " rows, expected "
                + ok);
      }
    }
    return problems;
  }

  private static Map<String, Long> countsByFile(Dataset<Row> data) {
    Map<String, Long> counts = new HashMap<>();
    for (Row row : data.groupBy(col("source_file")).count().collectAsList()) {
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
  }
}
