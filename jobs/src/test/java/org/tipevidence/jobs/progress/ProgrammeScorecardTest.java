package org.tipevidence.jobs.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.testing.SharedSpark;

/**
 * programme_scorecard on a fixture of the edge cases its Javadoc names: the data window set by
 * national and unregistered programme rows, years outside a programme's range, rows without a year,
 * series of the other crime type or of country scope, an empty clipped range, a programme without
 * any data, and unmapped codes attributed by record token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeScorecardTest {
  private final SparkSession spark = SharedSpark.get();
  private Dataset<Row> scorecard;
  private final Map<String, Row> byId = new TreeMap<>();

  @BeforeAll
  void build() {
    Dataset<Row> register =
        spark.createDataFrame(
            List.of(
                programme("A", "TIP", 2010, 2030),
                programme("B", "SOM", 2018, 2019),
                programme("C", "TIP", 2000, 2005), // ends before the data window
                programme("D", "TIP", 2015, 2016)), // no data at all
            REGISTER);
    Dataset<Row> observations =
        spark.createDataFrame(
            List.of(
                obs("programme", "A", 2015L, "I1"),
                obs("programme", "A", 2016L, "I1"),
                obs("programme", "A", 2016L, "I2"),
                obs("programme", "A", null, "I3"), // no year: neither a year nor a mapped code
                obs("programme", "B", 2017L, "I6"), // before B starts: a code, not a covered year
                obs("programme", "B", 2019L, "I5"),
                obs("programme", "Z", 2011L, "I9"), // unregistered: still opens the window
                obs("country", "A", 2021L, "N1"), // national: closes the window, not A's data
                obs("country", null, 2012L, "N1")),
            OBSERVATIONS);
    Dataset<Row> series =
        spark.createDataFrame(
            List.of(
                series("programme", "A", "TIP", "on_track"),
                series("programme", "A", "TIP", "insufficient_data"),
                series("programme", "A", "TIP", "deterioration"),
                series("programme", "A", "SOM", "target_achieved"), // other crime type
                series("country", "A", "TIP", "on_track"), // country scope
                series("programme", "B", "SOM", "target_achieved"),
                series("programme", "B", "SOM", null)),
            SERIES);
    String unmapped = ReasonCode.UNMAPPED_INDICATOR.code();
    Dataset<Row> quarantine =
        spark.createDataFrame(
            List.of(
                quarantined("B,NER,FOO,2019", unmapped, "FOO"),
                quarantined(
                    "{\"programme_id\": \"B\", \"indicator_code\": \"FOO\"}", unmapped, "FOO"),
                quarantined("B;BAR", unmapped, " BAR "),
                quarantined("A,NER,BAZ", "invalid_value", "BAZ"), // another reason
                quarantined("AB,QUX", unmapped, "QUX")), // no token is a programme id
            QUARANTINE);
    scorecard = ProgrammeScorecard.build(series, observations, register, quarantine);
    for (Row r : scorecard.collectAsList()) {
      byId.put(r.getAs("programme_id"), r);
    }
  }

  @Test
  void keepsItsColumnsAndTypes() {
    assertEquals(
        List.of(
            "programme_id string",
            "programme_name string",
            "lead_agency string",
            "pillar string",
            "crime_type string",
            "n_series bigint",
            "n_assessed bigint",
            "share_on_track double",
            "data_coverage double",
            "share_mapped double",
            "n_indicators bigint",
            "n_unmapped_indicators bigint",
            "n_years_with_data bigint",
            "n_years_expected bigint"),
        Arrays.stream(scorecard.schema().fields())
            .map(f -> f.name() + " " + f.dataType().simpleString())
            .toList());
    assertEquals(List.of("A", "B", "C", "D"), new ArrayList<>(byId.keySet()));
    Row b = byId.get("B");
    assertEquals(List.of("Programme B", "Agency B", "protection", "SOM"), strings(b, 1, 5));
  }

  @Test
  void figuresFollowTheDocumentedRules() {
    // Window 2011..2021. Columns: n_series, n_assessed, share_on_track, data_coverage,
    // share_mapped, n_indicators, n_unmapped_indicators, n_years_with_data, n_years_expected.
    assertEquals(List.of(3L, 2L, 0.5, 2.0 / 11, 1.0, 2L, 0L, 2L, 11L), figures("A"));
    assertEquals(List.of(2L, 1L, 1.0, 0.5, 0.5, 4L, 2L, 1L, 2L), figures("B"));
    assertEquals(Arrays.asList(0L, 0L, null, null, null, 0L, 0L, 0L, 0L), figures("C"));
    assertEquals(Arrays.asList(0L, 0L, null, 0.0, null, 0L, 0L, 0L, 2L), figures("D"));
  }

  private List<Object> figures(String id) {
    Row r = byId.get(id);
    List<Object> out = new ArrayList<>();
    for (int i = 5; i < r.size(); i++) {
      out.add(r.get(i));
    }
    return out;
  }

  private static List<Object> strings(Row r, int from, int to) {
    List<Object> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(r.get(i));
    }
    return out;
  }

  private static Row programme(String id, String crime, int from, int to) {
    return RowFactory.create(
        id,
        "Programme " + id,
        "Agency " + id,
        "protection",
        crime,
        Date.valueOf(from + "-01-01"),
        Date.valueOf(to + "-12-31"));
  }

  private static Row obs(String scope, String programme, Long year, String code) {
    return RowFactory.create(scope, programme, year, code);
  }

  private static Row series(String scope, String id, String crime, String status) {
    return RowFactory.create(scope, id, crime, status);
  }

  private static Row quarantined(String record, String reasonCode, String code) {
    return RowFactory.create(
        record, reasonCode, "not in indicator-map.json: indicator_code '" + code + "' (fix it)");
  }

  private static final StructType REGISTER =
      new StructType()
          .add("p_programme_id", DataTypes.StringType)
          .add("p_programme_name", DataTypes.StringType)
          .add("p_lead_agency", DataTypes.StringType)
          .add("p_pillar", DataTypes.StringType)
          .add("p_crime_type", DataTypes.StringType)
          .add("p_start_date", DataTypes.DateType)
          .add("p_end_date", DataTypes.DateType);

  private static final StructType OBSERVATIONS =
      new StructType()
          .add("scope_type", DataTypes.StringType)
          .add("programme_id", DataTypes.StringType)
          .add("year", DataTypes.LongType)
          .add("indicator_code", DataTypes.StringType);

  private static final StructType SERIES =
      new StructType()
          .add("scope_type", DataTypes.StringType)
          .add("scope_id", DataTypes.StringType)
          .add("crime_type", DataTypes.StringType)
          .add("status", DataTypes.StringType);

  private static final StructType QUARANTINE =
      new StructType()
          .add("record", DataTypes.StringType)
          .add("reason_code", DataTypes.StringType)
          .add("reason", DataTypes.StringType);
}
