package org.tipevidence.jobs.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.cli.TipEvidence;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.testing.Outputs;
import org.tipevidence.jobs.testing.Paths;
import org.tipevidence.jobs.testing.SharedSpark;
import org.tipevidence.jobs.testing.ShortLivedJvm;

/**
 * The shaded jar, unchanged, submitted with spark-submit to a standalone master with two workers on
 * loopback, publishes the same datasets as a local run. The input is a small generated folder
 * (every kind of bad row, resubmissions, quarters): the whole pipeline runs, and each of its jobs
 * pays the cluster's scheduling cost, so a small input keeps the test to a minute or two.
 */
class ClusterSubmitIT {
  private static final List<String> DATASETS =
      List.of("restricted/observations", "restricted/quarantine", "published/data_quality");

  @Test
  void clusterRunEqualsLocalRun(@TempDir Path dir) throws Exception {
    Path jobs = Paths.repoRoot().resolve("jobs");
    Path jar = jobs.resolve("target/tip-evidence.jar");
    assertTrue(Files.exists(jar), "run after mvn package: " + jar);
    List<Path> sparkJars =
        Arrays.stream(
                Files.readString(
                        jobs.resolve("target/runtime-classpath.txt"), StandardCharsets.UTF_8)
                    .strip()
                    .split(java.io.File.pathSeparator))
            .map(Path::of)
            .toList();
    List<String> flags =
        Arrays.asList(
            Files.readString(jobs.resolve("target/classes/tip-evidence-jvm-flags.txt"))
                .strip()
                .split("\\s+"));

    long t0 = System.nanoTime();
    Path input = dir.resolve("input");
    SharedSpark.get();
    assertEquals(
        ExitCode.OK,
        TipEvidence.execute(
            "generate", "--output", input.toString(), "--rows", "3000", "--seed", "5"));
    Path localOut = dir.resolve("local");
    Path clusterOut = dir.resolve("cluster");
    try (StandaloneCluster cluster = new StandaloneCluster(dir, sparkJars, flags)) {
      cluster.start(2);
      double up = seconds(t0);
      // The cluster run is mostly waiting (scheduling round trips, cold executors), so the local
      // run goes meanwhile, in this JVM, instead of before it.
      Process submit =
          cluster.startSubmit(
              List.of(
                  "--master",
                  cluster.masterUrl(),
                  "--deploy-mode",
                  "client",
                  "--class",
                  TipEvidence.class.getName(),
                  "--conf",
                  "spark.driver.host=127.0.0.1",
                  "--conf",
                  "spark.ui.enabled=false",
                  "--conf",
                  "spark.executor.memory=768m",
                  "--conf",
                  "spark.cores.max=2",
                  // Two one-core executors: few shuffle partitions, as a data engineer would set
                  // for a small cluster (Spark's 200 writes 200 shuffle files per map task).
                  "--conf",
                  "spark.sql.shuffle.partitions=4",
                  "--conf",
                  "spark.executor.extraJavaOptions=" + String.join(" ", ShortLivedJvm.FLAGS),
                  jar.toString(),
                  "run",
                  "--input",
                  input.toString(),
                  "--output",
                  clusterOut.toString(),
                  "--run-date",
                  "2026-11-28"));
      assertEquals(
          ExitCode.OK,
          TipEvidence.execute(
              "run",
              "--input",
              input.toString(),
              "--output",
              localOut.toString(),
              "--run-date",
              "2026-11-28"));
      double local = seconds(t0);
      int code = cluster.await(submit);
      System.out.printf(
          "ClusterSubmitIT: cluster up %.0f s, local run done %.0f s, cluster run done %.0f s%n",
          up, local, seconds(t0));
      assertEquals(0, code, "spark-submit failed:\n" + cluster.log("submit"));
      assertTrue(
          cluster.log("master").contains("Registering app"), "the app ran on the cluster master");
    }

    for (String dataset : DATASETS) {
      String[] parts = dataset.split("/");
      assertEquals(
          sorted(localOut, parts[0], parts[1]), sorted(clusterOut, parts[0], parts[1]), dataset);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static List<String> sorted(Path out, String tier, String dataset) {
    return Outputs.read(out, tier, dataset).collectAsList().stream()
        .map(Row::toString)
        .sorted()
        .toList();
  }
}
