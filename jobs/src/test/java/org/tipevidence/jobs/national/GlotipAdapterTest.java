package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputFormat;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.testing.Paths;
import org.tipevidence.jobs.testing.SharedSpark;

/** The GLOTIP adapter on the real release of 30 May 2023, checked against plain-Java counts. */
class GlotipAdapterTest {
  private static final String FILE = "glotip/data_glotip_release_2023-05-30.csv";
  private static List<List<String>> rows;
  private static Dataset<Row> observations;
  private static Dataset<Row> quarantine;
  private static Row quality;

  @BeforeAll
  static void run() throws Exception {
    Path file = Paths.sharedData().map(d -> d.resolve(FILE)).orElse(null);
    Assumptions.assumeTrue(
        file != null && file.toFile().isFile(), "shared/data/" + FILE + " is absent");
    List<List<String>> all = RealCsv.read(file);
    rows = all.subList(1, all.size());
    SparkSession spark = SharedSpark.get();
    CheckedInput checked =
        GlotipAdapter.run(
            spark,
            List.of(new InputFile(file.toString(), "national/" + FILE, InputFormat.CSV)),
            CatalogueSeries.table(spark, SdgCatalogueLoader.loadDefault()));
    observations = checked.observations().cache();
    quarantine = checked.quarantine().cache();
    quality = checked.dataQuality().collectAsList().get(0);
  }

  @AfterAll
  static void release() {
    if (observations != null) {
      observations.unpersist();
      quarantine.unpersist();
    }
  }

  private static long reason(String code) {
    return quarantine.where(col("reason_code").equalTo(code)).count();
  }

  @Test
  void everyRowIsAcceptedOrQuarantined() {
    assertEquals(46_556, rows.size());
    assertEquals(rows.size(), quality.<Long>getAs("rows_read"));
    long accepted = quality.getAs("rows_accepted");
    long rejected = quality.getAs("rows_quarantined");
    assertEquals(rows.size(), accepted + rejected);
    assertEquals(accepted, observations.count());
    assertEquals(rejected, quarantine.count());
    assertEquals(accepted, observations.where(col("programme_id").isNull()).count());
    assertEquals(
        accepted,
        observations
            .where(
                col("sdg_target")
                    .isNotNull()
                    .and(col("sdg_indicator").isNotNull())
                    .and(col("series_code").isNotNull())
                    .and(col("crime_type").equalTo("TIP")))
            .count());
  }

  @Test
  void duplicatesMatchAPlainJavaCount() {
    Map<List<String>, Set<String>> valuesByKey = new HashMap<>();
    Map<List<String>, Integer> rowsByKey = new HashMap<>();
    for (List<String> r : rows) {
      if (r.get(0).isBlank()) {
        continue; // quarantined earlier as missing_required_field
      }
      List<String> key = r.subList(0, 11);
      valuesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(r.get(11));
      rowsByKey.merge(key, 1, Integer::sum);
    }
    long conflictingKeys = 0;
    long conflictingRows = 0;
    long extraIdentical = 0;
    for (Map.Entry<List<String>, Set<String>> e : valuesByKey.entrySet()) {
      int n = rowsByKey.get(e.getKey());
      if (e.getValue().size() > 1) {
        conflictingKeys++;
        conflictingRows += n;
      } else {
        extraIdentical += n - 1;
      }
    }
    assertEquals(192, conflictingKeys, "PROVENANCE.md: 192 keys with different values");
    assertEquals(conflictingRows, reason("conflicting_duplicate"));
    assertEquals(extraIdentical, reason("duplicate_row"));
    assertEquals(conflictingRows, quality.<Long>getAs("conflicting_duplicate"));
    // Both values are visible: the ARG example from PROVENANCE.md has <5 and 11.
    List<Row> arg =
        quarantine
            .where(
                col("reason_code")
                    .equalTo("conflicting_duplicate")
                    .and(col("record").startsWith("ARG,"))
                    .and(
                        col("record")
                            .contains(
                                ",Detected trafficking victims,Total,Total,Other,Total,2019,")))
            .collectAsList();
    assertEquals(2, arg.size());
    for (Row r : arg) {
      assertTrue(r.<String>getAs("reason").contains("11 | <5"), r.<String>getAs("reason"));
    }
  }

  @Test
  void lessThanFiveIsCensoredNeverZeroOrFive() {
    long lessThanFive = rows.stream().filter(r -> r.get(11).equals("<5")).count();
    assertEquals(23_076, lessThanFive);
    long censoredAccepted = observations.where(col("censored")).count();
    long censoredQuarantined = quarantine.where(col("record").endsWith(",<5,GLOTIP")).count();
    assertEquals(lessThanFive, censoredAccepted + censoredQuarantined);
    assertEquals(
        censoredAccepted,
        observations
            .where(
                col("censored")
                    .and(col("value").isNull())
                    .and(col("value_upper_bound").equalTo(4.0))
                    .and(col("value_lower_bound").equalTo(1.0)))
            .count());
    assertEquals(
        0, observations.where(col("censored").equalTo(false).and(col("value").isNull())).count());
  }

  @Test
  void thousandsSeparatorsAreParsed() {
    Map<Integer, Double> gbr = new HashMap<>();
    for (Row r :
        observations
            .where(
                col("country_iso3")
                    .equalTo("GBR")
                    .and(col("series_code").equalTo("VC_HTF_DETV"))
                    .and(col("sex").equalTo("_T"))
                    .and(col("age_group").equalTo("_T")))
            .select("year", "value")
            .collectAsList()) {
      gbr.put(r.getInt(0), r.getDouble(1));
    }
    assertEquals(10_627.0, gbr.get(2019)); // "10,627"
    assertEquals(5_138.0, gbr.get(2017)); // "5,138": a genuine step change, not implausible
    assertEquals(549.0, gbr.get(2009));
    assertEquals(12, gbr.size());
  }

  @Test
  void regionsAreKeptApartFromCountries() {
    Set<String> regionIds = new HashSet<>();
    for (Row r :
        observations
            .where(col("scope_type").equalTo("region"))
            .select("scope_id")
            .distinct()
            .collectAsList()) {
      regionIds.add(r.getString(0));
    }
    assertTrue(Set.of("SAM", "SAF", "CAR", "CAS", "EEU", "MCA", "MCN").containsAll(regionIds));
    assertTrue(regionIds.size() >= 5, regionIds.toString());
    assertEquals(
        0,
        observations
            .where(col("scope_type").equalTo("region").and(col("country_iso3").isNotNull()))
            .count());
    assertEquals(
        0, observations.where(col("country_iso3").isin("SAM", "SAF", "CAR", "EEU")).count());
  }

  @Test
  void identifiersAndScopeAreChecked() {
    long blankIso = rows.stream().filter(r -> r.get(0).isBlank()).count();
    assertEquals(26, blankIso);
    assertEquals(
        blankIso,
        quarantine
            .where(
                col("reason_code")
                    .equalTo("missing_required_field")
                    .and(col("record").startsWith(",")))
            .count());
    assertEquals(1, reason("invalid_country_code")); // "Aruba/Curacao"
    // Offences, formal contact, citizenship and repatriation: out of scope, not errors.
    assertEquals(13_806, reason("out_of_scope"));
    assertEquals(0, reason("invalid_text_encoding")); // the 85 U+FFFD rows are all out of scope
    assertEquals(
        0,
        observations
            .where(col("indicator_code").equalTo("Offences of trafficking in persons"))
            .count());
  }

  @Test
  void formsOfExploitationMapToTheirSeries() {
    Set<String> series = new HashSet<>();
    for (Row r : observations.select("series_code").distinct().collectAsList()) {
      series.add(r.getString(0));
    }
    assertEquals(
        Set.of(
            "VC_HTF_DETV",
            "VC_HTF_DETVSX",
            "VC_HTF_DETVFL",
            "VC_HTF_DETVOP",
            "PRG_TIP_PROS",
            "PRG_TIP_CONV"),
        series);
    assertEquals(
        0,
        observations
            .where(
                col("series_code")
                    .equalTo("VC_HTF_DETVSX")
                    .and(col("exploitation_form").notEqual("SEX_EXPL")))
            .count());
    Row detv =
        observations
            .where(col("series_code").equalTo("VC_HTF_DETV"))
            .select("person_count", "direction", "unit", "sdg_indicator", "sdg_target")
            .first();
    assertEquals(true, detv.get(0));
    assertEquals("decrease", detv.get(1));
    assertEquals("NUMBER", detv.get(2));
    assertEquals("16.2.2", detv.get(3));
    assertEquals("16.2", detv.get(4));
  }

  @Test
  void aJumpConsistentWithItsTotalIsKept() {
    // UKR male adults: 53, 86, 12, 41, 56, 72 ... then 1,242 in 2020: over ten times every earlier
    // year, but within Ukraine's 2020 total of 1,680 (forced labour 1,630), so it is corroborated
    // and kept (issue 17). The 2023 release has no part above 1,000 that exceeds its total, and
    // its spikes are all consistent with their totals: nothing is implausible.
    List<Row> ukr =
        observations
            .where(
                col("country_iso3")
                    .equalTo("UKR")
                    .and(col("year").equalTo(2020))
                    .and(col("series_code").equalTo("VC_HTF_DETV"))
                    .and(col("sex").equalTo("M"))
                    .and(col("age_group").equalTo("Y_GE18")))
            .select("value")
            .collectAsList();
    assertEquals(1, ukr.size());
    assertEquals(1_242.0, ukr.get(0).getDouble(0));
    assertEquals(0, reason("implausible_value"));
  }
}
