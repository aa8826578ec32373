package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.testing.SharedSpark;

/**
 * SDMX-CSV in (fixtures national-patterns/sdmx, README there), through the national stage as a run
 * reads it.
 */
class SdmxAdapterTest {
  private static final String V21 = "national/sdmx/sdg_sdmx21.csv";
  private static final String V20 = "national/sdmx/sdg_sdmx20_labels.csv";
  @TempDir static Path national;
  private static Dataset<Row> observations;
  private static Dataset<Row> quarantine;
  private static Map<String, Row> quality;

  @BeforeAll
  static void run() throws Exception {
    Path sdmx = Files.createDirectories(national.resolve("sdmx"));
    for (String f : List.of("sdg_sdmx21.csv", "sdg_sdmx20_labels.csv")) {
      Files.copy(OpenSdgPatternsTest.FOLDER.resolve("sdmx").resolve(f), sdmx.resolve(f));
    }
    List<CheckedInput> inputs =
        new NationalStage(SharedSpark.get(), SdgCatalogueLoader.loadDefault())
            .apply(new NationalStage.Inputs(null, national.toString(), (path, reason) -> {}));
    assertEquals(1, inputs.size());
    CheckedInput checked = inputs.get(0);
    observations = checked.observations().cache();
    quarantine = checked.quarantine().cache();
    quality = new HashMap<>();
    for (Row r : checked.dataQuality().collectAsList()) {
      quality.put(r.getAs("source_file"), r);
      assertEquals("sdmx", r.getAs("input_kind"));
    }
  }

  @Test
  void everyRowOfEachFileIsAccountedFor() throws Exception {
    for (String f : List.of(V21, V20)) {
      long lines =
          Files.readAllLines(national.resolve(f.substring("national/".length()))).size() - 1;
      Row q = quality.get(f);
      assertEquals(lines, q.<Long>getAs("rows_read"), f);
      long ok = observations.where(col("source_file").equalTo(f)).count();
      long bad = quarantine.where(col("source_file").equalTo(f)).count();
      assertEquals(lines, ok + bad, f);
      assertEquals(ok, q.<Long>getAs("rows_accepted"), f);
    }
    assertEquals(5, observations.where(col("source_file").equalTo(V21)).count());
    assertEquals(2, observations.where(col("source_file").equalTo(V20)).count());
  }

  private static String accepted(String file, long line) {
    List<Row> rows =
        observations
            .where(col("source_file").equalTo(file).and(col("source_line").equalTo(line)))
            .select(
                "scope_type",
                "scope_id",
                "country_iso3",
                "year",
                "series_code",
                "sex",
                "age_group",
                "exploitation_form",
                "value",
                "unit",
                "nature",
                "source")
            .collectAsList();
    assertEquals(1, rows.size(), file + ":" + line);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rows.get(0).length(); i++) {
      sb.append(i == 0 ? "" : "|").append(rows.get(0).get(i));
    }
    return sb.toString();
  }

  @Test
  void codesResolveThroughTheCatalogueAndCodeLists() {
    assertEquals(
        "country|GBR|GBR|2019|VC_HTF_DETV|_T|_T|_T|10627.0|NUMBER|c|sdmx", accepted(V21, 2));
    assertEquals(
        "country|GBR|GBR|2019|VC_HTF_DETVR|_T|_T|_T|15.9|PER_100000_POP|c|sdmx", accepted(V21, 3));
    assertEquals(
        "country|GBR|GBR|2019|VC_HTF_DETVSX|_T|Y0T17|SEX_EXPL|310.0|NUMBER|c|sdmx",
        accepted(V21, 5));
    assertEquals(
        "aggregate|M49_1|null|2020|VC_HTF_DETV|_T|_T|_T|49032.0|NUMBER|g|sdmx", accepted(V21, 6));
    // SDMX-CSV 2.0 with labels: IDs are read, ISO3 and M49 areas both resolve.
    assertEquals("country|NPL|NPL|2020|VC_HTF_DETV|F|_T|_T|212.0|NUMBER|c|sdmx", accepted(V20, 2));
    assertEquals("country|NPL|NPL|2020|VC_HTF_DETV|_T|_T|_T|300.0|NUMBER|c|sdmx", accepted(V20, 3));
  }

  private static String reason(String file, long line) {
    Row r =
        quarantine
            .where(col("source_file").equalTo(file).and(col("source_line").equalTo(line)))
            .select("reason_code", "column", "reason")
            .first();
    return r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2);
  }

  @Test
  void eachBadRowSaysWhatToFix() {
    assertTrue(reason(V21, 7).startsWith("out_of_scope||"), reason(V21, 7));
    assertTrue(reason(V21, 7).contains("URBANISATION=U"), reason(V21, 7));
    assertTrue(reason(V21, 8).startsWith("no_value|OBS_VALUE|"));
    assertTrue(reason(V21, 9).startsWith("invalid_country_code|REF_AREA|"));
    String unit = reason(V21, 10);
    assertTrue(unit.startsWith("invalid_value|UNIT_MEASURE|"), unit);
    assertTrue(unit.contains("UNIT_MEASURE 'PT' for VC_HTF_DETV, whose unit is NUMBER"), unit);
    assertTrue(reason(V21, 11).startsWith("unparseable_number|OBS_VALUE|"), reason(V21, 11));
    assertTrue(reason(V21, 12).startsWith("out_of_scope|SERIES|"));
    assertTrue(reason(V21, 13).startsWith("unknown_disaggregation_code|AGE|"));
    assertTrue(reason(V21, 14).startsWith("invalid_value|UNIT_MULT|"));
    assertTrue(reason(V20, 4).startsWith("conflicting_duplicate|"), reason(V20, 4));
    assertTrue(reason(V20, 5).startsWith("conflicting_duplicate|"));
    assertTrue(reason(V20, 6).startsWith("invalid_value|ACTION|"), reason(V20, 6));
    assertTrue(reason(V20, 7).startsWith("invalid_period|TIME_PERIOD|"), reason(V20, 7));
  }
}
