package org.tipevidence.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.progress.StatusCodesFile;
import org.tipevidence.jobs.mse.MseSettings;
import org.tipevidence.jobs.testing.Outputs;
import org.tipevidence.jobs.testing.Paths;
import org.tipevidence.jobs.testing.SampleRun;

/**
 * The shared sample run's manifest records every effective option; rows say their method; the
 * version carries the status codes of the code that made it.
 */
class RunManifestOptionsTest {

  @Test
  void manifestRecordsEveryEffectiveOption() throws Exception {
    JsonNode p =
        new ObjectMapper()
            .readTree(Outputs.current(SampleRun.output()).resolve("_manifest.json").toFile())
            .path("parameters");
    RunOptions expected =
        RunOptions.defaults(
                Paths.sampleData().toString(), SampleRun.output().toString(), SampleRun.RUN_DATE)
            .withKeepVersions(2)
            .withMse(new MseSettings(SampleRun.MSE_SEED, SampleRun.MSE_REPLICATES));
    List<String> recorded = new ArrayList<>();
    p.fieldNames().forEachRemaining(recorded::add);
    assertEquals(new ArrayList<>(expected.effectiveValues().keySet()), recorded);
    assertEquals("reml", p.path("pooling_method").asText());
    assertEquals(false, p.path("knapp_hartung").asBoolean());
    assertEquals(true, p.path("drop_double_zero").asBoolean());
    assertEquals(SampleRun.MSE_SEED, p.path("mse_seed").asLong());
    assertEquals(SampleRun.MSE_REPLICATES, p.path("mse_replicates").asInt());
    assertEquals(0.02, p.path("mse_stepwise_threshold").asDouble());
    assertEquals("stepwise", p.path("mse_model_selection").asText());
    assertEquals("open_sdg", p.path("progress_method").asText());
    assertEquals(2, p.path("keep_versions").asInt());
    assertEquals(5, p.path("disclosure_threshold").asInt());
  }

  @Test
  void synthesisRowsSayEstimatorCiMethodFallbackAndExclusions() {
    Dataset<Row> synthesis = Outputs.read(SampleRun.output(), "published", "evidence_synthesis");
    for (String c : List.of("method", "ci_method", "fallback", "n_excluded", "excluded_reason")) {
      assertTrue(List.of(synthesis.columns()).contains(c), c);
    }
    for (Row r : synthesis.collectAsList()) {
      assertTrue(List.of("reml", "dl").contains(r.<String>getAs("method")), r.toString());
      assertEquals("wald_z", r.getAs("ci_method"));
      assertEquals(r.getAs("method").equals("dl"), r.getAs("fallback") != null, r.toString());
    }
  }

  @Test
  void versionPublishesTheBuildsStatusCodes() throws Exception {
    String published =
        Files.readString(
            Outputs.current(SampleRun.output()).resolve("published").resolve(RunJob.STATUS_CODES));
    assertEquals(StatusCodesFile.json(), published);
  }
}
