package org.tipevidence.jobs.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.common.catalogue.CrimeType;
import org.tipevidence.common.catalogue.mapping.Aggregation;
import org.tipevidence.common.catalogue.mapping.IndicatorMapping;
import org.tipevidence.common.catalogue.mapping.MappedIndicator;
import org.tipevidence.common.catalogue.mapping.MappedProgress;
import org.tipevidence.common.catalogue.mapping.MappingUnit;
import org.tipevidence.common.catalogue.mapping.Scaling;
import org.tipevidence.common.codes.Direction;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputFormat;
import org.tipevidence.jobs.pipeline.ReferenceStage;
import org.tipevidence.jobs.testing.SharedSpark;

/** A target may be negative for an indicator whose unit can be (SCORE, CURRENCY_USD) only. */
class SignedTargetsTest {

  private static MappedIndicator entry(String code, MappingUnit unit) {
    return new MappedIndicator(
        code,
        code,
        "10.7.2",
        "SG_CPA_MIGRS",
        unit,
        Direction.INCREASE,
        Aggregation.LATEST,
        CrimeType.SOM,
        Scaling.NONE,
        false,
        false,
        MappedProgress.NONE);
  }

  @Test
  void negativeTargetsAreAcceptedOnlyForSignedUnits(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("targets.csv");
    Files.writeString(
        csv,
        """
        programme_id,indicator_code,baseline_year,baseline_value,target_year,target_value
        P1,NET_SCORE,2015,-4,2030,-1
        P1,VICTIMS,2015,20,2030,-3
        P1,VICTIMS_2,2015,-20,2030,3
        """);
    IndicatorMapping mapping =
        new IndicatorMapping(
            "v",
            List.of(entry("NET_SCORE", MappingUnit.SCORE), entry("VICTIMS", MappingUnit.NUMBER)));
    Dataset<Row> checked =
        ReferenceStage.table(
            SharedSpark.get(),
            Optional.of(new InputFile(csv.toString(), "targets.csv", InputFormat.CSV)),
            TableSpec.targets(mapping));
    List<Row> accepted = Quarantine.accepted(checked).collectAsList();
    List<Row> rejected = Quarantine.rejected(checked, "reference", null).collectAsList();
    assertEquals(3, accepted.size() + rejected.size(), "rows in = accepted + quarantined");
    assertEquals(1, accepted.size());
    assertEquals("NET_SCORE", accepted.get(0).getAs("indicator_code"));
    assertEquals(2, rejected.size());
    for (Row r : rejected) {
      assertEquals("negative_count", r.getAs("reason_code"));
      assertTrue(r.<String>getAs("reason").contains("SCORE or CURRENCY_USD"), r.toString());
    }
  }
}
